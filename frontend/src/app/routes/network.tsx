import { lazy, Suspense } from 'react';
import { useSearchParams } from 'react-router';
import { DEFAULT_FOCUS, isNetworkId } from '@/features/network/utils/network-id';
import { parseSyntheticSize } from '@/features/network/utils/synthetic-network';

// Cytoscape is most of the explorer's weight: loaded when the page is opened, not with the map.
const NetworkExplorer = lazy(() =>
  import('@/features/network/components/network-explorer').then((m) => ({ default: m.NetworkExplorer })),
);

const DEFAULT_DEPTH = 2;

function withParams(params: URLSearchParams, set: Record<string, string>): URLSearchParams {
  const out = new URLSearchParams(params);
  for (const [key, value] of Object.entries(set)) out.set(key, value);
  return out;
}

/** `/network?focus=country:XKX&depth=2`; `?synthetic=5000x20000` is the measuring harness. */
export function NetworkRoute() {
  const [params, setParams] = useSearchParams();
  const asked = params.get('focus') ?? '';
  const focus = isNetworkId(asked) ? asked : DEFAULT_FOCUS;
  const d = Number(params.get('depth') ?? DEFAULT_DEPTH);
  const depth = Number.isInteger(d) && d >= 0 && d <= 3 ? d : DEFAULT_DEPTH;
  const synthetic = parseSyntheticSize(params.get('synthetic'));
  return (
    <Suspense fallback={<p role="status">Loading the network explorer…</p>}>
      <NetworkExplorer
        focus={focus}
        depth={depth}
        synthetic={synthetic}
        // The explorer keeps its filters in the address too: they stay when the focus changes.
        onFocus={(next) => setParams((p) => withParams(p, { focus: next, depth: String(depth) }))}
        onDepth={(next) => setParams((p) => withParams(p, { focus, depth: String(next) }), { replace: true })}
      />
    </Suspense>
  );
}
