import type { FunctionCode, LeadInput, LeadsInCountryQuery } from '@/gql/graphql';
import { textOrNull } from './form-values';

export type LeadRecord = LeadsInCountryQuery['leads'][number];

export type LeadValues = {
  actor: string;
  country: string;
  function: FunctionCode;
  from: string;
  to: string;
  note: string;
};

export function blankLead(country = '', actor = ''): LeadValues {
  return { actor, country, function: 'RULE_OF_LAW', from: '', to: '', note: '' };
}

export function leadValues(l: LeadRecord): LeadValues {
  return {
    actor: l.actor.id,
    country: l.country.code,
    function: l.function.code,
    from: l.from ?? '',
    to: l.to ?? '',
    note: l.note ?? '',
  };
}

export function leadInput(v: LeadValues): LeadInput {
  return {
    actor: v.actor.trim(),
    country: v.country.trim().toUpperCase(),
    function: v.function,
    from: textOrNull(v.from),
    to: textOrNull(v.to),
    note: textOrNull(v.note),
  };
}

/** Whether a text is shaped like an ISO 3166-1 alpha-3 code, worth asking the leads of. */
export function looksLikeCountryCode(s: string): boolean {
  return /^[A-Za-z]{3}$/.test(s.trim());
}
