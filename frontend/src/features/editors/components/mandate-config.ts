import { request } from '@/lib/graphql-client';
import { CreateMandateDocument, MandateForEditDocument, UpdateMandateDocument } from '../api/mandate';
import {
  blankMandate,
  createMandateInput,
  mandateValues,
  updateMandateInput,
  type MandateRecord,
  type MandateValues,
} from '../utils/mandate-values';
import { DeleteMandateDocument } from '../api/delete';
import type { EditorConfig } from './editor-config';
import { MandateFields } from './mandate-fields';

export const mandateEditor: EditorConfig<MandateRecord, MandateValues> = {
  kind: 'mandate',
  noun: 'mandate',
  title: (m) => m.reference,
  ownerOf: (m) => m.owner,
  load: (id, signal) => request(MandateForEditDocument, { id }, { signal }).then((d) => d.mandate ?? null),
  blank: () => blankMandate(),
  toValues: mandateValues,
  create: (v) => request(CreateMandateDocument, { input: createMandateInput(v) }).then((d) => d.createMandate),
  update: (m, before, after) => {
    const input = updateMandateInput(before, after);
    return input && request(UpdateMandateDocument, { id: m.id, version: m.version, input }).then((d) => d.updateMandate);
  },
  remove: (r) => request(DeleteMandateDocument, { id: r.id, version: r.version }),
  labels: { body: 'Issuing body', functions: 'Functions it tasks', owner: 'Owner' },
  Fields: MandateFields,
};
