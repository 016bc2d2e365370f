package concord

import (
	"errors"
	"fmt"
	"testing"
)

func TestErrorError(t *testing.T) {
	tests := []struct {
		name string
		err  *Error
		want string
	}{
		{"with field", Errorf(EINVALID, "input.end", "ends (%s) before it starts", "2020-01-01"), "input.end: ends (2020-01-01) before it starts"},
		{"without field", Errorf(ENOTFOUND, "", "no mission %q", "x"), `no mission "x"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.err.Error(); got != tt.want {
				t.Fatalf("Error() = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestErrorAccessors(t *testing.T) {
	notFound := Errorf(ENOTFOUND, "id", "no such mission")
	var two Errors
	two.Add("input.name", "is required")
	two.Add("input.model", "unknown model %q", "X")
	tests := []struct {
		name                 string
		err                  error
		code, message, field string
	}{
		{"*Error", notFound, ENOTFOUND, "no such mission", "id"},
		{"*Error without field", Errorf(EFORBIDDEN, "", "officers only"), EFORBIDDEN, "officers only", ""},
		{"Errors gives its first", two, EINVALID, "is required", "input.name"},
		{"wrapped *Error", fmt.Errorf("load mission: %w", notFound), ENOTFOUND, "no such mission", "id"},
		{"twice wrapped *Error", fmt.Errorf("a: %w", fmt.Errorf("b: %w", notFound)), ENOTFOUND, "no such mission", "id"},
		{"wrapped Errors", fmt.Errorf("import: %w", two.Err()), EINVALID, "is required", "input.name"},
		{"joined with a plain error first", errors.Join(errors.New("disk"), notFound), ENOTFOUND, "no such mission", "id"},
		{"plain error", errors.New("neo4j: connection refused"), EINTERNAL, "Internal error.", ""},
		{"wrapped plain error", fmt.Errorf("x: %w", errors.New("secret detail")), EINTERNAL, "Internal error.", ""},
		{"empty Errors", Errors{}, EINTERNAL, "Internal error.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ErrorCode(tt.err); got != tt.code {
				t.Fatalf("ErrorCode = %q, want %q", got, tt.code)
			}
			if got := ErrorMessage(tt.err); got != tt.message {
				t.Fatalf("ErrorMessage = %q, want %q", got, tt.message)
			}
			if got := ErrorField(tt.err); got != tt.field {
				t.Fatalf("ErrorField = %q, want %q", got, tt.field)
			}
		})
	}
}

func TestErrorAccessorsNil(t *testing.T) {
	if got := ErrorCode(nil); got != "" {
		t.Fatalf("ErrorCode(nil) = %q, want \"\"", got)
	}
	if got := ErrorField(nil); got != "" {
		t.Fatalf("ErrorField(nil) = %q, want \"\"", got)
	}
}

func TestErrors(t *testing.T) {
	t.Run("empty is no error", func(t *testing.T) {
		var es Errors
		if err := es.Err(); err != nil {
			t.Fatalf("Errors{}.Err() = %v, want nil", err)
		}
		if got, want := es.Error(), "no errors"; got != want {
			t.Fatalf("Error() = %q, want %q", got, want)
		}
		var target *Error
		if errors.As(es, &target) {
			t.Fatalf("errors.As found an *Error in empty Errors")
		}
	})
	t.Run("one reads as itself", func(t *testing.T) {
		var es Errors
		es.Add("first", "must not be negative")
		if got, want := es.Error(), "first: must not be negative"; got != want {
			t.Fatalf("Error() = %q, want %q", got, want)
		}
		if es.Err() == nil {
			t.Fatalf("Err() = nil after Add")
		}
	})
	t.Run("many count the rest", func(t *testing.T) {
		var es Errors
		es.Add("a", "bad %d", 1)
		es.Add("b", "bad %d", 2)
		es.Add("c", "bad %d", 3)
		if got, want := es.Error(), "a: bad 1 (and 2 more)"; got != want {
			t.Fatalf("Error() = %q, want %q", got, want)
		}
		for i, e := range es {
			if got, want := e.Code, EINVALID; got != want {
				t.Fatalf("es[%d].Code = %q, want %q", i, got, want)
			}
		}
		if got, want := es[2].Field, "c"; got != want {
			t.Fatalf("es[2].Field = %q, want %q", got, want)
		}
		var target Errors
		if !errors.As(fmt.Errorf("w: %w", es.Err()), &target) || len(target) != 3 {
			t.Fatalf("errors.As(wrapped, *Errors) = %v, want all 3 errors", target)
		}
	})
}
