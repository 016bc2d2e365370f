package resolvers

import "context"

// rehearseIf runs an import as it is, or, for a dry run, in the store's rehearsal: the same
// code in one transaction that is rolled back, so a preview reports exactly what the import
// would do. The file importer writes through the same store, and the rehearsal travels in the
// context it is given.
func (r *Resolver) rehearseIf(ctx context.Context, dryRun *bool, run func(ctx context.Context) error) error {
	if dryRun == nil || !*dryRun {
		return run(ctx)
	}
	return r.Store.Rehearse(ctx, run)
}
