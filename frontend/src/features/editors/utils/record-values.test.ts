import { describe, expect, it } from 'vitest';
import { eulex, lesson } from '../testing/fixtures';
import { createLessonInput, lessonValues, updateLessonInput } from './lesson-values';
import { blankMission, createMissionInput, missionValues, updateMissionInput } from './mission-values';

describe('mission values', () => {
  it('turns a record into form values and back into the same input', () => {
    const v = missionValues(eulex);
    expect(v.contributors).toEqual([{ actor: 'de', role: 'police', personnel: '120' }]);
    expect(v.end).toBe('');
    expect(createMissionInput(v)).toEqual({
      id: 'eulex',
      name: 'EU Rule of Law Mission in Kosovo',
      acronym: 'EULEX',
      model: 'MONITORING',
      lead: 'eu',
      start: '2008-02-16',
      end: null,
      deployments: [{ country: 'XKX', from: '2008-12-09', to: null }],
      contributors: [{ actor: 'de', role: 'police', personnel: 120 }],
      mandates: ['ja-2008-124'],
      succeeds: [],
      clusters: [],
      sources: ['https://www.eulex-kosovo.eu'],
      note: null,
      confidential: false,
      owner: 'eu',
    });
  });

  it('sends only what changed, clearing with null, and nothing when nothing changed', () => {
    const before = missionValues(eulex);
    expect(updateMissionInput(before, { ...before })).toBeNull();
    expect(updateMissionInput(before, { ...before, acronym: ' ', deployments: [...before.deployments, { country: 'srb', from: '', to: '' }] })).toEqual({
      acronym: null,
      deployments: [
        { country: 'XKX', from: '2008-12-09', to: null },
        { country: 'SRB', from: null, to: null },
      ],
    });
  });

  it('keeps blank entries so the API’s indexes point at the right inputs', () => {
    expect(createMissionInput({ ...blankMission(), mandates: ['', 'm2'] }).mandates).toEqual(['', 'm2']);
  });
});

describe('lesson values', () => {
  it('sends the three lists of what a lesson is about together, since the API replaces them together', () => {
    const before = lessonValues(lesson);
    expect(updateLessonInput(before, { ...before, countries: ['XKX', 'srb'] })).toEqual({
      about: { missions: ['eulex'], countries: ['XKX', 'SRB'], functions: ['POLICE'] },
    });
    expect(createLessonInput(before).author).toBe('eu');
  });
});
