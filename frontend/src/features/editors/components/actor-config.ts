import { request } from '@/lib/graphql-client';
import { ActorForEditDocument, CreateActorDocument, UpdateActorDocument } from '../api/actor';
import { DeleteActorDocument } from '../api/delete';
import { actorValues, blankActor, createActorInput, updateActorInput, type ActorRecord, type ActorValues } from '../utils/actor-values';
import type { EditorConfig } from './editor-config';
import { ActorFields } from './actor-fields';

export const actorEditor: EditorConfig<ActorRecord, ActorValues> = {
  kind: 'actor',
  noun: 'organisation',
  title: (a) => a.acronym || a.name,
  // Organisations belong to no one: only administrators change them (the API's rule).
  ownerOf: () => null,
  adminOnly: true,
  load: (id, signal) => request(ActorForEditDocument, { id }, { signal }).then((d) => d.actor ?? null),
  blank: () => blankActor(),
  toValues: actorValues,
  create: (v) => request(CreateActorDocument, { input: createActorInput(v) }).then((d) => d.createActor),
  update: (a, before, after) => {
    const input = updateActorInput(before, after);
    return input && request(UpdateActorDocument, { id: a.id, version: a.version, input }).then((d) => d.updateActor);
  },
  remove: (a) => request(DeleteActorDocument, { id: a.id, version: a.version }),
  labels: { ref: 'IATI organisation identifier', aliases: 'Other names', parent: 'Part of' },
  Fields: ActorFields,
};
