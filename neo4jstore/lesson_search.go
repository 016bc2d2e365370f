package neo4jstore

import (
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"

	"github.com/concord-peace/concord"
)

// Search of lessons by words. The full-text index finds the lessons that contain a word of the
// query; the scores are computed here, from the lessons the caller may see only. The index's
// own scores weigh each word by how many lessons hold it — hidden ones included — so a
// confidential lesson containing "kosovo" changed the scores of every public lesson that has
// it: an oracle for what one may not see. Here a word's weight counts visible lessons only.

// Bounds of one search.
const (
	maxSearchWords      = 32
	maxSearchCandidates = 10_000
)

// SearchLessons finds the visible lessons with words of query in their title or text, best
// first (BM25 over the visible lessons; ties by id).
func (s *Store) SearchLessons(ctx context.Context, query string, first int) ([]concord.LessonHit, error) {
	words := searchWords(query)
	switch {
	case len(words) == 0:
		return nil, concord.Errorf(concord.EINVALID, "query", "give at least one word to search for")
	case len(words) > maxSearchWords:
		return nil, concord.Errorf(concord.EINVALID, "query", "at most %d words", maxSearchWords)
	}
	// Words are letters and digits only, so they carry no Lucene syntax; lower case keeps
	// AND, OR and NOT from being read as operators.
	recs, err := s.read(ctx, `MATCH (n:Lesson) WHERE `+visibleN+` WITH count(n) AS visible
CALL db.index.fulltext.queryNodes('lesson_text', $q) YIELD node AS n
WHERE `+visibleN+`
WITH visible, n LIMIT $max
RETURN visible, `+lessonKind.projection+` AS node`,
		map[string]any{"q": strings.Join(words, " OR "), "max": maxSearchCandidates + 1})
	if err != nil {
		return nil, fmt.Errorf("search lessons for %q: %w", query, err)
	}
	if len(recs) > maxSearchCandidates {
		return nil, concord.Errorf(concord.ETOOLARGE, "query", "more than %d lessons hold these words; add a rarer one", maxSearchCandidates)
	}
	var visible int
	lessons := make([]concord.Lesson, len(recs))
	for i, r := range recs {
		v, _ := r.Get("visible")
		visible = int(v.(int64))
		node, _ := r.Get("node")
		lessons[i] = lessonKind.decode(asProps(node))
	}
	hits := scoreLessons(words, lessons, visible)
	return hits[:min(len(hits), max(first, 1), concord.MaxPageSize)], nil
}

// searchWords are the distinct words of a query, lower case: runs of letters and digits.
func searchWords(query string) []string {
	var words []string
	for _, w := range strings.FieldsFunc(strings.ToLower(query), notWordRune) {
		if !slices.Contains(words, w) {
			words = append(words, w)
		}
	}
	return words
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// BM25's usual constants: term frequency saturation and length normalisation.
const (
	bm25K1 = 1.2
	bm25B  = 0.75
)

// scoreLessons ranks lessons by BM25 for words, with the statistics of what the caller sees:
// visible is the number of visible lessons, a word's document frequency the number of the
// given (visible) lessons that hold it, lengths those of the given lessons. Lessons holding
// none of the words (the index's analyser split a word differently) are left out.
func scoreLessons(words []string, lessons []concord.Lesson, visible int) []concord.LessonHit {
	type doc struct {
		lesson concord.Lesson
		tf     map[string]int
		length int
	}
	docs := make([]doc, len(lessons))
	df := map[string]int{}
	total := 0
	for i, l := range lessons {
		tokens := strings.FieldsFunc(strings.ToLower(l.Title+" "+l.Text), notWordRune)
		tf := map[string]int{}
		for _, t := range tokens {
			if slices.Contains(words, t) {
				tf[t]++
			}
		}
		for w := range tf {
			df[w]++
		}
		docs[i] = doc{l, tf, len(tokens)}
		total += len(tokens)
	}
	avg := float64(total) / float64(max(len(docs), 1))
	n := float64(max(visible, len(docs)))
	var hits []concord.LessonHit
	for _, d := range docs {
		score := 0.0
		for w, tf := range d.tf {
			idf := math.Log(1 + (n-float64(df[w])+0.5)/(float64(df[w])+0.5))
			f := float64(tf)
			score += idf * f * (bm25K1 + 1) / (f + bm25K1*(1-bm25B+bm25B*float64(d.length)/avg))
		}
		if score > 0 {
			hits = append(hits, concord.LessonHit{Lesson: d.lesson, Score: score})
		}
	}
	slices.SortFunc(hits, func(a, b concord.LessonHit) int {
		if a.Score != b.Score {
			if a.Score > b.Score {
				return -1
			}
			return 1
		}
		return strings.Compare(a.Lesson.ID, b.Lesson.ID)
	})
	return hits
}
