package concord

import "testing"

func TestNetworkID(t *testing.T) {
	for _, tt := range []struct{ typ, id, want string }{
		{NetworkMission, "unmik", "mission:unmik"},
		{NetworkCountry, "XKX", "country:XKX"},
		{NetworkActivity, "GB-GOV-1-300123", "activity:GB-GOV-1-300123"},
	} {
		if got := NetworkID(tt.typ, tt.id); got != tt.want {
			t.Errorf("NetworkID(%q, %q) = %q, want %q", tt.typ, tt.id, got, tt.want)
		}
	}
}
