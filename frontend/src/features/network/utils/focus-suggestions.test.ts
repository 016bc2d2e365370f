import { describe, expect, it } from 'vitest';
import { focusSuggestions } from './focus-suggestions';

const answer = {
  countries: { edges: [{ node: { code: 'AFG', name: 'Afghanistan' } }] },
  actors: {
    edges: [
      { node: { id: 'acted', name: 'Agency for Technical Cooperation and Development', acronym: 'ACTED' } },
      { node: { id: 'afghan-aid', name: 'Afghanaid', acronym: null } },
    ],
  },
  missions: { edges: [{ node: { id: 'unama', name: 'UN Assistance Mission in Afghanistan', acronym: 'UNAMA' } }] },
};

describe('focusSuggestions', () => {
  it.each([
    {
      text: 'afgh',
      // Names starting with the text first; countries, actors, missions within a rank.
      want: ['country:AFG Afghanistan', 'actor:afghan-aid Afghanaid', 'actor:acted Agency for Technical Cooperation and Development (ACTED)', 'mission:unama UN Assistance Mission in Afghanistan (UNAMA)'],
    },
    {
      text: 'UNA',
      want: ['mission:unama UN Assistance Mission in Afghanistan (UNAMA)', 'country:AFG Afghanistan', 'actor:acted Agency for Technical Cooperation and Development (ACTED)', 'actor:afghan-aid Afghanaid'],
    },
  ])('$text', ({ text, want }) => {
    expect(focusSuggestions(text, answer).map((s) => `${s.id} ${s.label}`)).toEqual(want);
  });
});
