import type { Core } from 'cytoscape';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@/lib/use-query';
import { FilterChoicesQuery } from '../api/filter-choices';
import { useFunctionMembers, useRegionMembers } from '../api/filter-members';
import { NetworkOverlapsQuery } from '../api/network-overlaps';
import { useNetworkGraph } from '../api/use-network-graph';
import { NODE_TYPES, type Graph } from '../types';
import { readExplorerParams, writeExplorerParams, type ExplorerParams } from '../utils/explorer-params';
import { filterNetwork } from '../utils/filter-network';
import { groupNodes, isSummaryId } from '../utils/group-nodes';
import { focusCountry } from '../utils/network-id';
import { overlapEdges } from '../utils/overlap-edges';
import { SYNTHETIC_FOCUS, type SyntheticSize } from '../utils/synthetic-network';
import { ExportButtons } from './export-buttons';
import { FocusPicker } from './focus-picker';
import { NetworkCanvas, type NetworkCanvasHandle } from './network-canvas';
import { NetworkLegend } from './network-legend';
import { NetworkStatus } from './network-status';
import { NetworkTable } from './network-table';
import { NodeDetails } from './node-details';
import { QueryControls } from './query-controls';
import { ViewFilters, type ViewFilterValues } from './view-filters';
import './network-explorer.css';

declare global {
  interface Window {
    /**
     * The drawing, its size and how its last layout settled, for the measuring script
     * (`?synthetic=`) and the end-to-end tests, which read positions from it.
     */
    concordNetworkHarness?: { cy: Core; nodes: number; edges: number; fellBack: boolean; minDistance: number };
  }
}

type Props = {
  focus: string;
  depth: number;
  onFocus: (focus: string) => void;
  onDepth: (depth: number) => void;
  /** Measuring harness: draw a generated graph of this size instead of asking the API. */
  synthetic?: SyntheticSize;
};

const NO_GRAPH: Graph = { nodes: [], edges: [] };
const NONE: ReadonlySet<string> = new Set();

