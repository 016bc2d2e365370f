import type { ActorEditFieldsFragment, ActorKind, CreateActorInput, UpdateActorInput } from '@/gql/graphql';
import { changedFields, lines, textOrNull } from './form-values';

export type ActorRecord = ActorEditFieldsFragment;

export const ACTOR_KIND_LABELS: Record<ActorKind, string> = {
  INTERGOVERNMENTAL: 'Intergovernmental organisation',
  REGIONAL_ORGANISATION: 'Regional organisation',
  ORGAN: 'Organ of an organisation',
  STATE: 'State',
  NGO: 'Non-governmental organisation',
  HOST_GOVERNMENT: 'Host-government body',
  RESEARCH: 'Research institute',
  OTHER: 'Other',
};

export type ActorValues = {
  id: string;
  name: string;
  acronym: string;
  kind: ActorKind;
  /** IATI organisation identifier. */
  ref: string;
  /** One per line. */
  aliases: string;
  parent: string;
};

export function blankActor(): ActorValues {
  return { id: '', name: '', acronym: '', kind: 'OTHER', ref: '', aliases: '', parent: '' };
}

export function actorValues(a: ActorRecord): ActorValues {
  return {
    id: a.id,
    name: a.name,
    acronym: a.acronym ?? '',
    kind: a.kind,
    ref: a.ref ?? '',
    aliases: a.aliases.join('\n'),
    parent: a.parent?.id ?? '',
  };
}

function actorFields(v: ActorValues): Omit<CreateActorInput, 'id'> {
  return {
    name: v.name.trim(),
    acronym: textOrNull(v.acronym),
    kind: v.kind,
    ref: textOrNull(v.ref),
    aliases: lines(v.aliases),
    parent: textOrNull(v.parent),
  };
}

export function createActorInput(v: ActorValues): CreateActorInput {
  return { id: v.id.trim(), ...actorFields(v) };
}

/** Only what changed since the record was read; null when nothing did. */
export function updateActorInput(before: ActorValues, after: ActorValues): UpdateActorInput | null {
  const changes = changedFields(actorFields(before), actorFields(after));
  return Object.keys(changes).length > 0 ? changes : null;
}
