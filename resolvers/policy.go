package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/concord-peace/concord"
)

// access is who may call a root field.
type access int

const (
	// open: anyone, even where anonymous reads are off (signing in).
	open access = iota
	// reader: signed-in accounts, and anonymous callers where the deployment allows them;
	// what each sees is filtered by the store's visibility rule.
	reader
	// writer: officers and administrators; the store then checks that the record's owner is
	// the officer's organisation.
	writer
	// admin: administrators only.
	admin
)

// policy lists every root field with who may call it. A field missing here is refused
// (default deny); TestPolicyCoversSchema fails when the schema has a field the policy lacks.
var policy = map[string]access{
	"Query.__schema": open, "Query.__type": open, "Query.__typename": open,
	"Mutation.__typename": open,

	"Query.node": reader, "Query.actor": reader, "Query.actors": reader,
	"Query.mission": reader, "Query.missions": reader, "Query.mandate": reader, "Query.mandates": reader,
	"Query.activity": reader, "Query.activities": reader, "Query.cluster": reader, "Query.clusters": reader,
	"Query.lesson": reader, "Query.lessons": reader, "Query.function": reader, "Query.functions": reader,
	"Query.country": reader, "Query.countries": reader, "Query.region": reader, "Query.regions": reader,
	"Query.engagements": reader, "Query.overlaps": reader, "Query.whoWhatWhere": reader, "Query.countrySummaries": reader, "Query.exportDataset": reader,
	"Query.actorDuplicates": reader,
	"Query.coverage":        reader, "Query.leads": reader, "Query.leadProblems": reader, "Query.nestedDeployments": reader,
	"Query.transitions": reader, "Query.regionalClusters": reader, "Query.comparativeStrengths": reader,
	"Query.fragmentation": reader, "Query.fundingTotals": reader, "Query.network": reader, "Query.searchLessons": reader,
	"Query.withdrawalImpact": reader, "Query.gapFillers": reader, "Subscription.overlapAlerts": reader,
	"Query.mandateRenewals": reader, "Query.capacity": reader,
	"Mutation.setLead": writer, "Mutation.deleteLead": writer,
	"Mutation.mergeActors": admin, "Mutation.importIATI": admin, "Mutation.importHXL": admin,
	"Query.me": open, "Query.accounts": admin, "Query.auditEvents": admin,

	"Mutation.login": open, "Mutation.refresh": open, "Mutation.logout": open,
	"Mutation.createAccount": admin, "Mutation.updateAccount": admin, "Mutation.deleteAccount": admin,
	"Mutation.importDataset": admin,
	"Mutation.createActor":   admin, "Mutation.updateActor": admin, "Mutation.deleteActor": admin,
	"Mutation.createCluster": admin, "Mutation.updateCluster": admin, "Mutation.deleteCluster": admin,
	"Mutation.createMission": writer, "Mutation.updateMission": writer, "Mutation.deleteMission": writer,
	"Mutation.createMandate": writer, "Mutation.updateMandate": writer, "Mutation.deleteMandate": writer,
	"Mutation.createActivity": writer, "Mutation.updateActivity": writer, "Mutation.deleteActivity": writer,
	"Mutation.createLesson": writer, "Mutation.updateLesson": writer, "Mutation.deleteLesson": writer,
}

// Authorize is the root-field middleware that applies the policy before any resolver runs.
func (r *Resolver) Authorize(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	fc := graphql.GetRootFieldContext(ctx)
	object := "Query"
	if graphql.GetOperationContext(ctx).Operation.Operation == ast.Mutation {
		object = "Mutation"
	}
	if err := r.allowed(ctx, object+"."+fc.Field.Name); err != nil {
		graphql.AddError(ctx, err)
		return graphql.Null
	}
	return next(ctx)
}

func (r *Resolver) allowed(ctx context.Context, field string) error {
	rule, ok := policy[field]
	if !ok {
		return concord.Errorf(concord.EFORBIDDEN, "", "%s is not open to anyone", field)
	}
	p := concord.PrincipalFrom(ctx)
	switch {
	case rule == open:
		return nil
	case p.Anonymous() && (rule != reader || !r.Anonymous):
		return concord.Errorf(concord.EUNAUTHENTICATED, "", "sign in first")
	case rule == reader:
		return nil
	case rule == writer && (p.Admin() || p.Has(concord.AccountOfficer)):
		return nil
	case rule == admin && p.Admin():
		return nil
	}
	return concord.Errorf(concord.EFORBIDDEN, "", "your account may not do this")
}

// PolicyFields lists the fields the policy names, for the test that checks it covers the
// schema.
func PolicyFields() map[string]bool {
	out := map[string]bool{}
	for f := range policy {
		out[f] = true
	}
	return out
}
