package resolvers

import (
	"context"
	"maps"
	"slices"

	"github.com/99designs/gqlgen/graphql"

	"github.com/concord-peace/concord"
	"github.com/concord-peace/concord/graph/model"
)

// setIf overwrites *dst when an update input gives the field.
func setIf[T any](dst *T, v *T) {
	if v != nil {
		*dst = *v
	}
}

// setOmittable overwrites *dst when the input gives the field, clearing it on an explicit null.
func setOmittable[T any](dst *T, v graphql.Omittable[*T]) {
	if !v.IsSet() {
		return
	}
	var zero T
	*dst = zero
	if p := v.Value(); p != nil {
		*dst = *p
	}
}

// setList replaces a list when the input gives one (an empty list clears it).
func setList[T any](dst *[]T, v []T) {
	if v != nil {
		*dst = v
	}
}

func contributions(mission string, in []model.ContributionInput) []concord.Contribution {
	out := make([]concord.Contribution, len(in))
	for i, c := range in {
		out[i] = concord.Contribution{Actor: c.Actor, Mission: mission, Role: deref(c.Role), Personnel: deref(c.Personnel)}
	}
	return out
}

func deployments(mission string, in []model.DeploymentInput) []concord.Deployment {
	out := make([]concord.Deployment, len(in))
	for i, d := range in {
		out[i] = concord.Deployment{Mission: mission, Country: d.Country, Period: concord.Period{From: deref(d.From), To: deref(d.To)}}
	}
	return out
}

func fundings(activity string, in []model.FundingInput) []concord.Funding {
	out := make([]concord.Funding, len(in))
	for i, f := range in {
		out[i] = concord.Funding{Funder: f.Actor, Target: activity, Amount: deref(f.Amount), Currency: deref(f.Currency), Year: deref(f.Year)}
	}
	return out
}

func about(in *model.LessonAboutInput) concord.LessonAbout {
	if in == nil {
		return concord.LessonAbout{}
	}
	return concord.LessonAbout{Missions: in.Missions, Countries: in.Countries, Functions: in.Functions}
}

func importReport(r concord.ImportReport) *model.ImportReport {
	total := r.Total()
	out := &model.ImportReport{Created: total.Created, Updated: total.Updated, Unchanged: total.Unchanged}
	for _, c := range r.Counts {
		out.Counts = append(out.Counts, model.ImportCount{Kind: string(c.Kind), Created: c.Created, Updated: c.Updated, Unchanged: c.Unchanged})
	}
	return out
}

// mustExist turns a reference to a record that is gone into an error: the schema promises
// a non-null value, and a dangling reference is a bug worth seeing.
func mustExist[T any](v *T, err error) (*T, error) {
	if err == nil && v == nil {
		return nil, concord.Errorf(concord.EINTERNAL, "", "a referenced record is missing")
	}
	return v, err
}

func nodeOrNil[T concord.Node](v *T, err error) (concord.Node, error) {
	if err != nil || v == nil {
		return nil, err
	}
	return *v, nil
}

// subject loads the mission or activity an engagement or overlap runs through.
func (r *Resolver) subject(ctx context.Context, kind concord.SubjectKind, id string) (concord.Subject, error) {
	if kind == concord.SubjectActivity {
		a, err := mustExist(loaders(ctx).activity.Load(ctx, id))
		if err != nil {
			return nil, err
		}
		return *a, nil
	}
	m, err := mustExist(loaders(ctx).mission.Load(ctx, id))
	if err != nil {
		return nil, err
	}
	return *m, nil
}

func (r *Resolver) region(code string) (*concord.Region, error) {
	if code == "" {
		return nil, nil
	}
	reg, ok := r.Atlas.Region(code)
	if !ok {
		return nil, nil
	}
	return &reg, nil
}

// known reports whether code names a built-in country, for validation.
func (r *Resolver) known(code string) bool {
	_, ok := r.Atlas.Country(code)
	return ok
}

func nonEmpty(id string) []string {
	if id == "" {
		return nil
	}
	return []string{id}
}

// subjectEnqueuer asks for a mission or an activity without waiting for it.
type subjectEnqueuer interface {
	enqueueSubject(ctx context.Context, id string)
}

func (l *loader[K, V]) enqueueSubject(ctx context.Context, id K) { l.enqueueAll(ctx, []K{id}) }

func (l *Loaders) subjectLoader(kind concord.SubjectKind) subjectEnqueuer {
	if kind == concord.SubjectActivity {
		return l.activity
	}
	return l.mission
}

// mayReadAmounts applies concord.Principal.MayReadFunding to one funding of an activity.
func (r *Resolver) mayReadAmounts(ctx context.Context, f *concord.Funding) (bool, error) {
	activity, err := loaders(ctx).activity.Load(ctx, f.Target)
	if err != nil || activity == nil {
		return false, err
	}
	return concord.PrincipalFrom(ctx).MayReadFunding(*activity), nil
}

// ownerFor is the owner of a new record: the one given (which the store allows only to
// administrators unless it is the caller's own organisation), else the caller's organisation.
func ownerFor(ctx context.Context, given *string) string {
	if given != nil && *given != "" {
		return *given
	}
	return concord.PrincipalFrom(ctx).Org
}

func fileReport(r concord.FileImportReport) *model.FileImportReport {
	out := &model.FileImportReport{Read: r.Read, Created: r.Created, Updated: r.Updated, Unchanged: r.Unchanged,
		Skipped: r.Skipped, ActorsCreated: r.ActorsCreated, Reasons: []model.SkipReason{}}
	for _, why := range slices.Sorted(maps.Keys(r.Reasons)) {
		out.Reasons = append(out.Reasons, model.SkipReason{Reason: why, Count: r.Reasons[why]})
	}
	return out
}
