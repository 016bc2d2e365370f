import type { ActivityEditFieldsFragment, CreateActivityInput, FunctionCode, UpdateActivityInput } from '@/gql/graphql';
import { changedFields, intOrNull, numberOrNull, textOrNull } from './form-values';

export type ActivityRecord = ActivityEditFieldsFragment;

export type FundingValues = { actor: string; amount: string; currency: string; year: string };

export type ActivityValues = {
  id: string;
  title: string;
  description: string;
  start: string;
  end: string;
  countries: string[];
  functions: FunctionCode[];
  implementers: string[];
  funders: FundingValues[];
  confidential: boolean;
  owner: string;
};

export function blankActivity(): ActivityValues {
  return {
    id: '',
    title: '',
    description: '',
    start: '',
    end: '',
    countries: [],
    functions: [],
    implementers: [],
    funders: [],
    confidential: false,
    owner: '',
  };
}

export function activityValues(a: ActivityRecord): ActivityValues {
  return {
    id: a.id,
    title: a.title,
    description: a.description ?? '',
    start: a.start ?? '',
    end: a.end ?? '',
    countries: a.countries.map((c) => c.code),
    functions: a.functions.map((f) => f.code),
    implementers: a.implementers.map((i) => i.id),
    funders: a.funders.map((f) => ({
      actor: f.funder.id,
      amount: f.amount == null ? '' : String(f.amount),
      currency: f.currency ?? '',
      year: f.year == null ? '' : String(f.year),
    })),
    confidential: a.confidential,
    owner: a.owner?.id ?? '',
  };
}

/** Everything but the id, as the API takes it; entries stay in place (even blank) so the API's indexes match the form's. */
function activityFields(v: ActivityValues): Omit<CreateActivityInput, 'id'> {
  return {
    title: v.title.trim(),
    description: textOrNull(v.description),
    start: textOrNull(v.start),
    end: textOrNull(v.end),
    countries: v.countries.map((c) => c.trim().toUpperCase()),
    functions: v.functions,
    implementers: v.implementers.map((i) => i.trim()),
    funders: v.funders.map((f) => ({
      actor: f.actor.trim(),
      amount: numberOrNull(f.amount),
      currency: textOrNull(f.currency.toUpperCase()),
      year: intOrNull(f.year),
    })),
    confidential: v.confidential,
    owner: textOrNull(v.owner),
  };
}

export function createActivityInput(v: ActivityValues): CreateActivityInput {
  return { id: v.id.trim(), ...activityFields(v) };
}

/** Only what changed since the record was read; null when nothing did. */
export function updateActivityInput(before: ActivityValues, after: ActivityValues): UpdateActivityInput | null {
  const changes = changedFields(activityFields(before), activityFields(after));
  return Object.keys(changes).length > 0 ? changes : null;
}
