/**
 * How well a way of cutting Japanese and Chinese text into words agrees with the index's own cut,
 * measured rather than assumed (`npm run bench:search -- --segmentation`). The index's cut is
 * Pagefind's: each sample indexed by the pinned Pagefind exactly as the site's pages are (kanji runs
 * marked on Japanese), its words read back. Compared with it, on the same samples:
 *
 * - `Intl.Segmenter` in Chromium (ICU's dictionary), what the browser offers;
 * - the longest index word at each position (greedy maximum matching over the index's words);
 * - the search page's reading (segment-cjk.ts): ICU's cut corrected by the index's words.
 *
 * Agreement is the F1 of word spans: a word counts when both cuts have it at the same place.
 */
import { gunzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { markKanjiRuns } from '../../src/lib/search/kanji-runs.ts';
import { type Lexicon, splitsIntoWords } from '../../src/lib/search/lexicon.ts';
import { withoutMarks } from '../../src/lib/search/marks.ts';
import { readPagefindMeta } from '../../src/lib/search/pagefind-index.ts';
import { joinIndexWords } from '../../src/lib/search/segment-cjk.ts';

type Language = 'ja' | 'zh';
const WORD = /[\p{L}\p{N}]/u;

/** The words of each sample as the pinned Pagefind cuts them (punctuation left out). */
export async function indexSegmentation(samples: string[], language: Language): Promise<string[][]> {
	const pagefind = await import('pagefind');
	const { index } = await pagefind.createIndex({});
	if (!index) throw new Error('Pagefind could not start');
	try {
		const lang = language === 'zh' ? 'zh-Hans' : 'ja';
		for (const [number, sample] of samples.entries()) {
			const text = language === 'ja' ? markKanjiRuns(sample) : sample;
			const escaped = text.replace(/[&<>]/g, (character) => `&#${character.codePointAt(0)};`);
			await index.addHTMLFile({ url: `/${number}/`, content: `<html lang="${lang}"><body><main data-pagefind-body><p>${escaped}</p></main></body></html>` });
		}
		const { files } = await index.getFiles();
		const metaFile = files.find((file) => file.path.endsWith('.pf_meta'));
		if (!metaFile) throw new Error('no Pagefind meta');
		const meta = readPagefindMeta(gunzipSync(metaFile.content));
		const byUrl = new Map<string, string[]>();
		for (const file of files.filter((candidate) => candidate.path.includes('fragment/'))) {
			const fragment = JSON.parse(new TextDecoder().decode(gunzipSync(file.content)).slice('pagefind_dcd'.length)) as { url: string; content: string };
			const words = fragment.content
				.split('\u200B')
				.map((word) => withoutMarks(word).trim())
				.filter((word) => WORD.test(word));
			byUrl.set(fragment.url, words);
		}
		if (meta.pages.length !== samples.length) throw new Error(`indexed ${meta.pages.length} of ${samples.length} samples`);
		return samples.map((_, number) => byUrl.get(`/${number}/`) ?? []);
	} finally {
		await index.deleteIndex();
		await pagefind.close();
	}
}

/** The words of each sample by Intl.Segmenter in the browser (word-like segments only). */
export async function browserSegmentation(page: Page, samples: string[], language: Language): Promise<string[][]> {
	return page.evaluate(
		({ samples, tag }) => {
			const segmenter = new Intl.Segmenter(tag, { granularity: 'word' });
			return samples.map((sample) => [...segmenter.segment(sample)].filter((segment) => segment.isWordLike).map((segment) => segment.segment));
		},
		{ samples, tag: language === 'zh' ? 'zh-Hans' : 'ja' },
	);
}

/** The longest index word at each position; a character the index does not hold as a word's start stands alone. */
export function greedySegmentation(sample: string, lexicon: Lexicon, longest = 12): string[] {
	const characters = [...sample];
	const words: string[] = [];
	for (let start = 0; start < characters.length; ) {
		let end = Math.min(characters.length, start + longest);
		while (end > start + 1 && !lexicon.has(characters.slice(start, end).join(''))) end -= 1;
		const word = characters.slice(start, end).join('');
		if (WORD.test(word)) words.push(word);
		start = end;
	}
	return words;
}

/** Word spans (start and end offsets in the sample, whitespace and punctuation ignored). */
function spans(words: string[]): Set<string> {
	const result = new Set<string>();
	let offset = 0;
	for (const word of words) {
		const length = [...word.replace(/[^\p{L}\p{N}]/gu, '')].length;
		result.add(`${offset}:${offset + length}`);
		offset += length;
	}
	return result;
}

/** F1 of word spans between a cut and the index's cut, over all samples. */
export function agreement(cut: string[][], reference: string[][]): { precision: number; recall: number; f1: number; same: number } {
	let matched = 0;
	let produced = 0;
	let expected = 0;
	let same = 0;
	cut.forEach((words, index) => {
		const mine = spans(words);
		const theirs = spans(reference[index]);
		produced += mine.size;
		expected += theirs.size;
		let overlap = 0;
		for (const span of mine) if (theirs.has(span)) overlap += 1;
		matched += overlap;
		if (overlap === mine.size && overlap === theirs.size) same += 1;
	});
	const precision = produced ? matched / produced : 1;
	const recall = expected ? matched / expected : 1;
	return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, same: cut.length ? same / cut.length : 1 };
}

/** The search page's cut (segment-cjk.ts, stop words kept): ICU's, joined and split by the index's words. */
export function readingSegmentation(browserWords: string[], lexicon: Lexicon): string[] {
	return joinIndexWords(browserWords, (word) => lexicon.has(word)).flatMap((word) =>
		lexicon.has(word) ? [word] : (splitsIntoWords(word, lexicon)[0] ?? [word]),
	);
}
