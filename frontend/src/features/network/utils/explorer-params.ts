// The explorer's settings in the page's address, so that a reload, a bookmark or a shared link
// shows the same network: `max`, `types`, `edges` (what is loaded), `model`, `at`, `fn`,
// `region`, `overlaps=off` (how it is filtered). Defaults are left out of the address; values
// the explorer does not offer are ignored.
import type { FunctionCode, MissionModel } from '@/gql/graphql';
import { DEFAULT_NODE_TYPES, EDGE_TYPES, NODE_TYPES } from '../types';

export const MAX_NODES_CHOICES = [100, 250, 500, 1000] as const;
export const DEFAULT_MAX_NODES = 250;

const MODELS: readonly MissionModel[] = ['PEACEKEEPING', 'MONITORING', 'MEDIATION', 'TRAINING_SUPPORT', 'PREVENTIVE'];

export type ExplorerParams = {
  maxNodes: number;
  nodeTypes: string[];
  /** null: every relationship type. */
  edgeTypes: string[] | null;
  model: MissionModel | '';
  at: string;
  fn: FunctionCode | '';
  region: string;
  showOverlaps: boolean;
};

export const DEFAULT_PARAMS: ExplorerParams = {
  maxNodes: DEFAULT_MAX_NODES,
  nodeTypes: DEFAULT_NODE_TYPES,
  edgeTypes: null,
  model: '',
  at: '',
  fn: '',
  region: '',
  showOverlaps: true,
};

/** The known items of a comma-separated list, in the list's canonical order; undefined if none. */
function list(value: string | null, known: readonly string[]): string[] | undefined {
  if (!value) return undefined;
  const asked = new Set(value.split(','));
  const out = known.filter((t) => asked.has(t));
  return out.length ? out : undefined;
}

export function readExplorerParams(search: URLSearchParams): ExplorerParams {
  const max = Number(search.get('max'));
  const model = search.get('model') as MissionModel | null;
  const at = search.get('at') ?? '';
  const fn = search.get('fn') ?? '';
  const edges = list(search.get('edges'), EDGE_TYPES);
  return {
    maxNodes: (MAX_NODES_CHOICES as readonly number[]).includes(max) ? max : DEFAULT_MAX_NODES,
    nodeTypes: list(search.get('types'), NODE_TYPES) ?? DEFAULT_NODE_TYPES,
    edgeTypes: edges && edges.length < EDGE_TYPES.length ? edges : null,
    model: model && MODELS.includes(model) ? model : '',
    at: /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : '',
    // Function codes are checked by the API (an unknown one is an error the filter shows).
    fn: /^[A-Z_]+$/.test(fn) ? (fn as FunctionCode) : '',
    region: /^\d{3}$/.test(search.get('region') ?? '') ? search.get('region')! : '',
    showOverlaps: search.get('overlaps') !== 'off',
  };
}

/** `search` with the explorer's settings written in (other parameters kept; defaults removed). */
export function writeExplorerParams(search: URLSearchParams, p: ExplorerParams): URLSearchParams {
  const out = new URLSearchParams(search);
  const set = (key: string, value: string, fallback: string) => (value === fallback ? out.delete(key) : out.set(key, value));
  set('max', String(p.maxNodes), String(DEFAULT_MAX_NODES));
  set('types', p.nodeTypes.join(','), DEFAULT_NODE_TYPES.join(','));
  set('edges', p.edgeTypes?.join(',') ?? '', '');
  set('model', p.model, '');
  set('at', p.at, '');
  set('fn', p.fn, '');
  set('region', p.region, '');
  set('overlaps', p.showOverlaps ? '' : 'off', '');
  return out;
}
