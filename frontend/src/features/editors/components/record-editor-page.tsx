import type { EditorKind } from '../utils/editor-paths';
import { actorEditor } from './actor-config';
import { activityEditor } from './activity-config';
import { EditorGate } from './editor-gate';
import { lessonEditor } from './lesson-config';
import { mandateEditor } from './mandate-config';
import { missionEditor } from './mission-config';
import { RecordEditor } from './record-editor';

/** The editor of one kind of record, for officers and administrators; a new record when there is no id. */
export function RecordEditorPage({ kind, id }: { kind: EditorKind; id?: string }) {
  // Keyed so that going from "new" to the record just created starts a fresh editor.
  const key = `${kind}/${id ?? ''}`;
  return (
    <EditorGate>
      {kind === 'mission' && <RecordEditor key={key} config={missionEditor} id={id} />}
      {kind === 'mandate' && <RecordEditor key={key} config={mandateEditor} id={id} />}
      {kind === 'activity' && <RecordEditor key={key} config={activityEditor} id={id} />}
      {kind === 'lesson' && <RecordEditor key={key} config={lessonEditor} id={id} />}
      {kind === 'actor' && <RecordEditor key={key} config={actorEditor} id={id} />}
    </EditorGate>
  );
}
