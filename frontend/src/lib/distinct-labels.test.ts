import { describe, expect, it } from 'vitest';
import { distinctLabels, type Labelled } from './distinct-labels';

describe('distinctLabels', () => {
  const cases: { name: string; entries: Labelled[]; want: Record<string, string> }[] = [
    {
      name: 'unique labels stay as they are',
      entries: [
        { key: 'a1', label: 'EU', details: ['European Union'] },
        { key: 'a2', label: 'OSCE', details: ['Organization for Security and Co-operation in Europe'] },
      ],
      want: { a1: 'EU', a2: 'OSCE' },
    },
    {
      name: 'two actors called EU are told apart by their names',
      entries: [
        { key: 'eu', label: 'EU', details: ['European Union', 'intergovernmental'] },
        { key: 'council', label: 'EU', details: ['Council of the European Union', 'intergovernmental'] },
      ],
      want: { eu: 'EU (European Union)', council: 'EU (Council of the European Union)' },
    },
    {
      name: 'a mission and an activity called UNMIK are told apart by their kind',
      entries: [
        { key: 'm-unmik', label: 'UNMIK', details: ['UNMIK', 'mission', '1999-06-10 –'] },
        { key: 'x-1', label: 'UNMIK', details: ['UNMIK', 'activity', '2008-01-01 – 2008-12-31'] },
      ],
      want: { 'm-unmik': 'UNMIK (mission)', 'x-1': 'UNMIK (activity)' },
    },
    {
      name: 'the same record twice is one record',
      entries: [
        { key: 'eu', label: 'EU', details: ['European Union'] },
        { key: 'eu', label: 'EU', details: ['European Union'] },
      ],
      want: { eu: 'EU' },
    },
    {
      name: 'records alike in every detail fall back to their ids',
      entries: [
        { key: 'x-1', label: 'Support', details: ['activity'] },
        { key: 'x-2', label: 'Support', details: ['activity'] },
      ],
      want: { 'x-1': 'Support (id x-1)', 'x-2': 'Support (id x-2)' },
    },
    {
      name: 'three of a label: each gets the detail no other bears',
      entries: [
        { key: 'a', label: 'UN', details: ['United Nations', 'intergovernmental'] },
        { key: 'b', label: 'UN', details: ['United Nations', 'secretariat'] },
        { key: 'c', label: 'UN', details: ['UN Women', 'intergovernmental'] },
      ],
      want: { a: 'UN (United Nations, intergovernmental)', b: 'UN (secretariat)', c: 'UN (UN Women)' },
    },
  ];
  it.each(cases)('$name', ({ entries, want }) => {
    expect(Object.fromEntries(distinctLabels(entries))).toEqual(want);
  });
});
