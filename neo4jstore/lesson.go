package neo4jstore

import (
	"context"

	"github.com/concord-peace/concord"
)

var lessonKind = kind[concord.Lesson]{
	label: labelLesson,
	projection: `n {.id, .title, .text, .date, .confidential, .sources, .version,
  author: head([(n)-[:AUTHORED_BY]->(a:Actor) | a.id]),
  missions: [(n)-[:ABOUT]->(m:Mission) WHERE ` + visibleM + ` | m.id],
  countries: [(n)-[:ABOUT]->(c:Country) | c.code],
  functions: [(n)-[:ABOUT]->(f:Function) | f.code]}`,
	decode: func(p props) concord.Lesson {
		return concord.Lesson{
			ID: p.str("id"), Title: p.str("title"), Text: p.str("text"), Date: p.date("date"),
			Author: p.str("author"), Confidential: p.boolean("confidential"), Sources: p.strings("sources"),
			Version: p.integer("version"),
			About: concord.LessonAbout{
				Missions: p.sortedStrings("missions"), Countries: p.sortedStrings("countries"), Functions: p.functions("functions"),
			},
		}
	},
	row: func(l concord.Lesson) row {
		l.Version = 0
		return newRow(l.ID,
			map[string]any{"title": l.Title, "text": l.Text, "date": dateParam(l.Date), "confidential": l.Confidential, "sources": l.Sources,
				"owner": strParam(l.Author)},
			map[string]any{"author": strParam(l.Author), "missions": l.About.Missions, "countries": l.About.Countries, "functions": codes(l.About.Functions)}, l)
	},
	writeRels: `UNWIND $rows AS row
MATCH (n:Lesson {id: row.id})
CALL (n) { MATCH (n)-[r:AUTHORED_BY|ABOUT]->() DELETE r }
CALL (n, row) { MATCH (a:Actor {id: row.author}) MERGE (n)-[:AUTHORED_BY]->(a) }
CALL (n, row) { UNWIND coalesce(row.missions, []) AS id MATCH (m:Mission {id: id}) MERGE (n)-[:ABOUT]->(m) }
CALL (n, row) { UNWIND coalesce(row.countries, []) AS code MATCH (c:Country {code: code}) MERGE (n)-[:ABOUT]->(c) }
CALL (n, row) { UNWIND coalesce(row.functions, []) AS code MATCH (f:Function {code: code}) MERGE (n)-[:ABOUT]->(f) }`,
	refs: func(l concord.Lesson) []nodeRef {
		var refs []nodeRef
		if l.Author != "" {
			refs = append(refs, nodeRef{labelActor, l.Author, "input.author"})
		}
		for i, id := range l.About.Missions {
			refs = append(refs, nodeRef{labelMission, id, indexed("input.about.missions", i)})
		}
		return refs
	},
	id:      func(l concord.Lesson) string { return l.ID },
	version: func(l concord.Lesson) int { return l.Version },
	name:    concord.RecordLesson,
	owner:   func(l concord.Lesson) string { return l.Author },
}

// Lessons loads lessons by id.
func (s *Store) Lessons(ctx context.Context, ids []string) (map[string]concord.Lesson, error) {
	return byIDs(ctx, s, lessonKind, ids)
}

// ListLessons returns one page of lessons ordered by id.
func (s *Store) ListLessons(ctx context.Context, f concord.LessonFilter, args concord.PageArgs) (concord.Page[concord.Lesson], error) {
	var q listQuery
	if f.Mission != "" {
		q.add("EXISTS { (n)-[:ABOUT]->(:Mission {id: $mission}) }", "mission", f.Mission)
	}
	if f.Country != "" {
		q.add("EXISTS { (n)-[:ABOUT]->(:Country {code: $country}) }", "country", f.Country)
	}
	q.functionIn("(n)-[:ABOUT]->(f:Function)", f.Function)
	if f.Author != "" {
		q.add("EXISTS { (n)-[:AUTHORED_BY]->(:Actor {id: $author}) }", "author", f.Author)
	}
	return list(ctx, s, lessonKind, q, args)
}

// CreateLesson creates a lesson; its id must be new.
func (s *Store) CreateLesson(ctx context.Context, l concord.Lesson) (concord.Lesson, error) {
	return create(ctx, s, s.lessonKind(), l)
}

// UpdateLesson changes a lesson at the version the client read.
func (s *Store) UpdateLesson(ctx context.Context, id string, version int, patch func(*concord.Lesson) error) (concord.Lesson, error) {
	return update(ctx, s, s.lessonKind(), id, version, patch)
}

// DeleteLesson deletes a lesson.
func (s *Store) DeleteLesson(ctx context.Context, id string, version int) error {
	return remove(ctx, s, lessonKind, id, version)
}

func (s *Store) lessonKind() kind[concord.Lesson] {
	k := lessonKind
	k.validate = func(l concord.Lesson) error { return l.Validate("input.", s.countries) }
	return k
}
