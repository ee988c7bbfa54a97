// The record explorer's script, bundled by scripts/build.mjs into one small file of the site: no
// dependency, no request, no words of its own (the pages carry them as data attributes). It adds the
// search of the home page, the filters of the lists (their state in the URL's fragment, which works from
// `file://` as from a server) and the highlighting of paths in the flow picture. Without it every page
// still reads in full.

type Entry = readonly [kind: string, name: string, detail: string, url: string];

declare global {
  interface Window {
    ROPA_SEARCH?: readonly Entry[];
  }
}

const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (all, key: string) => (key in values ? String(values[key]) : all));

/** The fragment as parameters (`#eea=outside&country=US`); a plain anchor (`#finding-3`) has none. */
function fragment(): URLSearchParams {
  const hash = location.hash.slice(1);
  return new URLSearchParams(hash.includes('=') ? hash : '');
}

/** Replaces the fragment without a new history entry and without scrolling. */
function setFragment(params: URLSearchParams): void {
  const text = params.toString();
  const url = `${location.pathname}${location.search}${text ? `#${text}` : ''}`;
  try {
    history.replaceState(null, '', url);
  } catch {
    // a browser that refuses the history API on file:// still takes a new fragment
    location.replace(`#${text}`);
  }
}

// ---- lists ----

function setUpFilters(form: HTMLFormElement): void {
  const table = document.getElementById('list');
  const count = document.getElementById('count');
  if (!table || !count) return;
  const rows = Array.from(table.querySelectorAll<HTMLTableRowElement>('tbody tr'));
  const selects = Array.from(form.querySelectorAll<HTMLSelectElement>('select'));
  const template = count.dataset.template ?? '';

  const apply = (): void => {
    const wanted = selects.filter((s) => s.value !== '').map((s) => [s.name, s.value] as const);
    let shown = 0;
    for (const row of rows) {
      const visible = wanted.every(([key, value]) =>
        (row.getAttribute(`data-f-${key}`) ?? '').split(' ').includes(value),
      );
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    count.textContent = fill(template, { shown, total: rows.length });
  };

  const read = (): void => {
    const params = fragment();
    for (const select of selects) {
      const value = params.get(select.name) ?? '';
      // a value the list names beyond the select's first options (a large inventory) is added
      if (value && !Array.from(select.options).some((o) => o.value === value))
        select.add(new Option(value, value));
      select.value = value;
    }
    apply();
  };

  const write = (): void => {
    const params = new URLSearchParams();
    for (const select of selects) if (select.value) params.set(select.name, select.value);
    setFragment(params);
    apply();
  };

  form.addEventListener('change', write);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    write();
  });
  form.addEventListener('reset', () => setTimeout(write, 0));
  window.addEventListener('hashchange', read);
  read();
}

// ---- search ----

const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/** Most results shown per kind; the rest are counted. */
const PER_KIND = 50;