export function NetworkExplorer({ focus: askedFocus, depth, onFocus, onDepth, synthetic }: Props) {
  const offline = synthetic !== undefined;
  const focus = offline ? SYNTHETIC_FOCUS : askedFocus;
  // What is loaded and how it is filtered live in the address (explorer-params.ts).
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readExplorerParams(search), [search]);
  const setParams = useCallback(
    (change: Partial<ExplorerParams>) =>
      setSearch((prev) => writeExplorerParams(prev, { ...readExplorerParams(prev), ...change }), { replace: true }),
    [setSearch],
  );
  const { maxNodes, nodeTypes, edgeTypes } = params;
  const filters: ViewFilterValues = params;
  const [selected, setSelected] = useState<string>();
  /** The summaries the reader opened, for the network they were opened in. */
  const [opened, setOpened] = useState<{ key: string; ids: ReadonlySet<string> }>();
  const canvas = useRef<NetworkCanvasHandle>(null);

  const args = {
    focus,
    depth,
    maxNodes,
    nodeTypes: nodeTypes.length === NODE_TYPES.length ? null : nodeTypes,
    edgeTypes,
  };
  const layoutKey = JSON.stringify(args);
  const network = useNetworkGraph(args, synthetic);
  const choices = useQuery(FilterChoicesQuery, {}, { skip: offline });
  const functionMembers = useFunctionMembers(offline ? undefined : filters.fn || undefined);
  const regionMembers = useRegionMembers(offline ? undefined : filters.region || undefined);
  const overlaps = useQuery(
    NetworkOverlapsQuery,
    { country: focusCountry(focus) ?? null, function: filters.fn || null, at: filters.at || null },
    { skip: offline || !filters.showOverlaps },
  );

  const regions = useMemo(
    () => [...(choices.data?.regions ?? [])].sort((a, b) => a.name.localeCompare(b.name)),
    [choices.data],
  );

  const loaded = network.status === 'success' ? network.graph : NO_GRAPH;
  const filtered = useMemo(
    () =>
      filterNetwork(loaded, focus, {
        model: filters.model || undefined,
        at: filters.at || undefined,
        functionMembers: functionMembers.status === 'ready' ? functionMembers.ids : undefined,
        regionMembers: regionMembers.status === 'ready' ? regionMembers.ids : undefined,
      }),
    [loaded, focus, filters.model, filters.at, functionMembers, regionMembers],
  );
  const overlapping = useMemo(
    () =>
      filters.showOverlaps && overlaps.status === 'success'
        ? overlapEdges(
            overlaps.data.overlaps.edges.map((e) => e.node),
            new Set(filtered.nodes.map((n) => n.id)),
          )
        : [],
    [filters.showOverlaps, overlaps.status, overlaps.data, filtered],
  );
  const shown = useMemo(
    () => (overlapping.length ? { nodes: filtered.nodes, edges: [...filtered.edges, ...overlapping] } : filtered),
    [filtered, overlapping],
  );
  // The leaves of one type round a node are drawn as one summary until the reader opens it (group-nodes.ts).
  const expandedSummaries = opened?.key === layoutKey ? opened.ids : NONE;
  // The measuring harness can draw a graph ungrouped (`&group=off`), to time the layout alone.
  const ungrouped = offline && search.get('group') === 'off';
  const grouped = useMemo(
    () => (ungrouped ? { graph: shown, members: new Map<string, string[]>() } : groupNodes(shown, focus, expandedSummaries)),
    [ungrouped, shown, focus, expandedSummaries],
  );
  const openSummary = (id: string) => setOpened({ key: layoutKey, ids: new Set([...expandedSummaries, id]) });
  const select = (id: string | undefined) => (id && isSummaryId(id) ? openSummary(id) : setSelected(id));
  const selectedNode = selected ? shown.nodes.find((n) => n.id === selected) : undefined;
  const focusLabel = loaded.nodes.find((n) => n.id === focus)?.label ?? focus;

  return (
    <section className="network-explorer" aria-labelledby="network-heading">
      <h1 id="network-heading">Network around {focusLabel}</h1>
      {offline && (
        <p className="harness-note">
          Measuring harness: a generated graph of {synthetic.nodes} nodes and {synthetic.edges} edges, not data from
          the API.
        </p>
      )}
      <div className="network-layout">
        <div className="network-sidebar">
          <FocusPicker
            key={focus}
            focus={focus}
            focusLabel={focusLabel}
            onFocus={onFocus}
            disabled={offline}
          />
          <QueryControls
            depth={depth}
            onDepth={onDepth}
            maxNodes={maxNodes}
            onMaxNodes={(n) => setParams({ maxNodes: n })}
            nodeTypes={nodeTypes}
            onNodeTypes={(types) => setParams({ nodeTypes: types })}
            edgeTypes={edgeTypes}
            onEdgeTypes={(types) => setParams({ edgeTypes: types })}
            disabled={offline}
          />
          <ViewFilters
            values={filters}
            onChange={(f) => setParams(f)}
            functions={choices.data?.functions ?? []}
            regions={regions}
            functionMembers={functionMembers}
            regionMembers={regionMembers}
            offline={offline}
          />
        </div>
        <div className="network-main">
          <NetworkStatus
            network={network}
            focus={focus}
            depth={depth}
            maxNodes={maxNodes}
            shown={shown}
            overlaps={filters.showOverlaps && !offline ? overlaps : undefined}
            overlapPairs={overlapping.length}
            summaries={grouped.members.size}
            onRegroup={expandedSummaries.size > 0 ? () => setOpened(undefined) : undefined}
          />
          <div className="canvas-toolbar">
            <div role="group" aria-label="Zoom">
              <button type="button" onClick={() => canvas.current?.zoomBy(1.25)}>
                Zoom in
              </button>
              <button type="button" onClick={() => canvas.current?.zoomBy(0.8)}>
                Zoom out
              </button>
              <button type="button" onClick={() => canvas.current?.fit()}>
                Fit
              </button>
            </div>
            <ExportButtons graph={shown} focus={focus} png={() => canvas.current?.png()} />
          </div>
          <div className="canvas-wrap">
            <NetworkCanvas
              graph={grouped.graph}
              focus={focus}
              selected={selected}
              onSelect={select}
              layoutKey={layoutKey}
              label={`Network drawing: ${grouped.graph.nodes.length} nodes and ${grouped.graph.edges.length} edges around ${focusLabel}. The table below lists them.`}
              handle={canvas}
              onDrawn={(cy, layout) =>
                (window.concordNetworkHarness = { cy, nodes: grouped.graph.nodes.length, edges: grouped.graph.edges.length, ...layout })
              }
            />
            {selectedNode ? (
              <NodeDetails
                node={selectedNode}
                graph={shown}
                isFocus={selectedNode.id === focus}
                onFocus={() => onFocus(selectedNode.id)}
                onExpand={network.canExpand ? () => network.expand(selectedNode.id) : undefined}
                expanded={network.expanded.has(selectedNode.id)}
                expanding={network.expanding === selectedNode.id}
                onClose={() => setSelected(undefined)}
              />
            ) : (
              <p className="node-details node-details-empty">
                Select a node in the drawing or in the table to see it here. A node with a double ring stands for
                several alike: select it to show them.
              </p>
            )}
          </div>
          <NetworkLegend types={nodeTypes} />
          <NetworkTable graph={grouped.graph} focus={focus} onSelect={select} />
        </div>
      </div>
    </section>
  );
}
