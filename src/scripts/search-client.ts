/**
 * The search page in the browser: loads Pagefind only when there is something to search, shows
 * results with title, type and excerpt, applies the filters, announces the result count and keeps
 * the address (?q=…&type=…) in step so a search can be shared, reloaded or returned to.
 *
 * Without JavaScript the page is a plain GET form (the header's search field leads here).
 * `data-state` on the root (idle, searching, done, error) lets tests and the benchmark wait for a
 * search to finish.
 */
import { filterNames, type FilterState, pagefindFilters, queryParameter, readAddress, writeAddress } from '../lib/search/address.ts';
import { EXCERPT_WORDS, ownWordsExcerpt } from '../lib/search/excerpt.ts';
import { formatMessage, type SearchStrings } from '../lib/search/messages.ts';
import type { Pagefind, PagefindResult, PagefindResultData } from '../lib/search/pagefind-api.ts';

/** How many results are rendered at a time. */
const PAGE_SIZE = 10;
/** Typing pauses this long before a search runs. */
const TYPING_DELAY = 250;
/** A search slower than this shows the loading message (the first one downloads the index). */
const LOADING_DELAY = 400;

/**
 * Pagefind's excerpt is text with <mark> around the matches. Rebuilt as nodes (text and <mark>
 * only), so nothing else in it can ever become markup.
 */
function excerptNodes(excerpt: string): Node[] {
	const template = document.createElement('template');
	template.innerHTML = excerpt;
	return [...template.content.childNodes].map((node) => {
		if (node instanceof HTMLElement && node.localName === 'mark') {
			const mark = document.createElement('mark');
			mark.textContent = node.textContent;
			return mark;
		}
		return document.createTextNode(node.textContent ?? '');
	});
}

