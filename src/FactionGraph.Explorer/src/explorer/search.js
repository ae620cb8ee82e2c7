// A search box with suggestions (an ARIA combobox): any name or alias, in any script, matched by the API's name keys.
import { suggest, findFaction } from './api.js';
import { h, fill } from './dom.js';

let boxes = 0;

/** Wires an input to a suggestion list; onChoose gets { id, name } of the faction picked or typed. */
export function searchBox(input, onChoose) {
  const listId = `suggestions-${++boxes}`;
  const list = h('ul', { id: listId, role: 'listbox', class: 'suggestions', hidden: true });
  input.after(list);
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', listId);
  input.setAttribute('aria-expanded', 'false');
  let options = [];
  let active = -1;
  let asked = 0;

  const close = () => { list.hidden = true; input.setAttribute('aria-expanded', 'false'); active = -1; };
  const highlight = (index) => {
    active = index;
    options.forEach((o, i) => o.element.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) input.setAttribute('aria-activedescendant', options[index].element.id);
    else input.removeAttribute('aria-activedescendant');
  };
  const choose = (faction) => { close(); input.value = faction.name; onChoose(faction); };

  input.addEventListener('input', async () => {
    const text = input.value.trim();
    const ticket = ++asked;
    if (text.length < 2) { close(); return; }
    const factions = await suggest(text).catch(() => []);
    if (ticket !== asked) return; // an older answer arriving late must not replace a newer one
    options = factions.map((faction, i) => {
      const alias = faction.aliases.find((a) => a.toLowerCase().includes(text.toLowerCase()) && a !== faction.name);
      const element = h('li', { id: `${listId}-${i}`, role: 'option', 'aria-selected': 'false', 'data-id': faction.id },
        h('span', { class: 'name' }, faction.name), alias ? h('span', { class: 'alias' }, alias) : null,
        h('span', { class: `kind kind-${faction.kind}` }, faction.kind.replace('_', ' ').toLowerCase()));
      element.addEventListener('mousedown', (event) => { event.preventDefault(); choose(faction); });
      return { faction, element };
    });
    fill(list, options.length ? options.map((o) => o.element) : h('li', { class: 'none' }, 'No faction has such a name.'));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    highlight(-1);
  });

  input.addEventListener('keydown', async (event) => {
    if (event.key === 'ArrowDown' && options.length) { event.preventDefault(); highlight((active + 1) % options.length); }
    else if (event.key === 'ArrowUp' && options.length) { event.preventDefault(); highlight((active - 1 + options.length) % options.length); }
    else if (event.key === 'Escape') close();
    else if (event.key === 'Enter') {
      event.preventDefault();
      if (active >= 0) { choose(options[active].faction); return; }
      const faction = await findFaction(input.value.trim()).catch(() => null);
      if (faction) choose(faction);
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
}
