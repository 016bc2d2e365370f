import { request } from '@/lib/graphql-client';
import { ActivityForEditDocument, CreateActivityDocument, UpdateActivityDocument } from '../api/activity';
import {
  activityValues,
  blankActivity,
  createActivityInput,
  updateActivityInput,
  type ActivityRecord,
  type ActivityValues,
} from '../utils/activity-values';
import { DeleteActivityDocument } from '../api/delete';
import type { EditorConfig } from './editor-config';
import { ActivityFields } from './activity-fields';

export const activityEditor: EditorConfig<ActivityRecord, ActivityValues> = {
  kind: 'activity',
  noun: 'activity',
  title: (a) => a.title,
  ownerOf: (a) => a.owner,
  load: (id, signal) => request(ActivityForEditDocument, { id }, { signal }).then((d) => d.activity ?? null),
  blank: () => blankActivity(),
  toValues: activityValues,
  create: (v) => request(CreateActivityDocument, { input: createActivityInput(v) }).then((d) => d.createActivity),
  update: (a, before, after) => {
    const input = updateActivityInput(before, after);
    return input && request(UpdateActivityDocument, { id: a.id, version: a.version, input }).then((d) => d.updateActivity);
  },
  remove: (r) => request(DeleteActivityDocument, { id: r.id, version: r.version }),
  labels: { funders: 'Funding', functions: 'Functions it addresses', owner: 'Owner' },
  Fields: ActivityFields,
};
