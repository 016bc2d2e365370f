package server

import (
	"fmt"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// CostOf prices a query (one operation) against schema, as the cost limit does.
func CostOf(schema *ast.Schema, query string, vars map[string]any, limit int) (int, error) {
	doc, errs := gqlparser.LoadQuery(schema, query)
	if errs != nil {
		return 0, fmt.Errorf("invalid query: %v", errs)
	}
	return operationCost(doc, doc.Operations[0], vars, limit), nil
}

// ShapeOf returns why query is over the limits, or "".
func ShapeOf(query string, l Limits) (string, error) {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: query}, l.Tokens)
	if err != nil {
		return "", err
	}
	return checkShape(doc, l), nil
}
