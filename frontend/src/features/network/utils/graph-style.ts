// How the drawing looks. Each node type has its own shape as well as its own colour, so types
// can be told apart without colour vision; the legend shows both.
import type { StylesheetJson } from 'cytoscape';

type NodeShape = 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'rectangle' | 'triangle' | 'star' | 'octagon' | 'vee';

export const NODE_LOOK: Record<string, { color: string; shape: NodeShape }> = {
  actor: { color: '#0969da', shape: 'ellipse' },
  mission: { color: '#bc4c00', shape: 'round-rectangle' },
  country: { color: '#1a7f37', shape: 'hexagon' },
  cluster: { color: '#8250df', shape: 'diamond' },
  mandate: { color: '#57606a', shape: 'rectangle' },
  activity: { color: '#9a6700', shape: 'triangle' },
  function: { color: '#bf3989', shape: 'star' },
  region: { color: '#116329', shape: 'octagon' },
  lesson: { color: '#6e7781', shape: 'vee' },
};

export const OVERLAP_COLOR = '#cf222e';
const FOCUS_COLOR = '#1b1f24';
const SELECTED_COLOR = '#fb8f44';

/**
 * The stylesheet. Labels are drawn only once they would be at least 8 px on screen
 * (`min-zoomed-font-size`), so a zoomed-out large graph skips text entirely. (A large graph's
 * ordinary edges are not Cytoscape's to draw: see edge-layer.ts.)
 */
export function graphStyle(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        width: 18,
        height: 18,
        'border-width': 1,
        'border-color': '#ffffff',
        label: 'data(label)',
        'font-size': 10,
        'min-zoomed-font-size': 8,
        'text-valign': 'bottom',
        'text-margin-y': 2,
        'text-max-width': '120px',
        'text-wrap': 'ellipsis',
        color: '#1b1f24',
        'text-events': 'no',
      },
    },
    ...Object.entries(NODE_LOOK).map(([type, look]) => ({
      selector: `node[type = "${type}"]`,
      style: { 'background-color': look.color, shape: look.shape },
    })),
    {
      selector: 'edge',
      style: {
        width: 1,
        'line-color': '#8c959f',
        'curve-style': 'bezier',
        'target-arrow-shape': 'triangle',
        'target-arrow-color': '#8c959f',
        'arrow-scale': 0.7,
      },
    },
    {
      // A summary of several nodes (group-nodes.ts): larger, with a double ring, and a label
      // always legible since it says how many it stands for.
      selector: 'node[?summary]',
      style: { width: 28, height: 28, 'border-width': 4, 'border-style': 'double', 'border-color': '#1b1f24', 'font-weight': 'bold' },
    },
    {
      selector: 'node.overlap',
      style: { 'border-width': 3, 'border-color': OVERLAP_COLOR },
    },
    {
      selector: 'edge.overlap',
      style: {
        width: 3,
        'line-color': OVERLAP_COLOR,
        'line-style': 'dashed',
        'target-arrow-shape': 'none',
        opacity: 1,
        'z-index': 10,
      },
    },
    {
      selector: 'node.focus',
      style: { width: 30, height: 30, 'border-width': 4, 'border-color': FOCUS_COLOR, 'font-weight': 'bold', 'z-index': 20 },
    },
    {
      selector: 'node:selected',
      style: { 'border-width': 4, 'border-color': SELECTED_COLOR, 'z-index': 30 },
    },
  ];
}
