package concord

import (
	"context"
	"testing"
)

func TestRequestContext(t *testing.T) {
	tests := []struct {
		name         string
		ctx          context.Context
		id, clientIP string
	}{
		{"Empty", context.Background(), "", ""},
		{"Both", WithClient(WithRequestID(context.Background(), "r-1"), "192.0.2.7"), "r-1", "192.0.2.7"},
		{"Overridden", WithRequestID(WithRequestID(context.Background(), "r-1"), "r-2"), "r-2", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := RequestIDFrom(tt.ctx); got != tt.id {
				t.Errorf("RequestIDFrom = %q, want %q", got, tt.id)
			}
			if got := ClientFrom(tt.ctx); got != tt.clientIP {
				t.Errorf("ClientFrom = %q, want %q", got, tt.clientIP)
			}
		})
	}
}
