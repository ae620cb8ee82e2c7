// Reads every export back with parsers nobody here wrote (graphology, graphology-gexf, graphology-graphml, xmldom)
// and compares node and edge counts with what GraphQL's neighborhood answers for the same arguments.
// Usage: node exports.mjs http://127.0.0.1:PORT
import { MultiDirectedGraph, MultiGraph } from 'graphology';
import gexf from 'graphology-gexf';
import graphml from 'graphology-graphml';
import { DOMParser } from '@xmldom/xmldom';
import { check, summary } from './check.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:5080';
const assert = (condition, message) => { if (!condition) throw new Error(message); };

async function graphql(query, variables) {
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const answer = await response.json();
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

async function exported(file, query) {
  const response = await fetch(`${base}/export/${file}?${new URLSearchParams(query)}`);
  const body = await response.text();
  assert(response.ok, `${file}: ${response.status} ${body}`);
  return body;
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
function csvRecords(text) {
  const records = [];
  let record = [], field = '', quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\n') { record.push(field.replace(/\r$/, '')); records.push(record); record = []; field = ''; }
    else field += c;
  }
  return records;
}

const cases = [
  { name: 'the alliance by an alias, depth 1', query: { center: 'Army of Conquest' }, id: 'jaysh-al-fath', depth: 1 },
  { name: 'a member by id, depth 2', query: { center: 'ahrar-al-sham', depth: '2' }, id: 'ahrar-al-sham', depth: 2 },
  { name: 'memberships only, as of 2015-06-01', query: { center: 'jaysh-al-fath', activeOn: '2015-06-01', types: 'MEMBER_OF' }, id: 'jaysh-al-fath', depth: 1, activeOn: '2015-06-01', types: ['MEMBER_OF'] },
  { name: 'as of 2014-01-01 (before the alliance)', query: { center: 'jaysh-al-fath', activeOn: '2014-01-01' }, id: 'jaysh-al-fath', depth: 1, activeOn: '2014-01-01' },
];

for (const c of cases) {
  const { neighborhood } = await graphql(
    'query($id: ID!, $depth: Int, $activeOn: Date, $types: [RelationType!]) { neighborhood(id: $id, depth: $depth, activeOn: $activeOn, types: $types) { nodes { id name kind } edges { id type since until } } }',
    { id: c.id, depth: c.depth, activeOn: c.activeOn ?? null, types: c.types ?? null });
  const nodes = neighborhood.nodes.length;
  const edges = neighborhood.edges.length;
  const same = (what, n, e) => assert(n === nodes && e === edges, `${what}: ${n} nodes and ${e} edges, GraphQL has ${nodes} and ${edges}`);

  await check(`GEXF 1.3 read by graphology-gexf: ${c.name} (${nodes} nodes, ${edges} edges)`, async () => {
    const xml = await exported('graph.gexf', c.query);
    const graph = gexf.parse(MultiGraph, xml);
    same('GEXF', graph.order, graph.size);
    for (const node of neighborhood.nodes) {
      assert(graph.getNodeAttribute(node.id, 'label') === node.name, `label of ${node.id}`);
      assert(graph.getNodeAttribute(node.id, 'kind') === node.kind, `kind of ${node.id}`);
    }
    for (const edge of neighborhood.edges) {
      const attributes = graph.getEdgeAttributes(edge.id);
      assert(attributes.relation === edge.type, `relation of ${edge.id}`);
      for (const name of ['asserted', 'reported', 'denied', 'articles', 'outlets']) assert(Number.isInteger(attributes[name]), `${name} of ${edge.id} is an integer`);
    }
    // graphology leaves dynamics aside; the spells are read with a plain XML parser.
    const document = new DOMParser().parseFromString(xml, 'application/xml');
    const root = document.documentElement;
    assert(root.namespaceURI === 'http://gexf.net/1.3' && root.getAttribute('version') === '1.3', 'GEXF 1.3');
    assert(root.getElementsByTagName('graph')[0].getAttribute('mode') === 'dynamic', 'dynamic graph');
    const spells = new Map(Array.from(root.getElementsByTagName('edge')).map((e) => [e.getAttribute('id'), e.getElementsByTagName('spell')[0]]));
    for (const edge of neighborhood.edges) {
      const spell = spells.get(edge.id);
      assert((spell?.getAttribute('start') || null) === edge.since, `spell start of ${edge.id} is since ${edge.since}`);
      assert((spell?.getAttribute('end') || null) === edge.until, `spell end of ${edge.id} is until ${edge.until}`);
    }
  });

  await check(`GraphML read by graphology-graphml: ${c.name}`, async () => {
    const xml = await exported('graph.graphml', c.query);
    const graph = graphml.parse(MultiGraph, xml);
    same('GraphML', graph.order, graph.size);
    for (const edge of neighborhood.edges) {
      const attributes = graph.getEdgeAttributes(edge.id);
      assert(attributes.relation === edge.type, `relation of ${edge.id}`);
      assert(typeof attributes.articles === 'number' && typeof attributes.confidence === 'number', 'typed keys become numbers');
    }
  });

  await check(`graphology JSON imported by graphology: ${c.name}`, async () => {
    const graph = new MultiDirectedGraph();
    graph.import(JSON.parse(await exported('graphology.json', c.query)));
    same('graphology', graph.order, graph.size);
    graph.forEachNode((id, a) => assert(typeof a.x === 'number' && typeof a.y === 'number' && a.label, `sigma needs x, y and label on ${id}`));
  });

  await check(`Cytoscape.js JSON and CSV: ${c.name}`, async () => {
    const { elements } = JSON.parse(await exported('cytoscape.json', c.query));
    same('Cytoscape', elements.nodes.length, elements.edges.length);
    const nodeRows = csvRecords(await exported('nodes.csv', c.query));
    const edgeRows = csvRecords(await exported('edges.csv', c.query));
    same('CSV', nodeRows.length - 1, edgeRows.length - 1);
    assert(nodeRows[0].join() === 'id,name,kind,aliases,degree,firstSeen,lastSeen', `nodes.csv header ${nodeRows[0]}`);
    assert(edgeRows[0].join() === 'id,source,target,relation,since,until,confidence,asserted,reported,denied,articles,outlets', `edges.csv header ${edgeRows[0]}`);
    assert(nodeRows.slice(1).every((r) => r.length === nodeRows[0].length), 'every node row has every column');
  });
}

await check('the whole graph exports every faction and every asserted edge', async () => {
  const { stats } = await graphql('{ stats { factions } }');
  const graph = gexf.parse(MultiGraph, await exported('graph.gexf', {}));
  assert(graph.order === stats.factions, `${graph.order} nodes, the store has ${stats.factions} factions`);
  const cytoscape = JSON.parse(await exported('cytoscape.json', {}));
  assert(cytoscape.elements.edges.length === graph.size, 'the same edges in every format');
});

process.exit(summary());
