package server

// Limits bound what one query may ask before it runs (shapeGuard, on the text; costGuard, on
// the validated operation) and what its answer may hold as it is built (answerLimit).
type Limits struct {
	Depth           int // nesting of data fields, fragments followed
	Aliases         int // aliased fields in one operation, fragments spread
	RootFields      int // fields at the top of one operation
	SelectionFields int // fields in one selection set once its fragments are spread
	Size            int // fields in the whole operation once its fragments are spread
	Complexity      int // the cost of an operation (costGuard)
	Tokens          int // lexer tokens, against pathological documents
	AnswerFields    int // values resolved for one answer (answerLimit)
}

// DefaultLimits suit the API's own queries (the web UI's, GraphiQL's introspection) with room
// to spare; TestWebOperationsWithinTheLimits holds them to that.
var DefaultLimits = Limits{
	Depth: 7, Aliases: 15, RootFields: 10, SelectionFields: 200, Size: 5000,
	Complexity: 100000, Tokens: 15000, AnswerFields: 200000,
}

// orDefaults returns l with each limit left at zero set to its default.
func (l Limits) orDefaults() Limits {
	d := DefaultLimits
	for _, f := range []struct{ v, def *int }{
		{&l.Depth, &d.Depth}, {&l.Aliases, &d.Aliases}, {&l.RootFields, &d.RootFields},
		{&l.SelectionFields, &d.SelectionFields}, {&l.Size, &d.Size}, {&l.Complexity, &d.Complexity},
		{&l.Tokens, &d.Tokens}, {&l.AnswerFields, &d.AnswerFields},
	} {
		if *f.v == 0 {
			*f.v = *f.def
		}
	}
	return l
}
