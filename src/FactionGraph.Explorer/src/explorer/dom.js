// Building DOM from data. Every string from the graph (names, quotes, titles, addresses) comes from news articles,
// so it is only ever set as text (textContent), never parsed as markup.

/** An element with attributes and children; string children become text nodes. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's children. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A link only for http and https addresses; anything else (javascript:, data:, relative) stays plain text. */
export function sourceLink(address, text) {
  let url = null;
  try { url = new URL(address); } catch { /* not an absolute address */ }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return h('span', { class: 'address' }, text ?? address ?? '');
  return h('a', { href: url.href, rel: 'noopener noreferrer nofollow', target: '_blank' }, text ?? url.href);
}
