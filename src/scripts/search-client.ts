/**
 * The search page in the browser: loads Pagefind and the index's word list only when there is
 * something to search, reads the query word by word (src/lib/search/query.ts), searches each word
 * and ranks pages by how many words they match (run-query.ts), says which words matched nothing,
 * shows results with title, type and excerpt, applies the filters, announces the result count and
 * keeps the address (?q=…&type=…) in step so a search can be shared, reloaded or returned to.
 *
 * Without JavaScript the page is a plain GET form (the header's search field leads here).
 * `data-state` on the root (idle, searching, done, error) lets tests and the benchmark wait for a
 * search to finish.
 */
import { type Locale, localeInfo } from '../i18n/locales.ts';
import { type FilterState, filterNames, queryParameter, readAddress, writeAddress } from '../lib/search/address.ts';
import { excerptFor } from '../lib/search/excerpt.ts';
import { applyFilters, filterCounts, loadMembership, type Membership } from '../lib/search/facets.ts';
import { createLexicon, type Lexicon, type WordsFile, wordsFilePath } from '../lib/search/lexicon.ts';
import { withoutMarks } from '../lib/search/marks.ts';
import { formatMessage, missingMessage, type SearchStrings } from '../lib/search/messages.ts';
import type { Pagefind, PagefindResult, PagefindResultData } from '../lib/search/pagefind-api.ts';
import { analyseQuery, type QueryWord } from '../lib/search/query.ts';
import { type RankedResult, runQuery } from '../lib/search/run-query.ts';
import { segmentWords } from '../lib/search/segment-cjk.ts';

/** How many results are rendered at a time. */
const PAGE_SIZE = 10;
/** Typing pauses this long before a search runs. */
const TYPING_DELAY = 250;
/** A search slower than this shows the loading message (the first one downloads the index). */
const LOADING_DELAY = 400;

interface Engine {
	pagefind: Pagefind;
	lexicon: Lexicon;
}

/** A result to show: Pagefind's result and the positions of every query word it matched. */
interface Shown {
	id: string;
	result: PagefindResult;
	locations: number[];
}

const asShown = (ranked: RankedResult): Shown => ({ id: ranked.id, result: ranked.result, locations: ranked.locations });

