// The drawing: Cytoscape.js on a canvas, so names are painted as text and never become markup.
import cytoscape from 'cytoscape';

const kindShapes = { ALLIANCE: 'hexagon', GROUP: 'ellipse', STATE_ACTOR: 'round-rectangle', OTHER: 'diamond' };
const kindColours = { ALLIANCE: '#7b3294', GROUP: '#1b7837', STATE_ACTOR: '#2166ac', OTHER: '#8c8c8c' };
export const typeColours = {
  MEMBER_OF: '#1b7837', LEFT: '#a6611a', MERGED_INTO: '#5e3c99', RENAMED_TO: '#018571',
  SPLIT_FROM: '#e66101', AFFILIATED_WITH: '#4393c3', ALLIED_WITH: '#2c7bb6', FIGHTS_AGAINST: '#d7191c',
};

const style = [
  { selector: 'node', style: {
    label: 'data(name)', 'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 4, 'text-wrap': 'ellipsis', 'text-max-width': 140,
    width: 'data(size)', height: 'data(size)', 'border-width': 1, 'border-color': '#333' } },
  ...Object.entries(kindShapes).map(([kind, shape]) => ({ selector: `node[kind = "${kind}"]`, style: { shape, 'background-color': kindColours[kind] } })),
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#000' } },
  { selector: 'edge', style: {
    width: 2, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 0.9,
    label: 'data(type)', 'font-size': 8, 'text-rotation': 'autorotate', color: '#555', 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
  ...Object.entries(typeColours).map(([type, colour]) => ({ selector: `edge[type = "${type}"]`, style: { 'line-color': colour, 'target-arrow-color': colour } })),
  // Stance: asserted solid, reported dashed, contested dashed and thin, denied dotted ending in a bar.
  { selector: 'edge[stance = "reported"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[stance = "contested"]', style: { 'line-style': 'dashed', 'line-dash-pattern': [2, 4], width: 1.5 } },
  { selector: 'edge[stance = "denied"]', style: { 'line-style': 'dotted', 'target-arrow-shape': 'tee', opacity: 0.7 } },
  { selector: '.selected', style: { 'overlay-color': '#fc0', 'overlay-opacity': 0.35, 'overlay-padding': 6 } },
  { selector: '.on-path', style: { 'underlay-color': '#f0f', 'underlay-opacity': 0.3, 'underlay-padding': 6 } },
];

export function createGraph(container, { onNode, onEdge }) {
  const cy = cytoscape({ container, style, minZoom: 0.2, maxZoom: 3, wheelSensitivity: 0.3 });
  cy.on('tap', 'node', (event) => onNode(event.target.id()));
  cy.on('tap', 'edge', (event) => onEdge(event.target.data()));
  return {
    /** Replaces the drawing with these nodes and edges; the focus sits in the middle. */
    draw(nodes, edges, focusId) {
      cy.batch(() => {
        cy.elements().remove();
        cy.add(nodes.map((n) => ({ group: 'nodes', data: { ...n, size: 18 + 4 * Math.sqrt(n.degree ?? 1) }, classes: n.id === focusId ? 'focus' : '' })));
        cy.add(edges.filter((e) => cy.getElementById(e.source).nonempty() && cy.getElementById(e.target).nonempty())
          .map((e) => ({ group: 'edges', data: e })));
      });
      const focus = cy.getElementById(focusId);
      cy.layout(nodes.length > 40
        ? { name: 'cose', animate: false, randomize: false }
        : { name: 'concentric', animate: false, minNodeSpacing: 70, spacingFactor: 1.4,
            concentric: (node) => (node.id() === focusId ? 3 : focus.neighborhood().contains(node) ? 2 : 1), levelWidth: () => 1 })
        .run();
      // A handful of nodes would otherwise be blown up to fill the canvas.
      if (cy.zoom() > 1.5) { cy.zoom(1.5); cy.center(); }
    },
    select(id) {
      cy.elements('.selected').removeClass('selected');
      if (id) cy.getElementById(id).addClass('selected');
    },
    markPath(ids) {
      cy.elements('.on-path').removeClass('on-path');
      for (const id of ids) cy.getElementById(id).addClass('on-path');
    },
    count: () => ({ nodes: cy.nodes().length, edges: cy.edges().length }),
  };
}
