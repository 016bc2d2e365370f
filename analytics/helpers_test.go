package analytics

import (
	"time"

	"github.com/concord-peace/concord"
)

func d(year int, month time.Month, day int) concord.Date { return concord.NewDate(year, month, day) }
