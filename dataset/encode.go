package dataset

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/concord-peace/concord"
)

// The document's shape for writing; omitempty keeps exported documents close to hand-written
// ones, and reading them back gives the same records.
type (
	docJSON struct {
		Format     string         `json:"format"`
		Actors     []actorJSON    `json:"actors"`
		Clusters   []clusterJSON  `json:"clusters"`
		Mandates   []mandateJSON  `json:"mandates,omitempty"`
		Missions   []missionJSON  `json:"missions"`
		Activities []activityJSON `json:"activities"`
		Lessons    []lessonJSON   `json:"lessons"`
	}
	actorJSON struct {
		ID      string `json:"id"`
		Name    string `json:"name"`
		Acronym string `json:"acronym,omitempty"`
		Kind    string `json:"kind"`
		Parent  string `json:"parent,omitempty"`
	}
	clusterJSON struct {
		ID          string `json:"id"`
		Name        string `json:"name"`
		Description string `json:"description,omitempty"`
	}
	mandateJSON struct {
		ID           string         `json:"id"`
		Reference    string         `json:"reference"`
		Body         string         `json:"body"`
		Adopted      *string        `json:"adopted,omitempty"`
		Expires      *string        `json:"expires,omitempty"`
		Functions    []string       `json:"functions"`
		Authorised   []strengthJSON `json:"authorised,omitempty"`
		Owner        string         `json:"owner,omitempty"`
		Confidential bool           `json:"confidential,omitempty"`
	}
	strengthJSON struct {
		Component string `json:"component"`
		Number    int    `json:"number"`
	}
	headcountJSON struct {
		Date        *string `json:"date"`
		Component   string  `json:"component"`
		Number      int     `json:"number"`
		Contributor string  `json:"contributor,omitempty"`
		Source      string  `json:"source,omitempty"`
	}
	missionJSON struct {
		ID           string             `json:"id"`
		Name         string             `json:"name"`
		Acronym      string             `json:"acronym,omitempty"`
		Model        string             `json:"model"`
		Lead         string             `json:"lead"`
		Contributors []contributionJSON `json:"contributors,omitempty"`
		Start        *string            `json:"start"`
		End          *string            `json:"end"`
		Deployments  []deploymentJSON   `json:"deployments"`
		Mandates     []mandateJSON      `json:"mandates"`
		Succeeds     []string           `json:"succeeds"`
		Clusters     []string           `json:"clusters"`
		Deployed     []headcountJSON    `json:"deployed,omitempty"`
		Sources      []string           `json:"sources,omitempty"`
		Note         string             `json:"note,omitempty"`
		Owner        string             `json:"owner,omitempty"`
		Confidential bool               `json:"confidential,omitempty"`
	}
	contributionJSON struct {
		Actor     string `json:"actor"`
		Role      string `json:"role,omitempty"`
		Personnel int    `json:"personnel,omitempty"`
	}
	deploymentJSON struct {
		Country string  `json:"country"`
		From    *string `json:"from"`
		To      *string `json:"to"`
	}
	activityJSON struct {
		ID           string        `json:"id"`
		Title        string        `json:"title"`
		Description  string        `json:"description,omitempty"`
		Countries    []string      `json:"countries"`
		Functions    []string      `json:"functions"`
		Start        *string       `json:"start"`
		End          *string       `json:"end"`
		Implementers []string      `json:"implementers"`
		Funders      []fundingJSON `json:"funders"`
		Owner        string        `json:"owner,omitempty"`
		Confidential bool          `json:"confidential,omitempty"`
	}
	fundingJSON struct {
		Actor    string  `json:"actor"`
		Amount   float64 `json:"amount,omitempty"`
		Currency string  `json:"currency,omitempty"`
		Year     int     `json:"year,omitempty"`
	}
	lessonJSON struct {
		ID           string    `json:"id"`
		Title        string    `json:"title"`
		Text         string    `json:"text"`
		Date         *string   `json:"date,omitempty"`
		Author       string    `json:"author,omitempty"`
		About        aboutJSON `json:"about"`
		Confidential bool      `json:"confidential"`
		Sources      []string  `json:"sources,omitempty"`
	}
	aboutJSON struct {
		Missions  []string `json:"missions"`
		Countries []string `json:"countries"`
		Functions []string `json:"functions"`
	}
)

