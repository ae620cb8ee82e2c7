// The path finder: a shortest chain of relations between two factions, drawn and listed hop by hop.
import { path } from './api.js';
import { h, fill } from './dom.js';
import { searchBox } from './search.js';

export function pathFinder({ form, from, to, result }, onPath) {
  const chosen = { from: null, to: null };
  searchBox(from, (faction) => { chosen.from = faction; });
  searchBox(to, (faction) => { chosen.to = faction; });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!chosen.from || !chosen.to || from.value !== chosen.from.name || to.value !== chosen.to.name) {
      fill(result, h('p', { role: 'status' }, 'Pick both factions from the suggestions.'));
      return;
    }
    const found = await path(chosen.from.id, chosen.to.id).catch((error) => { fill(result, h('p', { role: 'alert' }, error.message)); return undefined; });
    if (found === undefined) return;
    if (!found) { fill(result, h('p', { role: 'status' }, `No path of at most 6 relations from ${chosen.from.name} to ${chosen.to.name}.`)); return; }
    const names = new Map(found.nodes.map((n) => [n.id, n.name]));
    fill(result, h('ol', { class: 'path' }, found.edges.map((e) =>
      h('li', {}, `${names.get(e.source)} — ${e.type} → ${names.get(e.target)}`))));
    onPath(found);
  });
}
