// Deep links: /?focus=<name or id>&asOf=YYYY-MM-DD[&depth=1..3] opens that view, and the address follows what is shown.

export function readLink() {
  const query = new URLSearchParams(window.location.search);
  const asOf = query.get('asOf');
  const depth = Number(query.get('depth'));
  return { focus: query.get('focus'), asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf ?? '') ? asOf : null, depth: [1, 2, 3].includes(depth) ? depth : 1 };
}

export function writeLink(focus, asOf, depth) {
  const query = new URLSearchParams();
  if (focus) query.set('focus', focus);
  if (asOf) query.set('asOf', asOf);
  if (depth > 1) query.set('depth', String(depth));
  const address = `${window.location.pathname}${query.size ? `?${query}` : ''}`;
  if (address !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', address);
}
