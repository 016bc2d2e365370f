import { useState } from 'react';
import type { Graph } from '../types';
import { download, downloadCsv } from '@/lib/download';
import { fileSlug } from '../utils/network-id';
import { edgesCsv, nodesCsv } from '../utils/network-csv';
import { networkGraphml } from '../utils/network-graphml';

type Props = { graph: Graph; focus: string; png: () => Promise<Blob> | undefined };

/** Saves what is shown: the picture, the data for spreadsheets, the graph for Gephi. */
export function ExportButtons({ graph, focus, png }: Props) {
  const base = `concord-network-${fileSlug(focus)}`;
  const [failure, setFailure] = useState<string>();
  const savePng = async () => {
    setFailure(undefined);
    try {
      const blob = await png();
      if (blob) download(`${base}.png`, blob);
    } catch (e) {
      setFailure(e instanceof Error ? e.message : String(e));
    }
  };
  // The byte-order mark tells spreadsheet programs the CSV is UTF-8 (names such as Côte d’Ivoire).
  const saveCsv = (suffix: string, csv: string) => downloadCsv(`${base}-${suffix}.csv`, csv);
  return (
    <div className="export-buttons" role="group" aria-label="Export what is shown">
      <button type="button" onClick={savePng}>
        Image of the view (PNG)
      </button>
      <button type="button" onClick={() => saveCsv('nodes', nodesCsv(graph.nodes))}>
        Nodes (CSV)
      </button>
      <button type="button" onClick={() => saveCsv('edges', edgesCsv(graph.edges))}>
        Edges (CSV)
      </button>
      <button
        type="button"
        onClick={() => download(`${base}.graphml`, networkGraphml(graph), 'application/graphml+xml;charset=utf-8')}
      >
        Graph (GraphML for Gephi)
      </button>
      {failure && (
        <p role="alert" className="error">
          The image could not be saved: {failure}
        </p>
      )}
    </div>
  );
}
