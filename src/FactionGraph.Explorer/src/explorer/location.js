// Deep links: /?focus=<name or id>&asOf=YYYY-MM-DD opens that view, and the address follows what is shown.

export function readLink() {
  const query = new URLSearchParams(window.location.search);
  const asOf = query.get('asOf');
  return { focus: query.get('focus'), asOf: /^\d{4}-\d{2}-\d{2}$/.test(asOf ?? '') ? asOf : null };
}

export function writeLink(focus, asOf) {
  const query = new URLSearchParams();
  if (focus) query.set('focus', focus);
  if (asOf) query.set('asOf', asOf);
  const address = `${window.location.pathname}${query.size ? `?${query}` : ''}`;
  if (address !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, '', address);
}
