// Stilas search UI: the reader's side of the search, shared by every theme. A plain ES module
// without dependencies, loaded on every page with
//
//   <script type="module" src="/sok/sok-ui.js"></script>
//
// It enhances markup that works without it (progressive enhancement):
//
// - Every `<form data-sok-topp>` (the header's search form: method get, action /sok/, an input
//   named q) becomes a WAI-ARIA combobox: while the reader types, up to 8 word completions
//   (search.suggest) are shown in a listbox. Arrow down/up move through them (the input keeps
//   focus, aria-activedescendant points at the option), Enter searches for the chosen one,
//   Escape closes the list, Tab leaves it. Without JavaScript the form simply leads to /sok/?q=…
//
// - The element `[data-sok-side]` on /sok/ becomes the search page. It must hold:
//     form[data-sok-skjema] with input[name=q]      the page's search field
//     [data-sok-status]                             an empty polite live region (role="status")
//     [data-sok-melding]                            the no-JavaScript notice (replaced)
//     [data-sok-oversikter]                         links to the overview pages (sections)
//   and may hold [data-sok-resultat] (where results go; made when missing). The query lives in
//   the URL (?q=kommune&type=verktoy&type=metoder: one parameter per selected facet value), so
//   results can be linked and the back button works. Results come as the reader types (after a
//   short pause) and on Enter; the live region says how many ("12 treff for «kommune»").
//
// Markup made here carries both neutral classes (sok-…) that the themes style and Designsystemet
// classes (ds-…), which a theme without Designsystemet simply ignores. The engine
// (stilas-search.js) and the index (indeks/) are found beside this file.

const ENGINE_URL = new URL('./stilas-search.js', import.meta.url).href;
const INDEX_URL = new URL('./indeks/', import.meta.url).href;
const PAGE_SIZE = 10;
const TYPING_PAUSE_MS = 250;
const SUGGEST_PAUSE_MS = 100;
const FACET_VALUES_SHOWN = 8;       // a facet with more values shows this many until expanded
const WIDE_SCREEN = '(min-width: 56rem)';

let enginePromise = null;

/** The opened search engine (loaded once, on first use). */
function engine() {
  if (!enginePromise) {
    enginePromise = import(ENGINE_URL).then((module) => module.openSearch({ base: INDEX_URL }));
    enginePromise.catch(() => { enginePromise = null; });
  }
  return enginePromise;
}

/** An element `tag` with attributes and children (strings become text nodes). */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') element.className = value;
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

let idCounter = 0;
function newId(prefix) {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

function quoted(text) {
  return `«${text}»`;
}

const numberFormat = new Intl.NumberFormat('nb-NO');
function count(n) {
  return numberFormat.format(n);
}

// Dates from the index are ISO (2024-09-01, 2024-09, 2024); shown the Norwegian way.
function formatDate(iso) {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso ?? '');
  if (!match) return iso ?? '';
  const [, year, month, day] = match;
  if (!month) return year;
  try {
    const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
    const options = day ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { month: 'long', year: 'numeric', timeZone: 'UTC' };
    return new Intl.DateTimeFormat('nb-NO', options).format(date);
  } catch {
    return iso;
  }
}

// ---- The header field: a combobox with word suggestions ------------------------------------

