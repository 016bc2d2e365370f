package neo4jstore

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"slices"
	"strconv"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/dbtype"

	"github.com/concord-peace/concord"
)

// props reads typed values out of a map that a Cypher projection returned.
type props map[string]any

func asProps(v any) props {
	m, _ := v.(map[string]any)
	return props(m)
}

func (p props) str(k string) string {
	s, _ := p[k].(string)
	return s
}

func (p props) integer(k string) int {
	n, _ := p[k].(int64)
	return int(n)
}

func (p props) float(k string) float64 {
	switch n := p[k].(type) {
	case float64:
		return n
	case int64:
		return float64(n)
	}
	return 0
}

func (p props) boolean(k string) bool {
	b, _ := p[k].(bool)
	return b
}

func (p props) date(k string) concord.Date {
	switch d := p[k].(type) {
	case dbtype.Date:
		return concord.DateOf(d.Time())
	case time.Time:
		return concord.DateOf(d)
	}
	return concord.Date{}
}

func (p props) datetime(k string) time.Time {
	if t, ok := p[k].(time.Time); ok {
		return t.UTC()
	}
	return time.Time{}
}

func (p props) period(from, to string) concord.Period {
	return concord.Period{From: p.date(from), To: p.date(to)}
}

func (p props) strings(k string) []string {
	list, _ := p[k].([]any)
	out := make([]string, 0, len(list))
	for _, v := range list {
		if s, ok := v.(string); ok && s != "" {
			out = append(out, s)
		}
	}
	return out
}

// sortedStrings reads a list of ids, deduplicated and sorted, for the lists that pattern
// comprehensions return in no defined order.
func (p props) sortedStrings(k string) []string {
	out := p.strings(k)
	slices.Sort(out)
	return slices.Compact(out)
}

func (p props) functions(k string) []concord.FunctionCode {
	var out []concord.FunctionCode
	for _, s := range p.sortedStrings(k) {
		out = append(out, concord.FunctionCode(s))
	}
	return out
}

func (p props) maps(k string) []props {
	list, _ := p[k].([]any)
	out := make([]props, 0, len(list))
	for _, v := range list {
		out = append(out, asProps(v))
	}
	return out
}

// dateParam is how a Date goes to Neo4j: a native date, or null when zero.
func dateParam(d concord.Date) any {
	if d.IsZero() {
		return nil
	}
	return neo4j.DateOf(d.Time())
}

func strParam(s string) any { return nullable(s) }

func intParam(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

func codes(fs []concord.FunctionCode) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = string(f)
	}
	return out
}

// fingerprint hashes a record as written, so an upsert of the same record can tell that nothing
// changed and write nothing: re-importing a dataset leaves versions and the graph untouched.
// The hash is of a canonical form in which null, empty and absent are the same and lists are
// sets (their order is not kept in the graph either).
func fingerprint(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic("fingerprint: " + err.Error()) // domain structs always marshal
	}
	var generic any
	if err := json.Unmarshal(b, &generic); err != nil {
		panic("fingerprint: " + err.Error())
	}
	canonical, _ := json.Marshal(canonicalize(generic))
	sum := sha256.Sum256(canonical)
	return hex.EncodeToString(sum[:16])
}

func canonicalize(v any) any {
	switch x := v.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range x {
			if c := canonicalize(e); c != nil {
				out[k] = c
			}
		}
		if len(out) == 0 {
			return nil
		}
		return out
	case []any:
		var items []string
		for _, e := range x {
			if c := canonicalize(e); c != nil {
				b, _ := json.Marshal(c)
				items = append(items, string(b))
			}
		}
		if len(items) == 0 {
			return nil
		}
		slices.Sort(items)
		out := make([]any, len(items))
		for i, s := range items {
			out[i] = json.RawMessage(s)
		}
		return out
	case string:
		if x == "" {
			return nil
		}
	case bool:
		if !x {
			return nil
		}
	case float64:
		if x == 0 {
			return nil
		}
	}
	return v
}

func itoa(i int) string { return strconv.Itoa(i) }

// rawStrings reads a list of strings position by position, empty ones included: the parallel
// lists of capacity_props.go must keep their alignment.
func (p props) rawStrings(k string) []string {
	list, _ := p[k].([]any)
	out := make([]string, len(list))
	for i, v := range list {
		out[i], _ = v.(string)
	}
	return out
}

func (p props) ints(k string) []int {
	list, _ := p[k].([]any)
	out := make([]int, len(list))
	for i, v := range list {
		n, _ := v.(int64)
		out[i] = int(n)
	}
	return out
}

func (p props) dates(k string) []concord.Date {
	list, _ := p[k].([]any)
	out := make([]concord.Date, len(list))
	for i, v := range list {
		out[i] = props{"d": v}.date("d")
	}
	return out
}
