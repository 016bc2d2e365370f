package server_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/coder/websocket"
	"github.com/coder/websocket/wsjson"
)

// wsClient is one graphql-transport-ws connection.
type wsClient struct {
	conn *websocket.Conn
}

type wsMessage struct {
	ID      string          `json:"id,omitempty"`
	Type    string          `json:"type"`
	Payload json.RawMessage `json:"payload,omitempty"`
}

// dialAlerts opens a connection with token (none: anonymous), waits for its acknowledgement
// and subscribes to query.
func dialAlerts(ctx context.Context, t *testing.T, url, token, query string) *wsClient {
	t.Helper()
	conn, _, err := websocket.Dial(ctx, url, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	init := map[string]any{}
	if token != "" {
		init["Authorization"] = "Bearer " + token
	}
	payload, _ := json.Marshal(init)
	if err := wsjson.Write(ctx, conn, wsMessage{Type: "connection_init", Payload: payload}); err != nil {
		t.Fatal(err)
	}
	var ack wsMessage
	if err := wsjson.Read(ctx, conn, &ack); err != nil || ack.Type != "connection_ack" {
		t.Fatalf("connection_init: %+v %v", ack, err)
	}
	sub, _ := json.Marshal(map[string]any{"query": query})
	if err := wsjson.Write(ctx, conn, wsMessage{ID: "1", Type: "subscribe", Payload: sub}); err != nil {
		t.Fatal(err)
	}
	return &wsClient{conn: conn}
}

// next reads messages until one for the subscription (ping/pong answered by the library).
func (c *wsClient) next(ctx context.Context) (wsMessage, error) {
	for {
		var m wsMessage
		if err := wsjson.Read(ctx, c.conn, &m); err != nil {
			return m, err
		}
		if m.Type == "ping" {
			_ = wsjson.Write(ctx, c.conn, wsMessage{Type: "pong"})
			continue
		}
		return m, nil
	}
}

const alertSubscription = `subscription { overlapAlerts(country: "XKX", function: JUSTICE, minScore: 0.1) {
  kind dropped overlap { score a { subject { ... on Mission { id } ... on Activity { id } } } b { subject { ... on Mission { id } ... on Activity { id } } } }
} }`

// subscribers reads the server's gauge of overlapAlerts subscribers.
func subscribers(t *testing.T, base, token string) int {
	t.Helper()
	req, _ := http.NewRequest(http.MethodGet, base+"/metrics", nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	m := regexp.MustCompile(`(?m)^concord_overlap_alert_subscribers (\d+)`).FindSubmatch(body)
	if m == nil {
		t.Fatalf("no subscriber gauge in /metrics (status %d)", resp.StatusCode)
	}
	n, _ := strconv.Atoi(string(m[1]))
	return n
}

// TestOverlapAlertsOverWebsockets: 100 officers watch Kosovo's justice overlaps over real
// websockets on loopback; an activity created on justice in Kosovo reaches every one of them,
// and the time from the write's answer to each delivery is logged. The visibility rule holds
// per message; a bad token is refused at connection_init.
func TestOverlapAlertsOverWebsockets(t *testing.T) {
	a := newAPI(t)
	a.load("../seed/concord-seed.json")
	ts := httptest.NewServer(a.router)
	defer ts.Close()
	wsURL := "ws" + strings.TrimPrefix(ts.URL, "http") + "/graphql"
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()

	adminToken := a.token
	const n = 100
	clients := make([]*wsClient, n)
	for i := range clients {
		clients[i] = dialAlerts(ctx, t, wsURL, adminToken, alertSubscription)
	}
	anonymous := dialAlerts(ctx, t, wsURL, "", alertSubscription)
	deadline := time.Now().Add(30 * time.Second)
	for subscribers(t, ts.URL, adminToken) < n+1 {
		if time.Now().After(deadline) {
			t.Fatalf("%d of %d subscribed", subscribers(t, ts.URL, adminToken), n+1)
		}
		time.Sleep(20 * time.Millisecond)
	}

	// A confidential activity: the administrators hear of it, the anonymous reader does not.
	a.query(`mutation { createActivity(input: {id: "osce/LIVE-1", title: "Court monitoring", start: "2010-01-01", end: "2010-12-31",
	  countries: ["XKX"], functions: [JUSTICE], implementers: ["osce"], owner: "osce", confidential: true}) { id } }`, nil, &struct{}{})
	committed := time.Now()

	var mu sync.Mutex
	var delays []time.Duration
	var wg sync.WaitGroup
	for i, c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rctx, rcancel := context.WithTimeout(ctx, 10*time.Second) // generous: the alert is not coming
			defer rcancel()
			m, err := c.next(rctx)
			if err != nil {
				t.Errorf("client %d: %v", i, err)
				return
			}
			got := time.Since(committed)
			if m.Type != "next" || !strings.Contains(string(m.Payload), `"kind":"NEW"`) || !strings.Contains(string(m.Payload), "osce/LIVE-1") {
				t.Errorf("client %d: %s %s", i, m.Type, m.Payload)
			}
			mu.Lock()
			delays = append(delays, got)
			mu.Unlock()
		}()
	}
	wg.Wait()
	if len(delays) == n {
		slices.Sort(delays)
		t.Logf("100 subscribers: alert delivered after the write's answer in p50 %v, p95 %v, max %v",
			delays[n/2].Round(time.Millisecond), delays[n*95/100].Round(time.Millisecond), delays[n-1].Round(time.Millisecond))
	}

	// The anonymous reader hears of a public one, and never heard of the confidential one.
	a.query(`mutation { createActivity(input: {id: "LIVE-2", title: "Judges training", start: "2010-01-01", end: "2010-12-31",
	  countries: ["XKX"], functions: [JUSTICE], implementers: ["osce"]}) { id } }`, nil, &struct{}{})
	rctx, rcancel := context.WithTimeout(ctx, 10*time.Second)
	defer rcancel()
	m, err := anonymous.next(rctx)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(m.Payload), "LIVE-2") || strings.Contains(string(m.Payload), "LIVE-1") {
		t.Errorf("anonymous got %s, want the public activity only", m.Payload)
	}

	// A bad token is refused when the connection opens.
	conn, _, err := websocket.Dial(ctx, wsURL, &websocket.DialOptions{Subprotocols: []string{"graphql-transport-ws"}})
	if err != nil {
		t.Fatal(err)
	}
	payload, _ := json.Marshal(map[string]any{"Authorization": "Bearer not.a.token"})
	_ = wsjson.Write(ctx, conn, wsMessage{Type: "connection_init", Payload: payload})
	var refused wsMessage
	err = wsjson.Read(ctx, conn, &refused)
	if err == nil && refused.Type == "connection_ack" {
		t.Errorf("a bad token was acknowledged")
	}
	if status := websocket.CloseStatus(err); err != nil && status == -1 && !strings.Contains(fmt.Sprint(err), "EOF") {
		t.Logf("refused with %v", err)
	}
	for _, c := range append(clients, anonymous) {
		_ = c.conn.Close(websocket.StatusNormalClosure, "")
	}
}
