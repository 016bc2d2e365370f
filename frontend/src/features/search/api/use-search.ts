// One search across kinds: actors, missions and activities in one request, lessons beside it
// (a text the full-text search refuses leaves the lesson group empty, not the whole answer),
// countries from their names, read once.
import { useRef } from 'react';
import { request } from '@/lib/graphql-client';
import { useAsync } from '@/lib/use-async';
import { useQuery } from '@/lib/use-query';
import { hasWords, MIN_SEARCH_LENGTH, searchGroups, type SearchGroup } from '../utils/search-results';
import { CountryNamesQuery, LessonSearchQuery, RecordSearchQuery } from './search-queries';

export type SearchState = {
  /** The groups of the last answer: while the next one loads, the previous stays on screen. */
  groups: SearchGroup[];
  status: 'idle' | 'loading' | 'error' | 'success';
  error?: string;
  refetch: () => void;
};

/** Searches `text` (trimmed; nothing under MIN_SEARCH_LENGTH), `first` records of each kind. */
export function useSearch(text: string, first: number): SearchState {
  const t = text.trim();
  const skip = t.length < MIN_SEARCH_LENGTH;
  const countries = useQuery(CountryNamesQuery, {}, { skip });
  const found = useAsync(
    async (signal) => {
      const [records, lessons] = await Promise.all([
        request(RecordSearchQuery, { text: t, first }, { signal }),
        hasWords(t)
          ? request(LessonSearchQuery, { text: t, first }, { signal }).then(
              (d) => d.searchLessons.map((h) => h.lesson),
              () => [],
            )
          : Promise.resolve([]),
      ]);
      return { records, lessons };
    },
    ['search', t, first],
    { skip },
  );
  const last = useRef<SearchGroup[]>([]);

  if (skip) return { groups: [], status: 'idle', refetch: found.refetch };
  if (found.status === 'error') return { groups: [], status: 'error', error: found.error.message, refetch: found.refetch };
  if (found.status === 'success' && countries.status !== 'loading') {
    last.current = searchGroups(t, { ...found.data, countries: countries.data?.countries.edges.map((e) => e.node) }, first);
    return { groups: last.current, status: 'success', refetch: found.refetch };
  }
  return { groups: last.current, status: 'loading', refetch: found.refetch };
}
