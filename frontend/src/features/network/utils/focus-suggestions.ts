// The focus picker's suggestions: the API's matches for the typed text, as network ids with the
// words a reader recognises, best first (a name or acronym that starts with the text before one
// that merely contains it; countries, then actors, then missions).
export type Suggestion = { id: string; label: string; kind: 'country' | 'actor' | 'mission' };

type Named = { name: string; acronym?: string | null };

export type SuggestionAnswer = {
  countries: { edges: { node: { code: string; name: string } }[] };
  actors: { edges: { node: { id: string } & Named }[] };
  missions: { edges: { node: { id: string } & Named }[] };
};

function label({ name, acronym }: Named): string {
  return acronym && acronym !== name ? `${name} (${acronym})` : name;
}

/** 0 when the name or acronym starts with the text, 1 otherwise. */
function rank(text: string, { name, acronym }: Named): number {
  const t = text.toLowerCase();
  return name.toLowerCase().startsWith(t) || acronym?.toLowerCase().startsWith(t) ? 0 : 1;
}

export function focusSuggestions(text: string, answer: SuggestionAnswer): Suggestion[] {
  const all = [
    ...answer.countries.edges.map(({ node }) => ({ named: { name: node.name }, s: { id: `country:${node.code}`, label: node.name, kind: 'country' as const } })),
    ...answer.actors.edges.map(({ node }) => ({ named: node, s: { id: `actor:${node.id}`, label: label(node), kind: 'actor' as const } })),
    ...answer.missions.edges.map(({ node }) => ({ named: node, s: { id: `mission:${node.id}`, label: label(node), kind: 'mission' as const } })),
  ];
  // A stable sort keeps countries, actors, missions in that order within a rank.
  return all.sort((a, b) => rank(text, a.named) - rank(text, b.named)).map((x) => x.s);
}
