import { request } from '@/lib/graphql-client';
import { CreateMissionDocument, MissionForEditDocument, UpdateMissionDocument } from '../api/mission';
import {
  blankMission,
  createMissionInput,
  missionValues,
  updateMissionInput,
  type MissionRecord,
  type MissionValues,
} from '../utils/mission-values';
import { DeleteMissionDocument } from '../api/delete';
import type { EditorConfig } from './editor-config';
import { MissionFields } from './mission-fields';

export const missionEditor: EditorConfig<MissionRecord, MissionValues> = {
  kind: 'mission',
  noun: 'mission',
  title: (m) => m.acronym || m.name,
  ownerOf: (m) => m.owner,
  load: (id, signal) => request(MissionForEditDocument, { id }, { signal }).then((d) => d.mission ?? null),
  blank: () => blankMission(),
  toValues: missionValues,
  create: (v) => request(CreateMissionDocument, { input: createMissionInput(v) }).then((d) => d.createMission),
  update: (m, before, after) => {
    const input = updateMissionInput(before, after);
    return input && request(UpdateMissionDocument, { id: m.id, version: m.version, input }).then((d) => d.updateMission);
  },
  remove: (r) => request(DeleteMissionDocument, { id: r.id, version: r.version }),
  labels: { lead: 'Lead organisation', succeeds: 'Succeeds', clusters: 'Regional clusters', owner: 'Owner' },
  Fields: MissionFields,
};
