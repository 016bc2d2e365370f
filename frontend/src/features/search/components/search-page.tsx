// /search?q=: every kind's matches, more of them than the header's suggestions.
import { Link } from 'react-router';
import { EntityLink } from '@/components/entity-link';
import { useSearch } from '../api/use-search';
import { MIN_SEARCH_LENGTH, type SearchHit } from '../utils/search-results';
import './search.css';

/** Records of each kind on the page. */
export const RESULTS_PER_KIND = 50;

export function SearchPage({ text }: { text: string }) {
  const t = text.trim();
  const search = useSearch(t, RESULTS_PER_KIND);
  if (t.length < MIN_SEARCH_LENGTH) {
    return (
      <>
        <h1>Search</h1>
        <p className="empty">Type at least {MIN_SEARCH_LENGTH} characters in the search box at the top of the page: a name, an acronym or an id.</p>
      </>
    );
  }
  return (
    <div className="search-results">
      <h1>Search results for “{t}”</h1>
      {search.status === 'error' && (
        <p role="alert" className="error">
          The search failed: {search.error}{' '}
          <button type="button" onClick={search.refetch}>
            Retry
          </button>
        </p>
      )}
      <p role="status" className="note">
        {search.status === 'loading' && 'Searching…'}
        {search.status === 'success' &&
          (search.groups.length === 0 ? `Nothing matches “${t}”.` : search.groups.map((g) => `${g.title}: ${g.total}`).join(', '))}
      </p>
      {search.groups.map((g) => (
        <section key={g.kind} aria-labelledby={`results-${g.kind}`}>
          <h2 id={`results-${g.kind}`}>
            {g.title} <span className="note">({g.total > g.hits.length ? `first ${g.hits.length} of ${g.total}` : g.total})</span>
          </h2>
          <ul>
            {g.hits.map((hit) => (
              <li key={hit.id}>
                <HitLink hit={hit} />
                {hit.detail && <span className="search-detail">{hit.detail}</span>}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

function HitLink({ hit }: { hit: SearchHit }) {
  if (hit.kind === 'lesson') return <Link to={hit.href}>{hit.label}</Link>;
  return (
    <EntityLink kind={hit.kind} id={hit.id}>
      {hit.label}
    </EntityLink>
  );
}