export function startSearch(root: HTMLElement): void {
	const form = root.querySelector('form');
	const input = root.querySelector<HTMLInputElement>(`input[name="${queryParameter}"]`);
	const status = root.querySelector<HTMLElement>('[data-search-status]');
	const list = root.querySelector<HTMLOListElement>('[data-search-results]');
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
	const filterPanel = root.querySelector<HTMLDetailsElement>('[data-search-filters]');
	if (!form || !input || !status || !list || !more) return;
	const strings = JSON.parse(root.dataset.strings ?? '{}') as SearchStrings;
	const bundle = root.dataset.bundle ?? '/pagefind/';
	const lang = document.documentElement.lang;

	let pagefind: Promise<Pagefind> | undefined;
	let results: PagefindResult[] = [];
	let shown = 0;
	let generation = 0;
	let typingTimer: ReturnType<typeof setTimeout> | undefined;

	const load = () => {
		pagefind ??= (async () => {
			const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
			await module.options({ excerptLength: EXCERPT_WORDS });
			await module.init();
			// Loads the filter data, so that every search reports counts per filter value.
			await module.filters();
			return module;
		})();
		return pagefind;
	};

	const currentFilters = (): FilterState => {
		const data = new FormData(form);
		return Object.fromEntries(filterNames.map((name) => [name, data.getAll(name).map(String)])) as FilterState;
	};

	/** Sets the live region; an unchanged message is cleared first so screen readers say it again. */
	const announce = async (message: string) => {
		if (message && status.textContent === message) {
			status.textContent = '';
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
		status.textContent = message;
	};

	const showCounts = (counts: Record<string, Record<string, number>> | undefined) => {
		for (const element of root.querySelectorAll<HTMLElement>('[data-filter-count]')) {
			const [name, value] = (element.dataset.filterCount ?? '').split(':');
			const count = counts?.[name]?.[value];
			element.textContent = count === undefined ? '' : `(${new Intl.NumberFormat(lang).format(count)})`;
		}
	};

	const render = async (data: PagefindResultData): Promise<HTMLLIElement> => {
		const item = document.createElement('li');
		item.className = 'search-result';
		const type = data.filters.type?.[0];
		if (type && strings.types[type]) {
			const badge = document.createElement('p');
			badge.className = 'search-result__type';
			badge.textContent = strings.types[type];
			item.append(badge);
		}
		const heading = document.createElement('h2');
		heading.className = 'search-result__title';
		const link = document.createElement('a');
		link.href = data.url;
		link.textContent = data.meta.title ?? data.url;
		heading.append(link);
		const excerpt = document.createElement('p');
		excerpt.className = 'search-result__excerpt';
		const own = ownWordsExcerpt(data);
		if (!input.value.trim() || own === null || !data.excerpt.trim()) {
			excerpt.textContent = data.meta.description ?? '';
		} else if (own) {
			own.words.forEach((word, index) => {
				if (index > 0) excerpt.append(' ');
				if (!own.marked[index]) return excerpt.append(word);
				const mark = document.createElement('mark');
				mark.textContent = word;
				excerpt.append(mark);
			});
		} else {
			excerpt.append(...excerptNodes(data.excerpt));
		}
		item.append(heading, excerpt);
		return item;
	};

	const showMore = async (mine: number, moveFocus: boolean) => {
		const next = results.slice(shown, shown + PAGE_SIZE);
		const items = await Promise.all(next.map(async (result) => render(await result.data())));
		if (mine !== generation) return;
		list.append(...items);
		shown += next.length;
		more.hidden = shown >= results.length;
		if (moveFocus) items[0]?.querySelector('a')?.focus();
	};

	const run = async () => {
		const mine = ++generation;
		const query = input.value.trim();
		const filters = currentFilters();
		history.replaceState(history.state, '', `${location.pathname}${writeAddress(query, filters)}`);
		const filtered = filterNames.some((name) => filters[name].length > 0);
		root.dataset.state = 'searching';
		if (!query && !filtered) {
			root.dataset.state = 'idle';
			results = [];
			shown = 0;
			list.replaceChildren();
			more.hidden = true;
			showCounts(undefined);
			void announce('');
			return;
		}
		list.setAttribute('aria-busy', 'true');
		const slow = setTimeout(() => mine === generation && void announce(strings.loading), LOADING_DELAY);
		try {
			const engine = await load();
			const search = await engine.search(query || null, { filters: pagefindFilters(filters) });
			if (mine !== generation || !search) return;
			results = search.results;
			shown = 0;
			list.replaceChildren();
			await showMore(mine, false);
			if (mine !== generation) return;
			// Ticking values within a filter widens the results (any of them), so each filter's
			// counts come from the search without that filter's own selection.
			const counts = { ...search.filters };
			for (const name of filterNames.filter((name) => filters[name].length > 0)) {
				const others = await engine.search(query || null, { filters: pagefindFilters({ ...filters, [name]: [] }) });
				counts[name] = others?.filters[name] ?? {};
			}
			if (mine !== generation) return;
			showCounts(counts);
			const count = results.length;
			if (count === 0) await announce(query ? strings.none.replaceAll('{{query}}', query) : strings.noneFiltered);
			else await announce(query ? formatMessage(strings.countFor, lang, count, query) : formatMessage(strings.count, lang, count));
			if (mine === generation) root.dataset.state = 'done';
		} catch (error) {
			if (mine !== generation) return;
			pagefind = undefined;
			void announce(strings.error);
			root.dataset.state = 'error';
			console.error(error);
		} finally {
			clearTimeout(slow);
			if (mine === generation) list.removeAttribute('aria-busy');
		}
	};

	form.addEventListener('submit', (event) => {
		event.preventDefault();
		clearTimeout(typingTimer);
		void run();
	});
	const searchSoon = () => {
		clearTimeout(typingTimer);
		typingTimer = setTimeout(() => void run(), TYPING_DELAY);
	};
	// Japanese, Chinese and Korean are typed through an input method: search once a word is composed.
	input.addEventListener('input', (event) => {
		if (!(event instanceof InputEvent && event.isComposing)) searchSoon();
	});
	input.addEventListener('compositionend', searchSoon);
	form.addEventListener('change', (event) => {
		if (event.target instanceof HTMLInputElement && event.target.type === 'checkbox') void run();
	});
	more.addEventListener('click', () => void showMore(generation, true));

	// The address is the search: fill the form from it, then run it.
	const { query, filters } = readAddress(location.search);
	input.value = query;
	for (const name of filterNames) {
		for (const box of form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)) {
			box.checked = filters[name].includes(box.value);
		}
	}
	if (filterPanel && filterNames.some((name) => filters[name].length > 0)) filterPanel.open = true;
	if (query || filterNames.some((name) => filters[name].length > 0)) void run();
}