class HeaderCombobox {
  constructor(form) {
    this.form = form;
    this.input = form.querySelector('input[name="q"]');
    this.options = [];
    this.active = -1;
    this.sequence = 0;
    this.timer = 0;
    if (!this.input) return;
    const base = this.input.id || newId('sok-topp');
    this.input.id = base;
    this.list = h('ul', { class: 'sok-forslag', id: `${base}-forslag`, role: 'listbox', 'aria-label': 'Forslag', hidden: true });
    this.status = h('div', { class: 'sok-skjult ds-sr-only', role: 'status' });
    form.append(this.list, this.status);
    this.input.setAttribute('role', 'combobox');
    this.input.setAttribute('aria-autocomplete', 'list');
    this.input.setAttribute('aria-expanded', 'false');
    this.input.setAttribute('aria-controls', this.list.id);
    this.input.setAttribute('autocomplete', 'off');
    this.input.addEventListener('focus', () => { engine().catch(() => {}); });
    this.input.addEventListener('input', () => this.scheduleSuggestions());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => this.close());
    // A pointer on an option must not take focus from the input (that would close the list).
    this.list.addEventListener('mousedown', (event) => event.preventDefault());
    this.list.addEventListener('click', (event) => {
      const option = event.target.closest('[role="option"]');
      if (option) this.choose(Number(option.dataset.index));
    });
  }

  scheduleSuggestions() {
    this.active = -1;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.suggest(), SUGGEST_PAUSE_MS);
  }

  async suggest() {
    const sequence = ++this.sequence;
    const text = this.input.value;
    if (text.trim().length < 2) {
      this.close();
      return;
    }
    let words = [];
    try {
      words = await (await engine()).suggest(text);
    } catch {
      words = [];
    }
    if (sequence !== this.sequence || document.activeElement !== this.input) return;
    const typed = text.toLocaleLowerCase('nb');
    this.options = words.filter((word) => word.toLocaleLowerCase('nb') !== typed);
    this.render(text);
  }

  render(text) {
    this.list.dataset.sokForslagFor = text;    // which text these suggestions complete
    this.list.replaceChildren(...this.options.map((word, index) => {
      const option = h('li', { class: 'sok-forslag-valg', id: `${this.list.id}-${index}`, role: 'option', 'aria-selected': 'false', 'data-index': index });
      // The part the reader typed plain, the completion in bold.
      const shared = word.toLocaleLowerCase('nb').startsWith(text.toLocaleLowerCase('nb')) ? text.length : 0;
      option.append(word.slice(0, shared), h('strong', {}, word.slice(shared)));
      return option;
    }));
    if (this.options.length === 0) {
      this.close();
      return;
    }
    this.open();
    const n = this.options.length;
    this.status.textContent = `${n} forslag. Bruk pil ned og pil opp for å velge.`;
  }

  open() {
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }

  close() {
    clearTimeout(this.timer);
    this.sequence++;
    this.setActive(-1);
    if (!this.list.hidden) this.status.textContent = '';
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
  }

  isOpen() {
    return !this.list.hidden;
  }

  setActive(index) {
    const previous = this.list.querySelector('[aria-selected="true"]');
    previous?.setAttribute('aria-selected', 'false');
    this.active = index;
    if (index < 0) {
      this.input.removeAttribute('aria-activedescendant');
      return;
    }
    const option = this.list.children[index];
    option.setAttribute('aria-selected', 'true');
    this.input.setAttribute('aria-activedescendant', option.id);
    option.scrollIntoView({ block: 'nearest' });
  }

  choose(index) {
    const word = this.options[index];
    if (word === undefined) return;
    this.input.value = word;
    this.close();
    if (typeof this.form.requestSubmit === 'function') this.form.requestSubmit();
    else this.form.submit();
  }

  onKey(event) {
    if (event.altKey && event.key !== 'ArrowDown') return;
    const n = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        if (n === 0) return;
        event.preventDefault();
        if (!this.isOpen()) {
          this.open();
          if (!event.altKey) this.setActive(0);
        } else {
          this.setActive(this.active + 1 >= n ? 0 : this.active + 1);
        }
        break;
      case 'ArrowUp':
        if (n === 0) return;
        event.preventDefault();
        if (!this.isOpen()) this.open();
        this.setActive(this.active <= 0 ? n - 1 : this.active - 1);
        break;
      case 'Enter':
        if (this.isOpen() && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        } else {
          this.close();
        }
        break;
      case 'Escape':
        if (this.isOpen()) {
          event.preventDefault();
          this.close();
        }
        break;
      case 'Tab':
        this.close();
        break;
      case 'ArrowLeft':
      case 'ArrowRight':
      case 'Home':
      case 'End':
        this.setActive(-1);
        break;
      default:
        break;
    }
  }
}

// ---- The search page -------------------------------------------------------------------------

/** The query in the page's URL: { q, filters: { facet: [values] } }. */
function readLocation() {
  const params = new URLSearchParams(window.location.search);
  const filters = {};
  for (const [name, value] of params) {
    if (name === 'q' || value === '') continue;
    (filters[name] ??= []).includes(value) || filters[name].push(value);
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

function locationFor(q, filters) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const [name, values] of Object.entries(filters)) for (const value of values) params.append(name, value);
  const search = params.toString();
  return `${window.location.pathname}${search ? `?${search}` : ''}`;
}

function filterCount(filters) {
  return Object.values(filters).reduce((sum, values) => sum + values.length, 0);
}

