// The evidence panel: every quote behind the selected edge (stance, article, outlet, date, source address),
// or the selected faction's names and the articles that mention it, with counts of distinct articles and outlets.
import { h, fill, sourceLink } from './dom.js';
import { groupTitle, period, stanceOf } from './relations.js';

function counts(articles) {
  const ids = new Set(articles.map((a) => a.id));
  const outlets = new Set(articles.map((a) => a.outlet).filter(Boolean).map((o) => o.toLowerCase()));
  return h('p', { class: 'counts' }, `${ids.size} ${ids.size === 1 ? 'article' : 'articles'}, ${outlets.size} ${outlets.size === 1 ? 'outlet' : 'outlets'}`);
}

function articleLine(article) {
  return h('p', { class: 'source' },
    sourceLink(article.url, article.title), ' — ',
    h('span', { class: 'outlet' }, article.outlet ?? 'unknown outlet'), ', ',
    h('time', { datetime: article.publishedAt ?? undefined }, article.publishedAt ?? 'undated'),
    article.url ? [' ', h('span', { class: 'address' }, `(${article.url})`)] : null);
}

export function showEdge(panel, relation) {
  if (!relation) { fill(panel, h('p', {}, 'This relation has no evidence left at this date.')); return; }
  const stance = stanceOf(relation);
  fill(panel,
    h('h2', { id: 'evidence-title' }, `${relation.source.name} — ${groupTitle(relation.type, 'outgoing').toLowerCase()} — ${relation.target.name}`),
    h('p', { class: `stance stance-${stance}` }, `${relation.type} · ${stance}${period(relation) ? ` · ${period(relation)}` : ''} · ${relation.assertingCount} asserting, ${relation.denyingCount} denying`),
    counts(relation.evidence.map((e) => e.article)),
    h('ol', { class: 'quotes' }, relation.evidence.map((e) => h('li', { class: `quote stance-${e.stance.toLowerCase()}` },
      h('span', { class: 'badge' }, e.stance.toLowerCase()),
      h('blockquote', {}, e.quote),
      e.date ? h('p', { class: 'claim-date' }, `Claim dated ${e.date}`) : null,
      articleLine(e.article)))));
}

export function showFaction(panel, faction, onFocus) {
  if (!faction) { fill(panel, h('p', {}, 'Unknown faction.')); return; }
  const articles = faction.articles.nodes;
  fill(panel,
    h('h2', { id: 'evidence-title' }, faction.name),
    h('p', {}, `${faction.kind.replace('_', ' ').toLowerCase()}${faction.firstSeen ? ` · first seen ${faction.firstSeen}` : ''}${faction.lastSeen ? ` · last seen ${faction.lastSeen}` : ''}`),
    h('button', { type: 'button', onclick: () => onFocus(faction) }, `Show ${faction.name}'s relations`),
    faction.aliases.length ? h('p', { class: 'aliases' }, 'Also called: ', faction.aliases.join(' · ')) : null,
    counts(articles),
    faction.articles.totalCount > articles.length ? h('p', {}, `Showing ${articles.length} of ${faction.articles.totalCount} articles.`) : null,
    h('ul', { class: 'articles' }, articles.map((a) => h('li', {}, articleLine(a)))));
}
