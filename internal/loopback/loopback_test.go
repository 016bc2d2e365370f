package loopback

import "testing"

func TestCheck(t *testing.T) {
	for _, ok := range []string{"http://127.0.0.1:8080/graphql", "http://localhost/", "http://[::1]:4001/", "neo4j://127.0.0.2:7687"} {
		if err := Check(ok); err != nil {
			t.Errorf("Check(%q) = %v, want nil", ok, err)
		}
	}
	for _, bad := range []string{"http://10.0.0.1/", "http://example.org/", "http://192.168.1.1:8080/", "http://[::2]/", "::"} {
		if err := Check(bad); err == nil {
			t.Errorf("Check(%q) = nil, want an error", bad)
		}
	}
}