/** The words as the reader will recognise them: a corrected typo by its correction. */
const wordTexts = (words: QueryWord[]) => words.map((word) => word.correction ?? word.text);

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
	const locale = (root.dataset.locale ?? 'en') as Locale;
	const lang = document.documentElement.lang;

	let engine: Promise<Engine> | undefined;
	let membership: Promise<Membership> | undefined;
	let results: Shown[] = [];
	let shown = 0;
	let generation = 0;
	let typingTimer: ReturnType<typeof setTimeout> | undefined;

	const load = () => {
		engine ??= (async () => {
			const [pagefind, words] = await Promise.all([
				(async () => {
					const module = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
					await module.init();
					return module;
				})(),
				fetch(`${bundle}${wordsFilePath(lang)}`).then((response) => {
					if (!response.ok) throw new Error(`no word list for ${lang}: ${response.status}`);
					return response.json() as Promise<WordsFile>;
				}),
			]);
			return { pagefind, lexicon: createLexicon(words.words) };
		})();
		return engine;
	};

	/** Which pages carry each filter value (the page's checkboxes), asked once. */
	const loadFacets = ({ pagefind }: Engine) => {
		membership ??= loadMembership(
			async (name, value) => (await pagefind.search(null, { filters: { [name]: { any: [value] } } }))?.results.map((result) => result.id) ?? [],
			Object.fromEntries(
				filterNames.map((name) => [name, [...form.querySelectorAll<HTMLInputElement>(`input[type="checkbox"][name="${name}"]`)].map((box) => box.value)]),
			) as FilterState,
		);
		return membership;
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

	/**
	 * The excerpt: the page's own words around the matches, runs of matched words in one mark (a
	 * Japanese word may be two index words), an ellipsis where the page goes on; else the description.
	 */
	const excerptNodes = (data: PagefindResultData, locations: number[]): Node[] => {
		const excerpt = input.value.trim() ? excerptFor(data, locations) : null;
		if (!excerpt) return [document.createTextNode(withoutMarks(data.meta.description ?? ''))];
		const nodes: Node[] = excerpt.cutStart ? [document.createTextNode('… ')] : [];
		let run = '';
		const closeRun = (space = '') => {
			if (!run) return;
			const mark = document.createElement('mark');
			mark.textContent = run;
			nodes.push(mark);
			if (space) nodes.push(document.createTextNode(space));
			run = '';
		};
		excerpt.words.forEach((word, index) => {
			if (!excerpt.marked[index]) {
				closeRun();
				nodes.push(document.createTextNode(word));
				return;
			}
			const [, text, space] = /^([\s\S]*?)(\s*)$/.exec(word) ?? [word, word, ''];
			run += text;
			// A space ends the run of marked words: the next word stands apart on the page.
			if (space) closeRun(space);
		});
		closeRun();
		if (excerpt.cutEnd) nodes.push(document.createTextNode(' …'));
		return nodes;
	};

	const render = async ({ result, locations }: Shown): Promise<HTMLLIElement> => {
		const data = await result.data();
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
		link.textContent = withoutMarks(data.meta.title ?? data.url);
		heading.append(link);
		const excerpt = document.createElement('p');
		excerpt.className = 'search-result__excerpt';
		excerpt.append(...excerptNodes(data, locations));
		item.append(heading, excerpt);
		// An entry not yet translated: indexed by its title and facts, in the language it is in.
		const foreign = data.meta.language as Locale | undefined;
		if (foreign && strings.otherLanguage[foreign]) {
			link.lang = localeInfo[foreign].tag;
			const note = document.createElement('p');
			note.className = 'search-result__language';
			const badge = document.createElement('span');
			badge.className = 'badge badge--language';
			badge.textContent = strings.otherLanguage[foreign];
			note.append(badge);
			item.append(note);
		}
		return item;
	};

	const showMore = async (mine: number, moveFocus: boolean) => {
		const next = results.slice(shown, shown + PAGE_SIZE);
		const items = await Promise.all(next.map(render));
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
			const loaded = await load();
			let all: Shown[];
			let found: QueryWord[] = [];
			let missing: QueryWord[] = [];
			if (query) {
				const outcome = await runQuery((term) => loaded.pagefind.search(term), analyseQuery(query, locale, loaded.lexicon));
				all = outcome.results.map(asShown);
				({ found, missing } = outcome);
			} else {
				all = ((await loaded.pagefind.search(null))?.results ?? []).map((result) => ({ id: result.id, result, locations: [] }));
			}
			if (mine !== generation) return;
			const facets = filtered ? await loadFacets(loaded) : undefined;
			results = facets ? applyFilters(all, filters, facets) : all;
			shown = 0;
			list.replaceChildren();
			await showMore(mine, false);
			if (mine !== generation) return;
			showCounts(filterCounts(all, filters, await loadFacets(loaded)));
			if (mine !== generation) return;
			const count = results.length;
			// Words that found nothing as typed: those without pages, and typos searched by their correction.
			const unmatched = [...missing, ...found.filter((word) => word.correction)].map((word) => word.text);
			if (count === 0) await announce(query ? strings.none.replaceAll('{{query}}', query) : strings.noneFiltered);
			else if (unmatched.length > 0) {
				await announce(`${missingMessage(strings.missing, unmatched, wordTexts(found))} ${formatMessage(strings.count, lang, count)}`);
			} else await announce(query ? formatMessage(strings.countFor, lang, count, query) : formatMessage(strings.count, lang, count));
			if (mine === generation) root.dataset.state = 'done';
		} catch (error) {
			if (mine !== generation) return;
			engine = undefined;
			membership = undefined;
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

	// The browser's Japanese and Chinese word dictionaries take a moment to load: load them while the reader types.
	if (locale === 'ja' || locale === 'zh') {
		const warmUp = () => segmentWords('東京', locale);
		if ('requestIdleCallback' in window) requestIdleCallback(warmUp, { timeout: 2000 });
		else setTimeout(warmUp, 200);
	}

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
