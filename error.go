package concord

import (
	"errors"
	"fmt"
)

// Error codes, as GraphQL clients see them in extensions.code.
const (
	EINVALID         = "BAD_USER_INPUT"
	EUNAUTHENTICATED = "UNAUTHENTICATED"
	EFORBIDDEN       = "FORBIDDEN"
	ENOTFOUND        = "NOT_FOUND"
	ECONFLICT        = "CONFLICT"
	EUNAVAILABLE     = "UNAVAILABLE"
	EINTERNAL        = "INTERNAL"
	// ETOOLARGE refuses a question whose answer would pass a documented size: the message
	// says how to narrow it.
	ETOOLARGE = "TOO_LARGE"
	// ERATELIMITED refuses a sign-in that must wait after failed ones: the message says how long.
	ERATELIMITED = "RATE_LIMITED"
)

// Error is an error a user may see: a code, a readable message and, where one input field is
// at fault, its path (an argument name such as "input.start", or a JSON path such as
// "missions[3].deployments[0].from").
type Error struct {
	Code    string
	Field   string
	Message string
}

func (e *Error) Error() string {
	if e.Field != "" {
		return fmt.Sprintf("%s: %s", e.Field, e.Message)
	}
	return e.Message
}

// Errorf returns an *Error with the given code and field.
func Errorf(code, field, format string, args ...any) *Error {
	return &Error{Code: code, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for any other error
// and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	default:
		return EINTERNAL
	}
}

// ErrorMessage returns the user-facing message of err: an *Error's message, or a generic one
// for anything else, so that internals never reach a client.
func ErrorMessage(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}

// ErrorField returns the field of the first *Error in err's chain.
func ErrorField(err error) string {
	var e *Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}

// Errors collects validation errors so that a document reports every problem at once.
type Errors []*Error

func (es Errors) Error() string {
	switch len(es) {
	case 0:
		return "no errors"
	case 1:
		return es[0].Error()
	}
	return fmt.Sprintf("%s (and %d more)", es[0].Error(), len(es)-1)
}

// Add records an invalid-input error at field.
func (es *Errors) Add(field, format string, args ...any) {
	*es = append(*es, Errorf(EINVALID, field, format, args...))
}

// Err returns nil when no error was added, else the collected errors.
func (es Errors) Err() error {
	if len(es) == 0 {
		return nil
	}
	return es
}

// As lets errors.As find the first *Error inside a collection.
func (es Errors) As(target any) bool {
	if t, ok := target.(**Error); ok && len(es) > 0 {
		*t = es[0]
		return true
	}
	return false
}
