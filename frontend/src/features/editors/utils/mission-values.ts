import type { CreateMissionInput, MissionEditFieldsFragment, MissionModel, UpdateMissionInput } from '@/gql/graphql';
import { changedFields, intOrNull, lines, textOrNull } from './form-values';

export type MissionRecord = MissionEditFieldsFragment;

export type MissionValues = {
  id: string;
  name: string;
  acronym: string;
  model: MissionModel;
  lead: string;
  start: string;
  end: string;
  deployments: { country: string; from: string; to: string }[];
  contributors: { actor: string; role: string; personnel: string }[];
  mandates: string[];
  succeeds: string[];
  clusters: string[];
  /** One per line. */
  sources: string;
  note: string;
  confidential: boolean;
  owner: string;
};

export function blankMission(): MissionValues {
  return {
    id: '',
    name: '',
    acronym: '',
    model: 'PEACEKEEPING',
    lead: '',
    start: '',
    end: '',
    deployments: [],
    contributors: [],
    mandates: [],
    succeeds: [],
    clusters: [],
    sources: '',
    note: '',
    confidential: false,
    owner: '',
  };
}

export function missionValues(m: MissionRecord): MissionValues {
  return {
    id: m.id,
    name: m.name,
    acronym: m.acronym ?? '',
    model: m.model,
    lead: m.lead.id,
    start: m.start ?? '',
    end: m.end ?? '',
    deployments: m.deployments.map((d) => ({ country: d.country.code, from: d.from ?? '', to: d.to ?? '' })),
    contributors: m.contributors.map((c) => ({
      actor: c.actor.id,
      role: c.role ?? '',
      personnel: c.personnel == null ? '' : String(c.personnel),
    })),
    mandates: m.mandates.map((x) => x.id),
    succeeds: m.predecessors.map((x) => x.id),
    clusters: m.clusters.map((x) => x.id),
    sources: m.sources.join('\n'),
    note: m.note ?? '',
    confidential: m.confidential,
    owner: m.owner?.id ?? '',
  };
}

/** Everything but the id, as the API takes it; entries stay in place (even blank) so the API's indexes match the form's. */
function missionFields(v: MissionValues): Omit<CreateMissionInput, 'id'> {
  return {
    name: v.name.trim(),
    acronym: textOrNull(v.acronym),
    model: v.model,
    lead: v.lead.trim(),
    start: textOrNull(v.start),
    end: textOrNull(v.end),
    deployments: v.deployments.map((d) => ({
      country: d.country.trim().toUpperCase(),
      from: textOrNull(d.from),
      to: textOrNull(d.to),
    })),
    contributors: v.contributors.map((c) => ({
      actor: c.actor.trim(),
      role: textOrNull(c.role),
      personnel: intOrNull(c.personnel),
    })),
    mandates: v.mandates.map((x) => x.trim()),
    succeeds: v.succeeds.map((x) => x.trim()),
    clusters: v.clusters.map((x) => x.trim()),
    sources: lines(v.sources),
    note: textOrNull(v.note),
    confidential: v.confidential,
    owner: textOrNull(v.owner),
  };
}

export function createMissionInput(v: MissionValues): CreateMissionInput {
  return { id: v.id.trim(), ...missionFields(v) };
}

/** Only what changed since the record was read; null when nothing did. */
export function updateMissionInput(before: MissionValues, after: MissionValues): UpdateMissionInput | null {
  const changes = changedFields(missionFields(before), missionFields(after));
  return Object.keys(changes).length > 0 ? changes : null;
}
