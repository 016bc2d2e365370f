// Package loopback keeps the load and benchmark commands on this machine: they may send
// traffic to the loopback interface only.
package loopback

import (
	"fmt"
	"net"
	"net/url"
)

// Check refuses a target URL whose host is not localhost, 127.0.0.0/8 or ::1.
func Check(target string) error {
	u, err := url.Parse(target)
	if err != nil {
		return fmt.Errorf("parse %q: %w", target, err)
	}
	host := u.Hostname()
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("%s is not a loopback address: load is sent to 127.0.0.0/8 or ::1 only", host)
	}
	return nil
}
