package concord

// Lesson is a lesson learned, written by an organisation about missions, countries or
// functions.
type Lesson struct {
	ID           string
	Title        string
	Text         string
	Date         Date
	Author       string // actor id; the author organisation owns the lesson
	Confidential bool
	Sources      []string
	About        LessonAbout
	Version      int
}

// LessonAbout names what a lesson is about.
type LessonAbout struct {
	Missions  []string
	Countries []string
	Functions []FunctionCode
}

// LessonFilter selects lessons in a list.
type LessonFilter struct {
	Mission  string
	Country  string
	Function FunctionCode
	Author   string
}

// LessonHit is a lesson found by a full-text search, with its relevance.
type LessonHit struct {
	Lesson Lesson
	Score  float64
}
