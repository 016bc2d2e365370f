// Package dataset reads and writes the native concord-dataset/1 document: one JSON object
// with actors, clusters, missions (with their mandates), activities and lessons. Reading
// checks everything that can be checked without the graph and names the JSON path of each
// problem; references the document does not resolve are listed for the store to check.
package dataset

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"

	"github.com/concord-peace/concord"
)

// Format is the value of the document's "format" key.
const Format = "concord-dataset/1"

// MaxErrors bounds how many problems one document reports.
const MaxErrors = 100

// Parse reads and checks a document. Every problem is reported as a *concord.Error whose Field
// is its JSON path; the returned error is a concord.Errors holding them all (up to MaxErrors).
func Parse(data []byte, known concord.CountryCheck) (concord.Dataset, error) {
	var root any
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	if err := dec.Decode(&root); err != nil {
		return concord.Dataset{}, syntaxError(data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return concord.Dataset{}, concord.Errorf(concord.EINVALID, "$", "unexpected data after the document's closing brace")
	}
	p := parser{known: known, mandatePaths: map[string]string{}}
	ds := p.document(root)
	p.errs = firstPerField(p.errs)
	if len(p.errs) > MaxErrors {
		p.errs = p.errs[:MaxErrors]
	}
	return ds, p.errs.Err()
}

// syntaxError names the line and column of malformed JSON.
func syntaxError(data []byte, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	offset := int64(-1)
	switch {
	case errors.As(err, &se):
		offset = se.Offset
	case errors.As(err, &te):
		offset = te.Offset
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return concord.Errorf(concord.EINVALID, "$", "the document is empty or ends too early")
	}
	if offset < 0 {
		return concord.Errorf(concord.EINVALID, "$", "not JSON: %v", err)
	}
	// Offset counts the offending byte itself; the position is that of the byte.
	line, col := 1, 1
	for _, b := range data[:min(max(int(offset)-1, 0), len(data))] {
		if b == '\n' {
			line, col = line+1, 1
		} else {
			col++
		}
	}
	return concord.Errorf(concord.EINVALID, fmt.Sprintf("line %d, column %d", line, col), "not JSON: %v", err)
}

type parser struct {
	known        concord.CountryCheck
	errs         concord.Errors
	mandatePaths map[string]string // where each mandate was first given
}

func (p *parser) document(root any) concord.Dataset {
	var ds concord.Dataset
	doc, ok := newObject(root, "", &p.errs)
	if !ok {
		p.errs[len(p.errs)-1].Field = "$"
		return ds
	}
	if f := doc.str("format", true); f != "" && f != Format {
		p.errs.Add("format", "must be %q, not %q", Format, f)
	}
	doc.list("actors", func(v any, path string) {
		if a, ok := p.actor(v, path); ok {
			ds.Actors = append(ds.Actors, a)
		}
	})
	doc.list("clusters", func(v any, path string) {
		if c, ok := p.cluster(v, path); ok {
			ds.Clusters = append(ds.Clusters, c)
		}
	})
	mandates := map[string]mandateAt{}
	var mandateOrder []string
	addMandate := func(m concord.Mandate, path string) {
		if prev, dup := mandates[m.ID]; dup {
			if !reflect.DeepEqual(prev.m, m) {
				p.errs.Add(path, "mandate %q differs from its copy at %s", m.ID, prev.path)
			}
			return
		}
		mandates[m.ID] = mandateAt{m, path}
		p.mandatePaths[m.ID] = path
		mandateOrder = append(mandateOrder, m.ID)
	}
	doc.list("mandates", func(v any, path string) {
		if m, ok := p.mandate(v, path); ok {
			addMandate(m, path)
		}
	})
	doc.list("missions", func(v any, path string) {
		if m, ok := p.mission(v, path, addMandate); ok {
			ds.Missions = append(ds.Missions, m)
		}
	})
	for _, id := range mandateOrder {
		ds.Mandates = append(ds.Mandates, mandates[id].m)
	}
	doc.list("activities", func(v any, path string) {
		if a, ok := p.activity(v, path); ok {
			ds.Activities = append(ds.Activities, a)
		}
	})
	doc.list("lessons", func(v any, path string) {
		if l, ok := p.lesson(v, path); ok {
			ds.Lessons = append(ds.Lessons, l)
		}
	})
	doc.done()
	p.resolve(&ds)
	return ds
}

type mandateAt struct {
	m    concord.Mandate
	path string
}

// check adds a record's own validation errors.
func (p *parser) check(err error) {
	var errs concord.Errors
	var one *concord.Error
	switch {
	case errors.As(err, &errs):
		p.errs = append(p.errs, errs...)
	case errors.As(err, &one):
		p.errs = append(p.errs, one)
	}
}

func (p *parser) actor(v any, path string) (concord.Actor, bool) {
	o, ok := newObject(v, path, &p.errs)
	if !ok {
		return concord.Actor{}, false
	}
	a := concord.Actor{
		ID: o.str("id", false), Name: o.str("name", false), Acronym: o.str("acronym", false),
		Kind: concord.ActorKind(o.str("kind", false)), Parent: o.str("parent", false),
	}
	o.done()
	p.check(a.Validate(path + "."))
	return a, true
}

func (p *parser) cluster(v any, path string) (concord.Cluster, bool) {
	o, ok := newObject(v, path, &p.errs)
	if !ok {
		return concord.Cluster{}, false
	}
	c := concord.Cluster{ID: o.str("id", false), Name: o.str("name", false), Description: o.str("description", false)}
	o.done()
	p.check(c.Validate(path + "."))
	return c, true
}

func (p *parser) mandate(v any, path string) (concord.Mandate, bool) {
	o, ok := newObject(v, path, &p.errs)
	if !ok {
		return concord.Mandate{}, false
	}
	m := concord.Mandate{
		ID: o.str("id", false), Reference: o.str("reference", false), Body: o.str("body", false),
		Adopted: o.date("adopted", false), Expires: o.date("expires", true),
		Owner: o.str("owner", false), Confidential: o.boolean("confidential"),
	}
	if m.Owner == "" {
		m.Owner = m.Body
	}
	for _, f := range o.strings("functions") {
		m.Functions = append(m.Functions, concord.FunctionCode(f))
	}
	o.list("authorised", func(v any, path string) {
		a, ok := newObject(v, path, &p.errs)
		if !ok {
			return
		}
		m.Authorised = append(m.Authorised, concord.Strength{Component: concord.Component(a.str("component", true)), Number: a.integer("number")})
		a.done()
	})
	o.done()
	p.check(m.Validate(path + "."))
	return m, true
}

func (p *parser) mission(v any, path string, addMandate func(concord.Mandate, string)) (concord.Mission, bool) {
	o, ok := newObject(v, path, &p.errs)
	if !ok {
		return concord.Mission{}, false
	}
	m := concord.Mission{
		ID: o.str("id", false), Name: o.str("name", false), Acronym: o.str("acronym", false),
		Model: concord.MissionModel(o.str("model", false)), LeadActor: o.str("lead", false),
		Period:  concord.Period{From: o.date("start", false), To: o.date("end", true)},
		Sources: o.strings("sources"), Note: o.str("note", false),
		Succeeds: o.strings("succeeds"), Clusters: o.strings("clusters"),
		Owner: o.str("owner", false), Confidential: o.boolean("confidential"),
	}
	if m.Owner == "" {
		m.Owner = m.LeadActor // the lead organisation owns its mission unless the document says otherwise
	}
	o.list("contributors", func(v any, path string) {
		c, ok := newObject(v, path, &p.errs)
		if !ok {
			return
		}
		m.Contributors = append(m.Contributors, concord.Contribution{
			Actor: c.str("actor", true), Mission: m.ID, Role: c.str("role", false), Personnel: c.integer("personnel"),
		})
		c.done()
	})
	o.list("deployments", func(v any, path string) {
		d, ok := newObject(v, path, &p.errs)
		if !ok {
			return
		}
		m.Deployments = append(m.Deployments, concord.Deployment{
			Mission: m.ID, Country: d.str("country", true),
			Period: concord.Period{From: d.date("from", false), To: d.date("to", true)},
		})
		d.done()
	})
	o.list("deployed", func(v any, path string) {
		h, ok := newObject(v, path, &p.errs)
		if !ok {
			return
		}
		m.Deployed = append(m.Deployed, concord.Headcount{
			Date: h.date("date", false), Component: concord.Component(h.str("component", true)), Number: h.integer("number"),
			Contributor: h.str("contributor", false), Source: h.str("source", false),
		})
		h.done()
	})
	o.list("mandates", func(v any, path string) {
		md, ok := p.mandate(v, path)
		if ok {
			m.Mandates = append(m.Mandates, md.ID)
			addMandate(md, path)
		}
	})
	o.done()
	p.check(m.Validate(path+".", p.known))
	return m, true
}

func (p *parser) activity(v any, path string) (concord.Activity, bool) {
	o, ok := newObject(v, path, &p.errs)
	if !ok {
		return concord.Activity{}, false
	}
	a := concord.Activity{
		ID: o.str("id", false), Title: o.str("title", false), Description: o.str("description", false),
		Period:       concord.Period{From: o.date("start", false), To: o.date("end", true)},
		Implementers: o.strings("implementers"),
		Owner:        o.str("owner", false), Confidential: o.boolean("confidential"),
	}
	if c := o.str("country", false); c != "" {
		a.Countries = append(a.Countries, c)
	}
	a.Countries = append(a.Countries, o.strings("countries")...)
	for _, f := range o.strings("functions") {
		a.Functions = append(a.Functions, concord.FunctionCode(f))
	}
	o.list("funders", func(v any, path string) {
		f, ok := newObject(v, path, &p.errs)
		if !ok {
			return
		}
		amount, _ := f.number("amount")
		a.Funders = append(a.Funders, concord.Funding{
			Funder: f.str("actor", true), Target: a.ID, Amount: amount, Currency: f.str("currency", false), Year: f.integer("year"),
		})
		f.done()
	})
	o.done()
	if a.Owner == "" && len(a.Implementers) > 0 {
		a.Owner = a.Implementers[0]
	} else if a.Owner == "" && len(a.Funders) > 0 {
		a.Owner = a.Funders[0].Funder
	}
	p.check(a.Validate(path+".", p.known))
	return a, true
}

func (p *parser) lesson(v any, path string) (concord.Lesson, bool) {
	o, ok := newObject(v, path, &p.errs)
	if !ok {
		return concord.Lesson{}, false
	}
	l := concord.Lesson{
		ID: o.str("id", false), Title: o.str("title", false), Text: o.str("text", false),
		Date: o.date("date", false), Author: o.str("author", false),
		Confidential: o.boolean("confidential"), Sources: o.strings("sources"),
	}
	if v, ok := o.get("about"); ok {
		if about, ok := newObject(v, o.at("about"), &p.errs); ok {
			l.About.Missions = about.strings("missions")
			l.About.Countries = about.strings("countries")
			for _, f := range about.strings("functions") {
				l.About.Functions = append(l.About.Functions, concord.FunctionCode(f))
			}
			about.done()
		}
	}
	o.done()
	p.check(l.Validate(path+".", p.known))
	return l, true
}

// firstPerField keeps the first problem reported at each path: a value of the wrong type is
// also a missing value, and saying both is noise.
func firstPerField(errs concord.Errors) concord.Errors {
	seen := map[string]bool{}
	out := errs[:0]
	for _, e := range errs {
		if seen[e.Field] {
			continue
		}
		seen[e.Field] = true
		out = append(out, e)
	}
	return out
}