function setUpSearch(input: HTMLInputElement, form: HTMLFormElement): void {
  const results = document.getElementById('results');
  const status = document.getElementById('result-count');
  if (!results || !status) return;
  const entries = window.ROPA_SEARCH ?? [];
  const haystacks = entries.map(([, name, detail]) => fold(`${name} ${detail}`));
  const names = entries.map(([, name]) => fold(name));
  const kinds = JSON.parse(results.dataset.kinds ?? '{}') as Record<string, string>;
  const more = results.dataset.more ?? '';

  const search = (query: string): void => {
    results.replaceChildren();
    const words = fold(query).split(/\s+/).filter(Boolean);
    if (words.length === 0) {
      status.textContent = '';
      return;
    }
    const phrase = words.join(' ');
    const found = new Map<string, { rank: number; index: number }[]>();
    haystacks.forEach((haystack, index) => {
      if (!words.every((w) => haystack.includes(w))) return;
      const name = names[index]!;
      const rank = name === phrase ? 0 : name.startsWith(phrase) ? 1 : name.includes(phrase) ? 2 : 3;
      const kind = entries[index]![0];
      const list = found.get(kind) ?? [];
      list.push({ rank, index });
      found.set(kind, list);
    });
    let total = 0;
    for (const kind of Object.keys(kinds)) {
      const list = found.get(kind);
      if (!list) continue;
      total += list.length;
      list.sort((a, b) => a.rank - b.rank || a.index - b.index);
      const section = document.createElement('section');
      const heading = document.createElement('h2');
      heading.textContent = `${kinds[kind]} (${list.length})`;
      const ul = document.createElement('ul');
      for (const { index } of list.slice(0, PER_KIND)) {
        const [, name, detail, url] = entries[index]!;
        const li = document.createElement('li');
        const a = document.createElement('a');
        a.href = url;
        a.textContent = name;
        const small = document.createElement('span');
        small.className = 'detail';
        small.textContent = ` ${detail}`;
        li.append(a, small);
        ul.append(li);
      }
      if (list.length > PER_KIND) {
        const li = document.createElement('li');
        li.textContent = fill(more, { count: list.length - PER_KIND });
        ul.append(li);
      }
      section.append(heading, ul);
      results.append(section);
    }
    status.textContent =
      total === 0 ? (status.dataset.none ?? '') : fill(status.dataset.template ?? '', { count: total });
  };

  const run = (): void => {
    search(input.value);
    const params = new URLSearchParams();
    if (input.value) params.set('q', input.value);
    setFragment(params);
  };

  // Arrow keys move from the box through the results and back; Escape returns to the box
  const links = (): HTMLAnchorElement[] => Array.from(results.querySelectorAll('a'));
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      links()[0]?.focus();
      event.preventDefault();
    }
  });
  results.addEventListener('keydown', (event) => {
    const list = links();
    const at = list.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const move: Record<string, number | undefined> = {
      ArrowDown: at + 1,
      ArrowUp: at - 1,
      Home: 0,
      End: list.length - 1,
    };
    if (event.key === 'Escape' || (event.key === 'ArrowUp' && at === 0)) {
      input.focus();
      event.preventDefault();
      return;
    }
    const next = move[event.key];
    if (next !== undefined && list[next]) {
      list[next].focus();
      event.preventDefault();
    }
  });
  input.addEventListener('input', run);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  const initial = fragment().get('q') ?? new URLSearchParams(location.search).get('q') ?? '';
  if (initial) {
    input.value = initial;
    run();
  }
}

// ---- the flow picture ----

function setUpFlows(svg: SVGSVGElement): void {
  const bands = Array.from(svg.querySelectorAll<SVGPathElement>('path.link'));
  const nodes = Array.from(svg.querySelectorAll<SVGAElement>('a.node'));
  const from = new Map<string, SVGPathElement[]>();
  const to = new Map<string, SVGPathElement[]>();
  for (const band of bands) {
    const a = band.dataset.from ?? '';
    const b = band.dataset.to ?? '';
    from.set(a, [...(from.get(a) ?? []), band]);
    to.set(b, [...(to.get(b) ?? []), band]);
  }
  /** Every band on a path through `key`, upstream and downstream, and the nodes they join. */
  const paths = (key: string): Set<string> => {
    const lit = new Set<string>([key]);
    const walk = (start: string, next: Map<string, SVGPathElement[]>, end: 'from' | 'to') => {
      const queue = [start];
      while (queue.length > 0) {
        for (const band of next.get(queue.pop()!) ?? []) {
          band.classList.add('on');
          const other = band.dataset[end] ?? '';
          if (!lit.has(other)) {
            lit.add(other);
            queue.push(other);
          }
        }
      }
    };
    walk(key, from, 'to');
    walk(key, to, 'from');
    return lit;
  };
  const clear = (): void => {
    svg.classList.remove('lit');
    for (const element of svg.querySelectorAll('.on')) element.classList.remove('on');
  };
  const light = (event: Event): void => {
    const node = (event.target as Element).closest<SVGAElement>('a.node');
    if (!node) return;
    clear();
    const lit = paths(node.dataset.key ?? '');
    for (const other of nodes) if (lit.has(other.dataset.key ?? '')) other.classList.add('on');
    svg.classList.add('lit');
  };
  svg.addEventListener('mouseover', light);
  svg.addEventListener('focusin', light);
  svg.addEventListener('mouseleave', clear);
  svg.addEventListener('focusout', clear);
}

const filters = document.querySelector<HTMLFormElement>('form.filters');
if (filters) setUpFilters(filters);
const searchBox = document.querySelector<HTMLInputElement>('#q');
const searchForm = document.querySelector<HTMLFormElement>('#search');
if (searchBox && searchForm) setUpSearch(searchBox, searchForm);
const picture = document.querySelector<SVGSVGElement>('svg.flows');
if (picture) setUpFlows(picture);

export {};
