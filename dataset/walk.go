package dataset

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/concord-peace/concord"
)

// object reads one JSON object and remembers which keys were read, so that every key left
// over is reported as unknown at its path.
type object struct {
	m    map[string]any
	path string
	errs *concord.Errors
	read map[string]bool
}

func newObject(v any, path string, errs *concord.Errors) (*object, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		errs.Add(path, "must be an object, not %s", describe(v))
		return nil, false
	}
	return &object{m: m, path: path, errs: errs, read: map[string]bool{}}, true
}

func (o *object) at(key string) string {
	if o.path == "" {
		return key
	}
	return o.path + "." + key
}

func (o *object) get(key string) (any, bool) {
	o.read[key] = true
	v, ok := o.m[key]
	return v, ok && v != nil
}

// done reports the keys that were never read.
func (o *object) done() {
	var unknown []string
	for k := range o.m {
		if !o.read[k] {
			unknown = append(unknown, k)
		}
	}
	slices.Sort(unknown)
	for _, k := range unknown {
		o.errs.Add(o.at(k), "unknown key")
	}
}

func (o *object) str(key string, required bool) string {
	v, ok := o.get(key)
	if !ok {
		if required {
			o.errs.Add(o.at(key), "is required")
		}
		return ""
	}
	s, isStr := v.(string)
	if !isStr {
		o.errs.Add(o.at(key), "must be a string, not %s", describe(v))
		return ""
	}
	if required && s == "" {
		o.errs.Add(o.at(key), "must not be empty")
	}
	return s
}

func (o *object) boolean(key string) bool {
	v, ok := o.get(key)
	if !ok {
		return false
	}
	b, isBool := v.(bool)
	if !isBool {
		o.errs.Add(o.at(key), "must be true or false, not %s", describe(v))
	}
	return b
}

func (o *object) number(key string) (float64, bool) {
	v, ok := o.get(key)
	if !ok {
		return 0, false
	}
	n, isNum := v.(json.Number)
	if !isNum {
		o.errs.Add(o.at(key), "must be a number, not %s", describe(v))
		return 0, false
	}
	f, err := n.Float64()
	if err != nil {
		o.errs.Add(o.at(key), "is not a number: %s", n)
		return 0, false
	}
	return f, true
}

func (o *object) integer(key string) int {
	v, ok := o.get(key)
	if !ok {
		return 0
	}
	n, isNum := v.(json.Number)
	i, err := strconv.Atoi(string(n))
	if !isNum || err != nil {
		o.errs.Add(o.at(key), "must be a whole number, not %s", describe(v))
		return 0
	}
	return i
}

// date reads a start (partial dates mean their first day) or an end (their last day).
func (o *object) date(key string, end bool) concord.Date {
	s := o.str(key, false)
	if s == "" {
		return concord.Date{}
	}
	parse := concord.ParseStart
	if end {
		parse = concord.ParseEnd
	}
	d, err := parse(s)
	if err != nil {
		o.errs.Add(o.at(key), "%v", err)
	}
	return d
}

// list reads an array and calls fn for each element with its path.
func (o *object) list(key string, fn func(v any, path string)) {
	v, ok := o.get(key)
	if !ok {
		return
	}
	items, isList := v.([]any)
	if !isList {
		o.errs.Add(o.at(key), "must be an array, not %s", describe(v))
		return
	}
	for i, item := range items {
		fn(item, fmt.Sprintf("%s[%d]", o.at(key), i))
	}
}

// strings reads an array of strings.
func (o *object) strings(key string) []string {
	var out []string
	o.list(key, func(v any, path string) {
		s, ok := v.(string)
		if !ok {
			o.errs.Add(path, "must be a string, not %s", describe(v))
			return
		}
		out = append(out, s)
	})
	return out
}

func describe(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case json.Number:
		return "a number"
	case bool:
		return "a boolean"
	case []any:
		return "an array"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}
