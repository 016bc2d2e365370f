package analytics

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/concord-peace/concord"
)

func TestWhoWhatWhere(t *testing.T) {
	q1 := concord.Period{From: d(2024, 1, 1), To: d(2024, 3, 31)}
	impl := func(ids ...string) []concord.ActorRole {
		var out []concord.ActorRole
		for _, id := range ids {
			out = append(out, concord.ActorRole{Actor: id, Role: concord.RoleImplementer})
		}
		return out
	}
	food := "Operational Presence: Food Security & Agriculture"
	presences := []concord.Presence{
		// Two activities of NAC in Badakhshan on food security: one line, their districts merged.
		{Country: "AFG", Kind: concord.SubjectActivity, Subject: "a1", Labels: []string{food}, Admin1: []string{"AF17", "Badakhshan"},
			Admin2: []string{"AF1702", "Argo"}, Period: q1, Actors: impl("nac")},
		{Country: "AFG", Kind: concord.SubjectActivity, Subject: "a2", Labels: []string{food}, Admin1: []string{"AF17", "Badakhshan"},
			Admin2: []string{"AF1701", "Fayzabad"}, Period: q1, Actors: impl("nac")},
		// An activity with a function and a label, two implementers: a line per pair.
		{Country: "AFG", Kind: concord.SubjectActivity, Subject: "a3", Functions: []concord.FunctionCode{concord.Justice}, Labels: []string{"DAC 15180"},
			Period: q1, Actors: impl("undp", "unodc")},
		// No implementer: its funder stands for it.
		{Country: "AFG", Kind: concord.SubjectActivity, Subject: "a4", Functions: []concord.FunctionCode{concord.RuleOfLaw}, Period: q1,
			Actors: []concord.ActorRole{{Actor: "gbr", Role: concord.RoleFunder}}},
		// A mission is no line of the 3W.
		{Country: "AFG", Kind: concord.SubjectMission, Subject: "unama", Functions: []concord.FunctionCode{concord.Political}, Period: q1,
			Actors: []concord.ActorRole{{Actor: "un", Role: concord.RoleLead}}},
	}
	line := func(r WhereRow) string {
		return fmt.Sprintf("%s %s%s [%s] [%s] %d", r.Actor, r.Function, r.Label, strings.Join(r.Admin1, ","), strings.Join(r.Admin2, ","), r.Activities)
	}
	tests := []struct {
		name string
		q    concord.EngagementQuery
		want []string
	}{
		{
			name: "everything, by area, topic and organisation",
			q:    concord.EngagementQuery{Country: "AFG"},
			want: []string{
				"undp DAC 15180 [] [] 1",
				"unodc DAC 15180 [] [] 1",
				"undp JUSTICE [] [] 1",
				"unodc JUSTICE [] [] 1",
				"gbr RULE_OF_LAW [] [] 1",
				"nac " + food + " [AF17,Badakhshan] [AF1701,AF1702,Argo,Fayzabad] 2",
			},
		},
		{
			// JUSTICE exactly: a4 is coded only with its parent; its line shows its own function.
			name: "a function, exactly",
			q:    concord.EngagementQuery{Country: "AFG", Function: concord.Justice},
			want: []string{"undp DAC 15180 [] [] 1", "unodc DAC 15180 [] [] 1", "undp JUSTICE [] [] 1", "unodc JUSTICE [] [] 1"},
		},
		{
			name: "a function with broader matches",
			q:    concord.EngagementQuery{Country: "AFG", Function: concord.Justice, Broader: true},
			want: []string{"undp DAC 15180 [] [] 1", "unodc DAC 15180 [] [] 1", "undp JUSTICE [] [] 1", "unodc JUSTICE [] [] 1", "gbr RULE_OF_LAW [] [] 1"},
		},
		{
			// An area keeps the activities that name it and those that name none.
			name: "an area",
			q:    concord.EngagementQuery{Country: "AFG", Admin1: "badakhshan", Label: food},
			want: []string{"nac " + food + " [AF17,Badakhshan] [AF1701,AF1702,Argo,Fayzabad] 2"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rows, err := WhoWhatWhere(context.Background(), presences, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range rows {
				got = append(got, line(r))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("rows =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
