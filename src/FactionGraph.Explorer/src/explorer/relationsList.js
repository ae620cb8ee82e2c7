// The selected faction's relations as plain HTML beside the drawing: headings and lists of buttons,
// usable from the keyboard and by screen readers (and read by the browser test).
import { h, fill } from './dom.js';
import { groupTitle, period, relationTypes, stanceOf } from './relations.js';

export function showRelations(container, faction, { onEdge, onFocus }) {
  const groups = new Map();
  for (const relation of faction.relations) {
    const direction = relation.source.id === faction.id ? 'outgoing' : 'incoming';
    const key = `${relation.type}-${direction}`;
    if (!groups.has(key)) groups.set(key, { type: relation.type, direction, relations: [] });
    groups.get(key).relations.push(relation);
  }
  const ordered = [...groups.values()].sort((a, b) =>
    relationTypes.indexOf(a.type) - relationTypes.indexOf(b.type) || a.direction.localeCompare(b.direction));
  fill(container,
    h('h2', { id: 'relations-title' }, `Relations of ${faction.name}`),
    ordered.length === 0 ? h('p', { class: 'empty' }, 'No relations at this date.') : null,
    ordered.map((group) => h('section', { class: 'group', 'data-group': `${group.type}-${group.direction}` },
      h('h3', {}, `${groupTitle(group.type, group.direction)} (${group.relations.length})`),
      h('ul', {}, group.relations.map((relation) => {
        const other = group.direction === 'outgoing' ? relation.target : relation.source;
        const stance = stanceOf(relation);
        return h('li', { 'data-edge': relation.id, 'data-stance': stance },
          h('button', { type: 'button', class: 'other', onclick: () => onFocus(other), title: `Show ${other.name}'s relations` }, other.name),
          ' ',
          h('button', { type: 'button', class: 'evidence', onclick: () => onEdge({ id: relation.id, source: relation.source.id, target: relation.target.id, type: relation.type }) },
            `Evidence (${relation.assertingCount + relation.denyingCount})`),
          h('span', { class: `stance stance-${stance}` }, ` ${stance}${period(relation) ? `, ${period(relation)}` : ''}`));
      })))));
}
