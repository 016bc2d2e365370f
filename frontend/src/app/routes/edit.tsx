import { lazy, Suspense, type ReactNode } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { isEditorKind } from '@/features/editors/utils/editor-paths';
import { NotFoundRoute } from './not-found';

// Only officers and administrators edit: the editors load when opened, not with the map.
const EditorIndex = lazy(() => import('@/features/editors/components/editor-index').then((m) => ({ default: m.EditorIndex })));
const LeadEditorPage = lazy(() =>
  import('@/features/editors/components/lead-editor').then((m) => ({ default: m.LeadEditorPage })),
);
const RecordEditorPage = lazy(() =>
  import('@/features/editors/components/record-editor-page').then((m) => ({ default: m.RecordEditorPage })),
);

function Loading({ children }: { children: ReactNode }) {
  return <Suspense fallback={<p role="status">Loading the editor…</p>}>{children}</Suspense>;
}

/** /edit: what can be edited. */
export function EditIndexRoute() {
  return (
    <Loading>
      <EditorIndex />
    </Loading>
  );
}

/** /edit/lead?country=XKX */
export function EditLeadRoute() {
  const [params] = useSearchParams();
  return (
    <Loading>
      <LeadEditorPage initialCountry={params.get('country') ?? ''} />
    </Loading>
  );
}

/** /edit/:kind/new and /edit/:kind/:id for missions, mandates, activities and lessons. */
export function EditRecordRoute() {
  const { kind, id } = useParams();
  if (!isEditorKind(kind)) return <NotFoundRoute />;
  return (
    <Loading>
      <RecordEditorPage kind={kind} id={id === 'new' ? undefined : id} />
    </Loading>
  );
}
