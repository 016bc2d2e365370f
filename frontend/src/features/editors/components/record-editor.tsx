import { LoadFailure } from '@/components/load-failure';
import { useAsync } from '@/lib/use-async';
import type { EditorConfig } from './editor-config';
import { RecordForm } from './record-form';

type Props<R extends { id: string; version: number }, V extends { id: string }> = {
  config: EditorConfig<R, V>;
  /** The record to edit; none to create one. */
  id?: string;
};

/** Loads the record to edit (if any), with loading, error and not-found states, then shows its form. */
export function RecordEditor<R extends { id: string; version: number }, V extends { id: string }>({ config, id }: Props<R, V>) {
  const load = (signal: AbortSignal) => (id ? config.load(id, signal) : Promise.resolve(null));
  const q = useAsync(load, ['record', config.kind, id ?? ''], { skip: !id });

  if (!id) return <RecordForm config={config} />;
  if (q.status === 'loading') return <p role="status">Loading the {config.noun}…</p>;
  if (q.status === 'error') {
    return <LoadFailure what={`the ${config.noun}`} error={q.error} retry={q.refetch} />;
  }
  if (!q.data) return <p role="alert">There is no {config.noun} with the id “{id}”, or you may not see it.</p>;
  // Keyed by id only: the form keeps what it saved and the user's unsaved values when the record
  // is read again (after any write), and after a conflict it moves to the current version itself.
  return <RecordForm key={q.data.id} config={config} record={q.data} />;
}
