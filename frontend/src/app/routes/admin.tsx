import { lazy, Suspense, type ReactNode } from 'react';

// Only administrators manage accounts and import files: these pages load when opened.
const AccountsPage = lazy(() => import('@/features/accounts/components/accounts-page').then((m) => ({ default: m.AccountsPage })));
const ImportPage = lazy(() => import('@/features/imports/components/import-page').then((m) => ({ default: m.ImportPage })));

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p role="status">Loading…</p>}>{children}</Suspense>;
}

/** /accounts */
export function AccountsRoute() {
  return (
    <Loading>
      <AccountsPage />
    </Loading>
  );
}

/** /import */
export function ImportRoute() {
  return (
    <Loading>
      <ImportPage />
    </Loading>
  );
}