class SearchPage {
  constructor(root) {
    this.root = root;
    this.form = root.querySelector('form[data-sok-skjema]');
    this.input = this.form?.querySelector('input[name="q"]');
    this.status = root.querySelector('[data-sok-status]');
    this.notice = root.querySelector('[data-sok-melding]');
    this.overviews = root.querySelector('[data-sok-oversikter]');
    this.results = root.querySelector('[data-sok-resultat]');
    this.q = '';
    this.filters = {};
    this.shown = PAGE_SIZE;
    this.sequence = 0;
    this.timer = 0;
    this.expanded = new Set();        // facets whose every value is shown
    this.checkboxIds = new Map();     // facet + value → a stable id
    this.baseTitle = document.title;
    this.filtersOpen = null;          // the reader's choice for the filter panel, once made
  }

  start() {
    if (!this.form || !this.input || !this.status) return;
    if (!this.results) {
      this.results = h('div', { class: 'sok-resultat', 'data-sok-resultat': true });
      this.status.after(this.results);
    }
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      clearTimeout(this.timer);
      this.setQuery(this.input.value.trim(), { push: true });
    });
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.setQuery(this.input.value.trim(), { push: false }), TYPING_PAUSE_MS);
    });
    window.addEventListener('popstate', () => this.fromLocation());
    this.wide = window.matchMedia(WIDE_SCREEN);
    this.wide.addEventListener?.('change', () => this.syncFilterPanel());
    this.fromLocation();
  }

  fromLocation() {
    const { q, filters } = readLocation();
    this.q = q;
    this.filters = filters;
    this.shown = PAGE_SIZE;
    if (this.input.value.trim() !== q) this.input.value = q;
    this.run();
  }

  setQuery(q, { push }) {
    if (q === this.q && !push) return;
    const changed = q !== this.q;
    this.q = q;
    this.shown = PAGE_SIZE;
    this.updateLocation(push && changed);
    this.run();
  }

  updateLocation(push) {
    const url = locationFor(this.q, this.filters);
    const current = window.location.pathname + window.location.search;
    if (url === current) return;
    if (push) window.history.pushState(null, '', url);
    else window.history.replaceState(null, '', url);
  }

  setNotice(...children) {
    if (!this.notice) return;
    this.notice.replaceChildren(...children);
    this.notice.hidden = children.length === 0;
  }

  showOverviews(visible) {
    if (this.overviews) this.overviews.hidden = !visible;
  }

  // Runs the current query; `focusKey` puts focus back on a filter after the facets are redrawn,
  // `moreFrom` appends results from that position (the "show more" button) and focuses the first.
  async run({ focusKey = null, moreFrom = -1 } = {}) {
    const sequence = ++this.sequence;
    document.title = this.q ? `${quoted(this.q)} – ${this.baseTitle}` : this.baseTitle;
    if (!this.q) {
      this.results.replaceChildren();
      this.results.hidden = true;
      this.status.textContent = '';
      this.setNotice('Skriv ett eller flere ord i søkefeltet. Du kan skrive på bokmål eller nynorsk, i hvilken som helst bøyningsform, og søket tåler en skrivefeil. Du kan også bla i oversiktene nedenfor.');
      this.showOverviews(true);
      return;
    }
    this.root.setAttribute('aria-busy', 'true');
    let answer;
    try {
      const search = await engine();
      answer = await search.query(this.q, { filters: this.filters, limit: this.shown, offset: 0 });
    } catch (error) {
      if (sequence !== this.sequence) return;
      this.root.removeAttribute('aria-busy');
      this.results.replaceChildren();
      this.results.hidden = true;
      this.status.textContent = 'Søket virker ikke akkurat nå.';
      this.setNotice('Søket kunne ikke lastes. Prøv igjen senere, eller bla i oversiktene nedenfor.');
      this.showOverviews(true);
      console.warn('sok-ui:', error);
      return;
    }
    if (sequence !== this.sequence) return;
    this.root.removeAttribute('aria-busy');
    this.render(answer, { focusKey, moreFrom });
  }

  statusText(answer) {
    const shownQuery = quoted(answer.corrected ?? this.q);
    let text = answer.total === 0 ? `Ingen treff for ${shownQuery}` : `${count(answer.total)} treff for ${shownQuery}`;
    if (answer.corrected) text += ` (du skrev ${quoted(this.q)})`;
    const n = filterCount(this.filters);
    if (n > 0) text += n === 1 ? ', med 1 filter' : `, med ${n} filtre`;
    if (answer.results.length < answer.total) text += `. Viser ${count(answer.results.length)}`;
    return `${text}.`;
  }

  render(answer, { focusKey, moreFrom }) {
    const focusedKey = focusKey ?? document.activeElement?.dataset?.sokKey ?? null;
    this.status.textContent = this.statusText(answer);
    this.results.hidden = false;
    this.setNotice();
    const hasResults = answer.total > 0;
    this.showOverviews(!hasResults);

    const parts = [];
    if (answer.facets.length > 0 || filterCount(this.filters) > 0) parts.push(this.renderFilters(answer));
    const main = h('div', { class: 'sok-treffdel' });
    if (answer.corrected && hasResults) {
      main.append(h('p', { class: 'sok-rettet' }, 'Ingen sider har ', h('strong', {}, quoted(this.q)),
        '. Viser treff for ', h('strong', {}, quoted(answer.corrected)), '.'));
    }
    if (hasResults) {
      main.append(h('h2', { class: 'sok-treff-tittel', id: 'sok-treff-tittel' }, 'Treff'));
      const list = h('ol', { class: 'sok-liste', 'aria-labelledby': 'sok-treff-tittel' },
        answer.results.map((result, index) => this.renderResult(result, index)));
      main.append(list);
      if (answer.results.length < answer.total) {
        const left = answer.total - answer.results.length;
        const more = h('button', { class: 'ds-button sok-flere', type: 'button', 'data-variant': 'secondary' },
          `Vis flere treff (${count(Math.min(left, PAGE_SIZE))} av ${count(left)} til)`);
        more.addEventListener('click', () => {
          const from = answer.results.length;
          this.shown += PAGE_SIZE;
          this.run({ moreFrom: from });
        });
        main.append(more);
      }
    } else {
      main.append(this.renderNoResults(answer));
    }
    parts.push(main);
    this.results.replaceChildren(...parts);

    if (moreFrom >= 0) {
      const link = this.results.querySelectorAll('.sok-liste > li a')[moreFrom];
      link?.focus();
    } else if (focusedKey) {
      const again = this.results.querySelector(`[data-sok-key="${CSS.escape(focusedKey)}"]`);
      if (again) again.focus();
      else this.results.querySelector('.sok-filtre summary, .sok-filtre input')?.focus();
    }
  }

  renderResult(result, index) {
    const meta = [result.type_label, result.date ? formatDate(result.date) : null].filter(Boolean);
    const snippet = h('p', { class: 'sok-utdrag' });
    // The engine escapes the text and adds only <mark>: safe as HTML (docs/search.md).
    snippet.innerHTML = result.snippet_html ?? '';
    return h('li', { class: 'sok-treff', 'data-sok-nr': index + 1 },
      h('h3', { class: 'sok-treff-navn' }, h('a', { href: result.url }, result.title)),
      meta.length > 0 ? h('p', { class: 'sok-treff-meta' }, meta.join(' · ')) : null,
      snippet.innerHTML.trim() ? snippet : null);
  }

  renderNoResults(answer) {
    const box = h('div', { class: 'sok-ingen' });
    box.append(h('h2', { class: 'sok-ingen-tittel' }, `Ingen treff for ${quoted(this.q)}`));
    if (answer.corrected) {
      const link = h('a', { href: locationFor(answer.corrected, this.filters) }, answer.corrected);
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.input.value = answer.corrected;
        this.setQuery(answer.corrected, { push: true });
        this.input.focus();
      });
      box.append(h('p', {}, 'Mente du ', link, '?'));
    }
    const tips = h('ul', { class: 'sok-tips' },
      h('li', {}, 'Sjekk at ordene er riktig stavet.'),
      h('li', {}, 'Prøv færre ord, eller andre ord som betyr det samme.'));
    if (filterCount(this.filters) > 0) {
      tips.append(h('li', {}, 'Fjern noen av filtrene, eller ', this.clearFiltersButton('fjern alle filtre'), '.'));
    }
    tips.append(h('li', {}, 'Bla i oversiktene nedenfor.'));
    box.append(tips);
    return box;
  }

  clearFiltersButton(text) {
    const button = h('button', { class: 'ds-button sok-fjern', type: 'button', 'data-variant': 'tertiary', 'data-size': 'sm' }, text);
    button.addEventListener('click', () => {
      this.filters = {};
      this.shown = PAGE_SIZE;
      this.updateLocation(true);
      this.run().then(() => this.input.focus());
    });
    return button;
  }

  checkboxId(key) {
    if (!this.checkboxIds.has(key)) this.checkboxIds.set(key, newId('sok-filter'));
    return this.checkboxIds.get(key);
  }

  syncFilterPanel() {
    const details = this.results.querySelector('details.sok-filtre');
    if (details && this.filtersOpen === null) details.open = this.wide.matches;
  }

  renderFilters(answer) {
    const selected = filterCount(this.filters);
    const summaryText = selected > 0 ? `Avgrens treff (${selected} valgt)` : 'Avgrens treff';
    const details = h('details', { class: 'sok-filtre' }, h('summary', { class: 'sok-filtre-knapp' }, summaryText));
    details.open = this.filtersOpen ?? this.wide.matches;
    details.addEventListener('toggle', () => {
      if (details.open !== this.wide.matches || this.filtersOpen !== null) this.filtersOpen = details.open;
    });
    const body = h('div', { class: 'sok-filtre-innhold' });
    for (const facet of answer.facets) body.append(this.renderFacet(facet));
    if (selected > 0) body.append(h('p', { class: 'sok-fjern-alle' }, this.clearFiltersButton('Fjern alle filtre')));
    details.append(body);
    return details;
  }

  renderFacet(facet) {
    const wanted = this.filters[facet.name] ?? [];
    const fieldset = h('fieldset', { class: 'ds-fieldset sok-fasett' }, h('legend', { class: 'ds-label sok-fasett-navn' }, facet.label));
    const list = h('ul', { class: 'sok-fasett-verdier' });
    const long = facet.values.length > FACET_VALUES_SHOWN + 2;
    const expanded = this.expanded.has(facet.name);
    facet.values.forEach((value, index) => {
      const key = `${facet.name}:${value.value}`;
      const id = this.checkboxId(key);
      const checked = wanted.includes(value.value);
      const box = h('input', { class: 'ds-input', type: 'checkbox', id, name: facet.name, value: value.value, 'data-sok-key': key });
      box.checked = checked;
      box.addEventListener('change', () => this.toggleFilter(facet.name, value.value, box.checked, key));
      const item = h('li', { class: 'ds-field sok-fasett-verdi' }, box,
        h('label', { class: 'ds-label', for: id, 'data-weight': 'regular' }, `${value.label} `,
          h('span', { class: 'sok-antall' }, `(${count(value.count)})`)));
      if (long && !expanded && index >= FACET_VALUES_SHOWN && !checked) item.hidden = true;
      list.append(item);
    });
    fieldset.append(list);
    if (long) {
      const button = h('button', { class: 'ds-button sok-vis-alle', type: 'button', 'data-variant': 'tertiary', 'data-size': 'sm', 'aria-expanded': String(expanded), 'data-sok-key': `${facet.name}:*` },
        expanded ? 'Vis færre' : `Vis alle (${count(facet.values.length)})`);
      button.addEventListener('click', () => {
        const open = !this.expanded.has(facet.name);
        if (open) this.expanded.add(facet.name);
        else this.expanded.delete(facet.name);
        list.querySelectorAll('li').forEach((item, index) => {
          const checked = item.querySelector('input')?.checked;
          item.hidden = !open && index >= FACET_VALUES_SHOWN && !checked;
        });
        button.setAttribute('aria-expanded', String(open));
        button.textContent = open ? 'Vis færre' : `Vis alle (${count(facet.values.length)})`;
        if (open) list.querySelectorAll('li')[FACET_VALUES_SHOWN]?.querySelector('input')?.focus();
      });
      fieldset.append(button);
    }
    return fieldset;
  }

  toggleFilter(name, value, on, key) {
    const values = (this.filters[name] ?? []).filter((v) => v !== value);
    if (on) values.push(value);
    if (values.length > 0) this.filters[name] = values;
    else delete this.filters[name];
    this.shown = PAGE_SIZE;
    this.updateLocation(true);
    this.run({ focusKey: key });
  }
}

// ---- Start -------------------------------------------------------------------------------

function start() {
  for (const form of document.querySelectorAll('form[data-sok-topp]')) new HeaderCombobox(form);
  const page = document.querySelector('[data-sok-side]');
  if (page) new SearchPage(page).start();
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
else start();