// Encode writes a dataset as an indented concord-dataset/1 document. Each mission carries its
// mandates in full; mandates that authorise no mission go in the top-level "mandates" list.
func Encode(ds concord.Dataset) ([]byte, error) {
	doc := docJSON{Format: Format, Actors: []actorJSON{}, Clusters: []clusterJSON{}, Missions: []missionJSON{},
		Activities: []activityJSON{}, Lessons: []lessonJSON{}}
	for _, a := range ds.Actors {
		doc.Actors = append(doc.Actors, actorJSON{a.ID, a.Name, a.Acronym, string(a.Kind), a.Parent})
	}
	for _, c := range ds.Clusters {
		doc.Clusters = append(doc.Clusters, clusterJSON{c.ID, c.Name, c.Description})
	}
	mandates := map[string]concord.Mandate{}
	used := map[string]bool{}
	for _, m := range ds.Mandates {
		mandates[m.ID] = m
	}
	for _, m := range ds.Missions {
		mj := missionJSON{
			ID: m.ID, Name: m.Name, Acronym: m.Acronym, Model: string(m.Model), Lead: m.LeadActor,
			Start: date(m.Period.From), End: date(m.Period.To), Deployments: []deploymentJSON{},
			Mandates: []mandateJSON{}, Succeeds: nonNil(m.Succeeds), Clusters: nonNil(m.Clusters),
			Sources: m.Sources, Note: m.Note, Owner: m.Owner, Confidential: m.Confidential,
		}
		for _, c := range m.Contributors {
			mj.Contributors = append(mj.Contributors, contributionJSON{c.Actor, c.Role, c.Personnel})
		}
		for _, d := range m.Deployments {
			mj.Deployments = append(mj.Deployments, deploymentJSON{d.Country, date(d.Period.From), date(d.Period.To)})
		}
		for _, h := range m.Deployed {
			mj.Deployed = append(mj.Deployed, headcountJSON{date(h.Date), string(h.Component), h.Number, h.Contributor, h.Source})
		}
		for _, id := range m.Mandates {
			md, ok := mandates[id]
			if !ok {
				return nil, fmt.Errorf("encode mission %q: its mandate %q is not in the dataset", m.ID, id)
			}
			mj.Mandates = append(mj.Mandates, mandate(md))
			used[id] = true
		}
		doc.Missions = append(doc.Missions, mj)
	}
	for _, m := range ds.Mandates {
		if !used[m.ID] {
			doc.Mandates = append(doc.Mandates, mandate(m))
		}
	}
	for _, a := range ds.Activities {
		aj := activityJSON{
			ID: a.ID, Title: a.Title, Description: a.Description, Countries: nonNil(a.Countries),
			Functions: codes(a.Functions), Start: date(a.Period.From), End: date(a.Period.To),
			Implementers: nonNil(a.Implementers), Funders: []fundingJSON{},
			Owner: a.Owner, Confidential: a.Confidential,
		}
		for _, f := range a.Funders {
			aj.Funders = append(aj.Funders, fundingJSON{f.Funder, f.Amount, f.Currency, f.Year})
		}
		doc.Activities = append(doc.Activities, aj)
	}
	for _, l := range ds.Lessons {
		doc.Lessons = append(doc.Lessons, lessonJSON{
			ID: l.ID, Title: l.Title, Text: l.Text, Date: date(l.Date), Author: l.Author,
			About:        aboutJSON{nonNil(l.About.Missions), nonNil(l.About.Countries), codes(l.About.Functions)},
			Confidential: l.Confidential, Sources: l.Sources,
		})
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func mandate(m concord.Mandate) mandateJSON {
	var authorised []strengthJSON
	for _, s := range m.Authorised {
		authorised = append(authorised, strengthJSON{string(s.Component), s.Number})
	}
	return mandateJSON{m.ID, m.Reference, m.Body, date(m.Adopted), date(m.Expires), codes(m.Functions), authorised, m.Owner, m.Confidential}
}

func date(d concord.Date) *string {
	if d.IsZero() {
		return nil
	}
	s := d.String()
	return &s
}

func codes(fs []concord.FunctionCode) []string {
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = string(f)
	}
	return out
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
