/**
 * What a search page query asks the index, word by word, before Pagefind sees it. Pagefind splits
 * a query at spaces only, requires every term, and reads a term it does not hold as the longest
 * index word it starts with, silently dropping the rest. So the query is read here instead:
 *
 * - normalised (normalise.ts): width, case, Traditional → Simplified for zh, digits of numbers;
 * - split into words by language: Japanese and Chinese by segmentation checked against the index's
 *   own words (segment-cjk.ts), Korean by particle rules (korean-particles.ts), English with stop
 *   words left out and singular and plural together (english.ts);
 * - each word given the ways the index can find it (spelling variants, number forms, parts of a
 *   compound), or none, so the page can say which word matched nothing, and, for a word in Latin
 *   letters, a correction from the index's own words when it looks like a typo.
 *
 * run-query.ts then searches each word separately and ranks pages by how many words they match.
 */
import type { Locale } from '../../i18n/locales.ts';
import { didYouMean, englishStopWords, numberForms } from './english.ts';
import { koreanQueryWord } from './korean-particles.ts';
import { compoundParts, type Lexicon } from './lexicon.ts';
import { foldWidth, japaneseVariants, koreanVariants, numberDigits, toSimplified } from './normalise.ts';
import { cjkQueryWords } from './segment-cjk.ts';

/**
 * One way the index can find a word: its terms, all required (a single term is matched by prefix,
 * as Pagefind does); `inOrder` when they are the parts of a compound and must follow each other.
 */
export interface Alternative {
	terms: string[];
	inOrder?: boolean;
}

/** Alternatives of single terms. */
export const termsOf = (terms: string[]): Alternative[] => terms.map((term) => ({ terms: [term] }));

export interface QueryWord {
	/** The word as the reader will recognise it (normalised). */
	text: string;
	/** Ways the index can find it; none when it cannot. */
	alternatives: Alternative[];
	/** The index word searched instead of a typo (`text`). */
	correction?: string;
}

const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
const LATIN_OR_DIGITS = /^[\p{Script=Latin}\p{N}]+$/u;

/**
 * The query as whitespace-free tokens: normalised, numbers reduced to digits, punctuation removed
 * (inside a Latin word it joins the parts, as Pagefind indexes e-commerce as ecommerce); lower
 * case unless `keepCase` (the same tokens, as the reader wrote them).
 */
export function queryTokens(query: string, locale: Locale, { keepCase = false } = {}): string[] {
	let text = numberDigits(keepCase ? query.normalize('NFKC') : foldWidth(query));
	if (locale === 'zh') text = toSimplified(text);
	return text
		.split(/\s+/)
		.flatMap((chunk) => chunk.replace(/(?<=[\p{Script=Latin}\p{N}])[\p{Pd}'’.]+(?=[\p{Script=Latin}\p{N}])/gu, '').split(/[\p{P}\p{S}]+/u))
		.filter(Boolean);
}

/** Endings whose removal leaves the stem Pagefind's English stemmer would find (applying → apply). */
const ENGLISH_ENDINGS = /(?:ing|ed|es|er|ers|s|ly|ment|ments|ion|ions)$/;

/** Whether the index can find a word in Latin letters or digits: itself, another number, or its stem start its words. */
function latinForms(word: string, locale: Locale, lexicon: Lexicon): string[] {
	const forms = locale === 'en' ? numberForms(word) : [word];
	const found = forms.filter((form) => lexicon.hasPrefix(form));
	if (found.length > 0) return found;
	const stem = word.replace(ENGLISH_ENDINGS, '');
	if (locale === 'en' && stem.length >= 3 && stem !== word && (lexicon.hasPrefix(stem) || lexicon.hasPrefix(stem.replace(/i$/, 'y')))) return [word];
	return [];
}

/** A word in Latin letters or digits; `text` as the reader wrote it. */
function latinWord(word: string, text: string, locale: Locale, lexicon: Lexicon): QueryWord {
	const found = latinForms(word, locale, lexicon);
	if (found.length > 0 || !/\p{L}/u.test(word)) return { text, alternatives: termsOf(found) };
	const correction = didYouMean(word, lexicon.pages);
	if (!correction) return { text, alternatives: [] };
	return { text, correction, alternatives: termsOf(latinForms(correction, locale, lexicon)) };
}

function koreanWord(token: string, lexicon: Lexicon): QueryWord | null {
	const word = koreanQueryWord(token);
	if (word === null) return null;
	for (const candidate of [...koreanVariants(word), ...koreanVariants(token)]) {
		if (lexicon.hasPrefix(candidate)) return { text: candidate === token ? token : word, alternatives: termsOf([candidate]) };
	}
	return { text: word, alternatives: compoundParts(word, lexicon) };
}

/** The words of a query, each with the ways the index can find it, in the order typed, without repeats. */
export function analyseQuery(query: string, locale: Locale, lexicon: Lexicon): QueryWord[] {
	const tokens = queryTokens(query, locale);
	const written = queryTokens(query, locale, { keepCase: true });
	const content = locale === 'en' ? tokens.filter((token) => !englishStopWords.has(token)) : tokens;
	const words: QueryWord[] = [];
	for (const token of content.length > 0 ? content : tokens) {
		if (LATIN_OR_DIGITS.test(token)) words.push(latinWord(token, written[tokens.indexOf(token)] ?? token, locale, lexicon));
		else if ((locale === 'ja' || locale === 'zh') && HAN_OR_KANA.test(token)) {
			const spellings = locale === 'ja' ? japaneseVariants : undefined;
			words.push(...cjkQueryWords(token, locale, lexicon, spellings));
		} else if (locale === 'ko' && HANGUL.test(token)) {
			const word = koreanWord(token, lexicon);
			if (word) words.push(word);
		} else words.push({ text: token, alternatives: lexicon.hasPrefix(token) ? termsOf([token]) : [] });
	}
	const seen = new Set<string>();
	return words.filter((word) => !seen.has(word.text.toLowerCase()) && seen.add(word.text.toLowerCase()));
}
