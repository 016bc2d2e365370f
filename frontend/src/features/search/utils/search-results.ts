// Turns the API's answers into the search box's groups: each kind ranked by how well the text
// matches (the API pages in id order, which says nothing about relevance), countries matched
// here from their names.
import { entityPath } from '@/components/entity-link';

export type SearchKind = 'mission' | 'actor' | 'activity' | 'country' | 'lesson';

export type SearchHit = { kind: SearchKind; id: string; label: string; detail?: string; href: string };

export type SearchGroup = { kind: SearchKind; title: string; hits: SearchHit[]; total: number };

/** The groups in the order they are shown. */
export const KIND_TITLES: Record<SearchKind, string> = {
  mission: 'Missions',
  actor: 'Actors',
  activity: 'Activities',
  country: 'Countries',
  lesson: 'Lessons',
};

/** Texts shorter than this are not searched: one letter matches nearly everything. */
export const MIN_SEARCH_LENGTH = 2;

export function normalise(text: string): string {
  return text.trim().toLowerCase();
}

/** Whether the lessons' full-text search can take the text: it needs a letter or digit. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * How well `text` matches a record's names and ids: 0 the whole of one, 1 the start of one,
 * 2 the start of a word in one, 3 anywhere in one; Infinity when none holds it.
 */
export function matchRank(text: string, fields: (string | null | undefined)[]): number {
  const t = normalise(text);
  let best = Infinity;
  for (const f of fields) {
    const v = (f ?? '').toLowerCase();
    if (!t || !v.includes(t)) continue;
    const rank = v === t ? 0 : v.startsWith(t) ? 1 : new RegExp(`[^\\p{L}\\p{N}]${escape(t)}`, 'u').test(v) ? 2 : 3;
    best = Math.min(best, rank);
  }
  return best;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The items best match first; equal matches keep their order. */
export function rankBy<T>(text: string, items: T[], fields: (item: T) => (string | null | undefined)[]): T[] {
  return items
    .map((item, i) => ({ item, i, rank: matchRank(text, fields(item)) }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((r) => r.item);
}

function years(start?: string | null, end?: string | null): string | undefined {
  if (!start && !end) return undefined;
  return `${start?.slice(0, 4) ?? '?'}–${end?.slice(0, 4) ?? ''}`;
}

function joined(...parts: (string | null | undefined)[]): string | undefined {
  const kept = parts.filter(Boolean);
  return kept.length ? kept.join(' · ') : undefined;
}

type Named = { id: string; name: string; acronym?: string | null };
type Mission = Named & { start?: string | null; end?: string | null };
type Actor = Named & { kind: string };
type Activity = { id: string; title: string; start?: string | null; end?: string | null };
type Country = { code: string; alpha2: string; name: string };
type Lesson = { id: string; title: string; date?: string | null; missions: { id: string }[]; countries: { code: string }[] };

export type RecordAnswer = {
  missions: { totalCount: number; edges: { node: Mission }[] };
  actors: { totalCount: number; edges: { node: Actor }[] };
  activities: { totalCount: number; edges: { node: Activity }[] };
};

export function missionHit(m: Mission): SearchHit {
  return {
    kind: 'mission',
    id: m.id,
    label: m.acronym || m.name,
    detail: joined(m.acronym ? m.name : undefined, years(m.start, m.end)),
    href: entityPath('mission', m.id),
  };
}

export function actorHit(a: Actor): SearchHit {
  return {
    kind: 'actor',
    id: a.id,
    label: a.acronym || a.name,
    detail: joined(a.acronym ? a.name : undefined, a.kind.toLowerCase().replace(/_/g, ' ')),
    href: entityPath('actor', a.id),
  };
}

export function activityHit(a: Activity): SearchHit {
  return { kind: 'activity', id: a.id, label: a.title, detail: joined(a.id, years(a.start, a.end)), href: entityPath('activity', a.id) };
}

export function countryHit(c: Country): SearchHit {
  return { kind: 'country', id: c.code, label: c.name, detail: c.code, href: entityPath('country', c.code) };
}

/** A lesson has no page of its own: it opens on the page of the mission, else the country, it is about. */
export function lessonHit(l: Lesson): SearchHit {
  const href = l.missions[0]
    ? `${entityPath('mission', l.missions[0].id)}#lessons`
    : l.countries[0]
      ? entityPath('country', l.countries[0].code)
      : `/search?q=${encodeURIComponent(l.title)}`;
  return { kind: 'lesson', id: l.id, label: l.title, detail: l.date ?? undefined, href };
}

/** Countries whose name, ISO alpha-3 or alpha-2 code holds the text, best first. */
export function matchCountries(text: string, countries: Country[]): Country[] {
  const fields = (c: Country) => [c.name, c.code, c.alpha2];
  return rankBy(
    text,
    countries.filter((c) => matchRank(text, fields(c)) < Infinity),
    fields,
  );
}

type Answers = { records?: RecordAnswer; lessons?: Lesson[]; countries?: Country[] };

/** The non-empty groups, each ranked and cut to `limit` hits (its total says how many there are). */
export function searchGroups(text: string, answers: Answers, limit: number): SearchGroup[] {
  const named = (r: Named) => [r.acronym, r.name, r.id];
  const r = answers.records;
  const countries = matchCountries(text, answers.countries ?? []);
  const groups: Record<SearchKind, { hits: SearchHit[]; total: number }> = {
    mission: {
      hits: rankBy(text, r?.missions.edges.map((e) => e.node) ?? [], named).map(missionHit),
      total: r?.missions.totalCount ?? 0,
    },
    actor: { hits: rankBy(text, r?.actors.edges.map((e) => e.node) ?? [], named).map(actorHit), total: r?.actors.totalCount ?? 0 },
    activity: {
      hits: rankBy(text, r?.activities.edges.map((e) => e.node) ?? [], (a) => [a.id, a.title]).map(activityHit),
      total: r?.activities.totalCount ?? 0,
    },
    country: { hits: countries.map(countryHit), total: countries.length },
    // The full-text search ranks lessons itself.
    lesson: { hits: (answers.lessons ?? []).map(lessonHit), total: answers.lessons?.length ?? 0 },
  };
  return (Object.keys(KIND_TITLES) as SearchKind[])
    .map((kind) => ({ kind, title: KIND_TITLES[kind], hits: groups[kind].hits.slice(0, limit), total: groups[kind].total }))
    .filter((g) => g.hits.length > 0);
}
