/**
 * Japanese and Chinese queries split into words. Pagefind splits a query at spaces only, so an
 * unspaced question (東京で就職したい) reached it as one term and was read as the longest index
 * word it starts with (東京), the rest dropped. Here the browser's word segmentation
 * (`Intl.Segmenter`, ICU's dictionary) cuts the query, and the index's own words then correct the
 * cut: neighbours that form an index word are joined (光坂 + 精密 when the index holds 光坂精密),
 * and a word the index holds only in parts is searched as those parts in a row (中小企業 → 中小 +
 * 企業 as a phrase). Particles and question words (で, したい, 吗, 怎么) are left out.
 * `npm run bench:search -- --segmentation` measures how often each way agrees with the index.
 */
import { compoundParts, type Lexicon } from './lexicon.ts';
import type { Alternative } from './query.ts';

export type CjkLanguage = 'ja' | 'zh';

/** Function words: particles, auxiliaries and question words, which say how a question is asked. */
const stopWords: Record<CjkLanguage, Set<string>> = {
	ja: new Set(
		(
			'は が を に で と の も へ や か な ね よ から まで より など って には では とは への での からの について において ' +
			'です ます ました ません でした でしょう ください たい したい たいです したいです する して します しました できる できます でき ' +
			'ある あります いる います いつ どこ どこで どこに 何 なに なん どう どうやって どうすれば どれ どの だれ 誰 ため なる なります には なら ' +
			'し て た だ でも ですか ますか ですが けど こと もの の か'
		).split(' '),
	),
	zh: new Set(
		(
			'的 了 吗 呢 吧 啊 是 和 与 及 或 在 于 对 把 被 从 到 也 都 就 还 很 着 过 个 些 这 那 哪 ' +
			'怎么 怎样 如何 什么 哪里 哪儿 多少 几 什么时候 为什么 可以 能 能够 会 要 想 我 你 您 他 她 我们 你们 有 没有 请 需要 应该 吗'
		).split(' '),
	),
};

export function isCjkStopWord(word: string, language: CjkLanguage): boolean {
	return stopWords[language].has(word);
}

const segmenters = new Map<CjkLanguage, Intl.Segmenter>();

/** The words of a run of text by the browser's word segmentation (ICU), punctuation left out. */
export function segmentWords(text: string, language: CjkLanguage): string[] {
	let segmenter = segmenters.get(language);
	if (!segmenter) {
		segmenter = new Intl.Segmenter(language === 'zh' ? 'zh-Hans' : 'ja', { granularity: 'word' });
		segmenters.set(language, segmenter);
	}
	return [...segmenter.segment(text)].filter((segment) => segment.isWordLike).map((segment) => segment.segment);
}

/**
 * A word of the query and the ways the index can find it: each a single term (matched by prefix,
 * as Pagefind does) or index words that must follow each other. None: the index cannot find it.
 */
export interface CjkWord {
	text: string;
	alternatives: Alternative[];
}

/** How far apart segments may be joined back into one index word. */
const JOIN_LIMIT = 4;

/** How the index can find a word written in any of `spellings`: as it is, or as index words in a row. */
function alternativesOf(spellings: string[], lexicon: Lexicon): Alternative[] {
	const found = spellings.filter((spelling) => lexicon.hasPrefix(spelling));
	if (found.length > 0) return found.map((spelling) => ({ terms: [spelling] }));
	return spellings.flatMap((spelling) => compoundParts(spelling, lexicon));
}

/** Segments joined where neighbours (up to JOIN_LIMIT) together are a word the index holds. */
export function joinIndexWords(segments: string[], indexed: (word: string) => boolean): string[] {
	const joined: string[] = [];
	for (let start = 0; start < segments.length; ) {
		let end = Math.min(segments.length, start + JOIN_LIMIT);
		while (end > start + 1 && !indexed(segments.slice(start, end).join(''))) end -= 1;
		joined.push(segments.slice(start, end).join(''));
		start = end;
	}
	return joined;
}

const SINGLE_IDEOGRAPH_OR_KANA = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const HIRAGANA_ONLY = /^\p{Script=Hiragana}+$/u;

/**
 * A run of unspaced Japanese or Chinese as query words: the whole run when the index can find it
 * (in any of its `spellings`), else its segments, with neighbours joined where together they are
 * an index word, stop words dropped, and a lone character (会, 区, 都) kept with its neighbour (説明
 * + 会 → 説明会, found as 説明 and 会 in a row), since alone it would match every word it starts.
 * A word the index cannot find keeps no alternatives, so the search page can say that nothing
 * matched it; unknown Japanese words in hiragana are inflections and are left out.
 */
export function cjkQueryWords(text: string, language: CjkLanguage, lexicon: Lexicon, spellings: (word: string) => string[] = (word) => [word]): CjkWord[] {
	const indexed = (word: string) => spellings(word).some((spelling) => lexicon.has(spelling));
	const whole = spellings(text).filter((spelling) => lexicon.has(spelling) || (lexicon.hasPrefix(spelling) && [...spelling].length > 1));
	if (whole.length > 0) return [{ text, alternatives: whole.map((spelling) => ({ terms: [spelling] })) }];
	// Stop words out (null), once neighbours that together are an index word are joined.
	const joined: (string | null)[] = joinIndexWords(segmentWords(text, language), indexed).map((segment) =>
		isCjkStopWord(segment, language) || (language === 'ja' && HIRAGANA_ONLY.test(segment) && [...segment].length <= 2) ? null : segment,
	);
	// A lone character goes with the word before it, or else the word after it.
	const words: string[] = [];
	let attachable = false;
	for (const [index, segment] of joined.entries()) {
		if (segment === null) {
			attachable = false;
			continue;
		}
		const lone = SINGLE_IDEOGRAPH_OR_KANA.test(segment);
		if (lone && attachable) words[words.length - 1] += segment;
		else if (lone && joined[index + 1]) joined[index + 1] = segment + joined[index + 1];
		else {
			words.push(segment);
			attachable = true;
		}
	}
	return words
		.map((word) => ({ text: word, alternatives: alternativesOf(spellings(word), lexicon) }))
		.filter((word) => word.alternatives.length > 0 || !(language === 'ja' && HIRAGANA_ONLY.test(word.text)));
}
