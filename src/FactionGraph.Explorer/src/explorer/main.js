// The alliance explorer: search, the neighbourhood drawn, click to expand, a path finder, a date slider,
// the evidence panel and the relations list, all kept in step with the address bar.
import { findFaction, neighbourhood, edgeEvidence, factionEvidence } from './api.js';
import { h, fill } from './dom.js';
import { createGraph } from './graph.js';
import { readLink, writeLink } from './location.js';
import { pathFinder } from './pathFinder.js';
import { showRelations } from './relationsList.js';
import { showEdge, showFaction } from './evidence.js';
import { stanceOf } from './relations.js';
import { searchBox } from './search.js';
import { timeline } from './timeline.js';

const $ = (id) => document.getElementById(id);
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;
const state = { focus: null, asOf: null, depth: 1, expanded: [], selected: null, path: null };
const status = $('status');
let loads = 0;

const graph = createGraph($('graph'), { onNode: expand, onEdge: selectEdge });
const time = timeline({ slider: $('date-slider'), dateInput: $('date'), allTime: $('all-time'), play: $('play'), status: $('date-status') }, (asOf) => {
  state.asOf = asOf;
  render();
});
searchBox($('search'), focus);
$('depth').addEventListener('change', () => { state.depth = Number($('depth').value); render(); });
pathFinder({ form: $('path-form'), from: $('path-from'), to: $('path-to'), result: $('path-result') }, (found) => {
  state.path = found;
  render();
});

/** An edge as the drawing takes it: ids of its ends, its type and how its evidence puts it. */
const drawable = (edge) => ({ id: edge.id, source: edge.source.id ?? edge.source, target: edge.target.id ?? edge.target, type: edge.type,
  stance: stanceOf(edge.relation ?? edge), since: edge.since, until: edge.until });

async function focus(faction) {
  state.focus = faction;
  state.expanded = [];
  state.selected = null;
  state.path = null;
  await render();
}

async function expand(id) {
  if (id !== state.focus.id && !state.expanded.includes(id)) state.expanded.push(id);
  state.selected = { kind: 'node', id };
  await render();
}

async function selectEdge(edge) {
  state.selected = { kind: 'edge', id: edge.id, edge };
  graph.select(edge.id);
  showEdge($('evidence'), await edgeEvidence(edge));
}

/** Draws the focus, every expanded faction and any path as of the chosen day; fills the list and the panel. */
async function render() {
  if (!state.focus) return;
  writeLink(state.focus.name, state.asOf, state.depth);
  const ticket = ++loads;
  status.textContent = `Loading ${state.focus.name}…`;
  try {
    const [main, ...more] = await Promise.all([state.focus.id, ...state.expanded].map((id, i) => neighbourhood(id, state.asOf, i === 0 ? state.depth : 1)));
    if (ticket !== loads) return; // a newer view was asked for meanwhile
    const nodes = new Map();
    const edges = new Map();
    for (const part of [main, ...more]) {
      for (const node of part.neighborhood?.nodes ?? []) nodes.set(node.id, node);
      for (const edge of part.neighborhood?.edges ?? []) edges.set(edge.id, drawable(edge));
    }
    // The neighbourhood follows only asserted ties; the focus's own denied claims are drawn too, dotted.
    for (const relation of main.faction.relations) {
      for (const end of [relation.source, relation.target]) if (!nodes.has(end.id)) nodes.set(end.id, { ...end, degree: 1 });
      edges.set(relation.id, drawable(relation));
    }
    for (const node of state.path?.nodes ?? []) if (!nodes.has(node.id)) nodes.set(node.id, node);
    for (const edge of state.path?.edges ?? []) if (!edges.has(edge.id)) edges.set(edge.id, drawable(edge));
    graph.draw([...nodes.values()], [...edges.values()], state.focus.id);
    graph.markPath(state.path ? [...state.path.nodes.map((n) => n.id), ...state.path.edges.map((e) => e.id)] : []);
    const dated = [...edges.values()].map((e) => e.since).filter(Boolean).sort();
    if (dated.length) { time.widen(dated[0]); time.startPlayAt(dated[0]); }
    showRelations($('relations'), main.faction, { onEdge: selectEdge, onFocus: (other) => focus(other) });
    const counted = graph.count();
    status.textContent = `${main.faction.name}: ${count(counted.nodes, 'faction')}, ${count(counted.edges, 'relation')}${main.neighborhood?.truncated ? ' (cut at the node limit)' : ''}.`;
    if (state.selected?.kind === 'edge') await selectEdge(state.selected.edge);
    else if (state.selected?.kind === 'node') { graph.select(state.selected.id); showFaction($('evidence'), await factionEvidence(state.selected.id), focus); }
  } catch (error) {
    status.textContent = `Could not load: ${error.message}`;
  }
}

async function start() {
  const link = readLink();
  time.show(link.asOf);
  state.asOf = link.asOf;
  state.depth = link.depth;
  $('depth').value = String(link.depth);
  if (!link.focus) { fill($('relations'), h('p', {}, 'Search for a faction to see its relations.')); return; }
  const faction = await findFaction(link.focus).catch(() => null);
  if (!faction) { status.textContent = `No faction is called “${link.focus}”.`; return; }
  $('search').value = faction.name;
  await focus(faction);
}

start();
