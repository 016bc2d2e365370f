package server

import "github.com/vektah/gqlparser/v2/ast"

// fragmentMemo measures each named fragment of a document once, however often it is spread,
// so that a walk which adds up what its spreads stand for is linear in the document. The
// measure of an unknown fragment, or of one spread inside its own definition (a cycle), is
// the zero value: validation reports both.
type fragmentMemo[T any] struct {
	doc  *ast.QueryDocument
	done map[string]*T // measured, or nil while being measured
}

func newFragmentMemo[T any](doc *ast.QueryDocument) fragmentMemo[T] {
	return fragmentMemo[T]{doc: doc, done: map[string]*T{}}
}

// get returns the measure of fragment name, computing it with measure the first time.
func (f fragmentMemo[T]) get(name string, measure func(ast.SelectionSet) T) T {
	var zero T
	if got, seen := f.done[name]; seen {
		if got == nil {
			return zero
		}
		return *got
	}
	def := f.doc.Fragments.ForName(name)
	if def == nil {
		return zero
	}
	f.done[name] = nil
	got := measure(def.SelectionSet)
	f.done[name] = &got
	return got
}
