import { useQuery } from '@/lib/use-query';
import { EditorOptionsDocument } from '../api/options';

/** The ids of the datalists OptionLists renders, for the inputs' list attribute. */
export const OPTION_LISTS = {
  actors: 'editor-actor-options',
  countries: 'editor-country-options',
  missions: 'editor-mission-options',
  mandates: 'editor-mandate-options',
  clusters: 'editor-cluster-options',
} as const;

type Wanted = Partial<Record<keyof typeof OPTION_LISTS, boolean>>;

/**
 * Datalists of suggestions for id inputs, only of the kinds a form asks for. They are a
 * convenience: while loading, or if loading fails, the inputs simply offer none.
 */
export function OptionLists(wanted: Wanted) {
  const q = useQuery(EditorOptionsDocument, {
    actors: !!wanted.actors,
    countries: !!wanted.countries,
    missions: !!wanted.missions,
    mandates: !!wanted.mandates,
    clusters: !!wanted.clusters,
  });
  const d = q.data;
  const named = (name: string, short?: string | null) => (short ? `${name} (${short})` : name);
  return (
    <>
      <datalist id={OPTION_LISTS.actors}>
        {d?.actors?.edges.map(({ node }) => <option key={node.id} value={node.id} label={named(node.name, node.acronym)} />)}
      </datalist>
      <datalist id={OPTION_LISTS.countries}>
        {d?.countries?.edges.map(({ node }) => <option key={node.code} value={node.code} label={node.name} />)}
      </datalist>
      <datalist id={OPTION_LISTS.missions}>
        {d?.missions?.edges.map(({ node }) => <option key={node.id} value={node.id} label={named(node.name, node.acronym)} />)}
      </datalist>
      <datalist id={OPTION_LISTS.mandates}>
        {d?.mandates?.edges.map(({ node }) => <option key={node.id} value={node.id} label={node.reference} />)}
      </datalist>
      <datalist id={OPTION_LISTS.clusters}>
        {d?.clusters?.edges.map(({ node }) => <option key={node.id} value={node.id} label={node.name} />)}
      </datalist>
    </>
  );
}
