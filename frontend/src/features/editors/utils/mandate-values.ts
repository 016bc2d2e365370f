import type { CreateMandateInput, FunctionCode, MandateEditFieldsFragment, UpdateMandateInput } from '@/gql/graphql';
import { changedFields, textOrNull } from './form-values';

export type MandateRecord = MandateEditFieldsFragment;

export type MandateValues = {
  id: string;
  reference: string;
  body: string;
  adopted: string;
  expires: string;
  functions: FunctionCode[];
  confidential: boolean;
  owner: string;
};

export function blankMandate(): MandateValues {
  return { id: '', reference: '', body: '', adopted: '', expires: '', functions: [], confidential: false, owner: '' };
}

export function mandateValues(m: MandateRecord): MandateValues {
  return {
    id: m.id,
    reference: m.reference,
    body: m.body.id,
    adopted: m.adopted ?? '',
    expires: m.expires ?? '',
    functions: m.functions.map((f) => f.code),
    confidential: m.confidential,
    owner: m.owner?.id ?? '',
  };
}

function mandateFields(v: MandateValues): Omit<CreateMandateInput, 'id'> {
  return {
    reference: v.reference.trim(),
    body: v.body.trim(),
    adopted: textOrNull(v.adopted),
    expires: textOrNull(v.expires),
    functions: v.functions,
    confidential: v.confidential,
    owner: textOrNull(v.owner),
  };
}

export function createMandateInput(v: MandateValues): CreateMandateInput {
  return { id: v.id.trim(), ...mandateFields(v) };
}

/** Only what changed since the record was read; null when nothing did. */
export function updateMandateInput(before: MandateValues, after: MandateValues): UpdateMandateInput | null {
  const changes = changedFields(mandateFields(before), mandateFields(after));
  return Object.keys(changes).length > 0 ? changes : null;
}
