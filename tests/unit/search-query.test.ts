/**
 * Queries read word by word before Pagefind sees them (src/lib/search/query.ts and the modules it
 * orchestrates), searched word by word and ranked (run-query.ts), filtered and counted (facets.ts).
 */
import { describe, expect, test } from 'vitest';
import { applyFilters, filterCounts, type Membership } from '../../src/lib/search/facets.ts';
import { compoundParts, createLexicon, splitsIntoWords } from '../../src/lib/search/lexicon.ts';
import type { PagefindResult, PagefindSearch } from '../../src/lib/search/pagefind-api.ts';
import { analyseQuery, queryTokens } from '../../src/lib/search/query.ts';
import { runQuery } from '../../src/lib/search/run-query.ts';
import { cjkQueryWords, segmentWords } from '../../src/lib/search/segment-cjk.ts';

/** Words of a small Japanese index as Pagefind cut them (東京都 → 東京 都, 中小企業 → 中 小 企業). */
const ja = createLexicon([
	'東京',
	'都',
	'千代田',
	'区',
	'大手町',
	'中',
	'小',
	'中小',
	'企業',
	'就職',
	'相談',
	'窓口',
	'説明',
	'会',
	'受入',
	'受け入れ',
	'問い合わせ',
	'省',
	'エネルギー',
	'インターンシップ',
	'アル',
	'ジュン',
	'wcag',
	'zoom',
	'81353204628',
]);
const zh = createLexicon(['实习', '申请', '说明会', '咨询', '窗口', '在', '留', '资格', '中小', '企业', '东京', '都', '电话']);
const ko = createLexicon(['인턴십', '인턴십을', '인재', '상담', '창구', '문의', '개인정보', '중소기업', '설명회', '81353204628']);
const en = createLexicon({
	internship: 9,
	intern: 4,
	companies: 8,
	company: 3,
	application: 2,
	apply: 2,
	phone: 1,
	number: 3,
	accessibility: 2,
	'0353204628': 1,
});
const terms = (words: { alternatives: { terms: string[] }[] }[]) => words.map((word) => word.alternatives.map((alternative) => alternative.terms.join('+')));

describe('the index’s words', () => {
	test('a lexicon knows its words and the words they start', () => {
		expect(ja.has('東京')).toBe(true);
		expect(ja.has('東')).toBe(false);
		expect(ja.hasPrefix('インターン')).toBe(true);
		expect(ja.hasPrefix('京都')).toBe(false);
	});

	test('a compound splits into index words, fewest first; what the index does not hold, does not', () => {
		expect(splitsIntoWords('中小企業', ja)).toEqual([
			['中小', '企業'],
			['中', '小', '企業'],
		]);
		expect(splitsIntoWords('東京都', ja)).toEqual([['東京', '都']]);
		expect(splitsIntoWords('京都', ja)).toEqual([]);
		expect(compoundParts('千代田区', ja)).toEqual([{ terms: ['千代田', '区'], inOrder: true }]);
		// The last part typed short: required, in any order.
		expect(compoundParts('省エネ', ja)).toEqual([{ terms: ['省', 'エネ'] }]);
		expect(compoundParts('大阪', ja)).toEqual([]);
	});
});

describe('Japanese and Chinese queries', () => {
	test('the browser’s segmentation cuts unspaced text into words', () => {
		expect(segmentWords('東京で就職したい', 'ja')).toEqual(['東京', 'で', '就職', 'した', 'い']);
		expect(segmentWords('怎么申请实习', 'zh')).toEqual(['怎么', '申请', '实习']);
	});

	test('particles, auxiliaries and question words are left out; no word is cut short', () => {
		expect(cjkQueryWords('東京で就職したい', 'ja', ja).map((word) => word.text)).toEqual(['東京', '就職']);
		expect(cjkQueryWords('相談窓口はどこにありますか', 'ja', ja).map((word) => word.text)).toEqual(['相談', '窓口']);
		expect(cjkQueryWords('怎么申请实习', 'zh', zh).map((word) => word.text)).toEqual(['申请', '实习']);
	});

	test('a lone character stays with its neighbour and is searched as index words in a row', () => {
		expect(cjkQueryWords('説明会はいつですか', 'ja', ja)).toEqual([{ text: '説明会', alternatives: [{ terms: ['説明', '会'], inOrder: true }] }]);
		expect(cjkQueryWords('在留资格', 'zh', zh).map((word) => word.text)).toEqual(['在留', '资格']);
		expect(terms(cjkQueryWords('在留资格', 'zh', zh))).toEqual([['在+留'], ['资格']]);
	});

	test('a word the index does not hold keeps no alternatives, so the page can say so (京都 is not 東京都)', () => {
		expect(cjkQueryWords('京都', 'ja', ja)).toEqual([{ text: '京都', alternatives: [] }]);
		expect(terms(cjkQueryWords('東京都', 'ja', ja))).toEqual([['東京+都']]);
	});

	test('spelling variants are searched together', () => {
		expect(terms(analyseQuery('問合せ', 'ja', ja))).toEqual([['問い合わせ']]);
		expect(terms(analyseQuery('受け入れ企業', 'ja', ja))).toEqual([['受け入れ', '受入'], ['企業']]);
	});
});

describe('queries in every language', () => {
	test('tokens: width folded, numbers as digits, punctuation out, Traditional folded for zh', () => {
		expect(queryTokens('ＷＣＡＧ　+81-3-5320-4628', 'ja')).toEqual(['wcag', '81353204628']);
		expect(queryTokens('e-commerce, data', 'en')).toEqual(['ecommerce', 'data']);
		expect(queryTokens('實習・說明會', 'zh')).toEqual(['实习', '说明会']);
		expect(queryTokens('アルジュン・メータ', 'ja')).toEqual(['アルジュン', 'メータ']);
	});

	test('English: stop words out, plurals together, a typo corrected from the index’s words', () => {
		expect(analyseQuery('how do I apply for the internship', 'en', en).map((word) => word.text)).toEqual(['apply', 'internship']);
		expect(terms(analyseQuery('company', 'en', en))).toEqual([['company', 'companies']]);
		const [typo] = analyseQuery('internshp', 'en', en);
		expect(typo).toEqual({ text: 'internshp', correction: 'internship', alternatives: [{ terms: ['internship'] }] });
		expect(analyseQuery('kyoto', 'en', en)).toEqual([{ text: 'kyoto', alternatives: [] }]);
		// Words keep the case the reader wrote them in; the index is searched in lower case.
		expect(analyseQuery('Kyoto Internship', 'en', en)).toEqual([
			{ text: 'Kyoto', alternatives: [] },
			{ text: 'Internship', alternatives: [{ terms: ['internship'] }] },
		]);
		// Only stop words: they are searched rather than nothing.
		expect(analyseQuery('the', 'en', en).map((word) => word.text)).toEqual(['the']);
		// An inflected form the stemmer relates to an index word is not taken for a typo.
		expect(terms(analyseQuery('applying', 'en', en))).toEqual([['applying']]);
	});

	test('Korean: particles stripped by rule, compounds split, loanword spellings folded', () => {
		expect(terms(analyseQuery('인턴십까지', 'ko', ko))).toEqual([['인턴십']]);
		expect(terms(analyseQuery('상담 창구에서는', 'ko', ko))).toEqual([['상담'], ['창구']]);
		expect(terms(analyseQuery('상담창구', 'ko', ko))).toEqual([['상담+창구']]);
		expect(terms(analyseQuery('인턴쉽', 'ko', ko))).toEqual([['인턴십']]);
		expect(terms(analyseQuery('문의', 'ko', ko))).toEqual([['문의']]);
		expect(analyseQuery('설명회는 언제 열리나요', 'ko', ko).map((word) => word.text)).toEqual(['설명회']);
	});

	test('numbers written with symbols are searched by their digits in every language', () => {
		for (const [locale, lexicon] of [
			['ja', ja],
			['ko', ko],
		] as const) {
			expect(terms(analyseQuery('+81-3-5320-4628', locale, lexicon))).toEqual([['81353204628']]);
		}
		expect(terms(analyseQuery('03-5320-4628', 'en', en))).toEqual([['0353204628']]);
	});
});

/** A Pagefind stand-in: pages with their words, found by prefix; quoted terms must follow each other. */
function fakeSearch(pages: Record<string, string[]>) {
	const searched: string[] = [];
	const search = async (query: string): Promise<PagefindSearch> => {
		searched.push(query);
		const quoted = /^".*"$/.test(query);
		const queryTerms = query.replaceAll('"', '').split(' ');
		const results: PagefindResult[] = [];
		for (const [id, words] of Object.entries(pages)) {
			const positions = queryTerms.map((term) => words.flatMap((word, index) => ((quoted ? word === term : word.startsWith(term)) ? [index] : [])));
			if (positions.some((found) => found.length === 0)) continue;
			if (quoted && !positions[0].some((start) => positions.every((found, offset) => found.includes(start + offset)))) continue;
			results.push({
				id,
				score: positions.flat().length,
				words: positions.flat(),
				data: async () => ({ url: id, excerpt: '', content: words.join(' '), word_count: words.length, locations: [], meta: {}, filters: {} }),
			});
		}
		return { results: results.sort((a, b) => b.score - a.score), filters: {} };
	};
	return { search, searched };
}

describe('searching word by word', () => {
	test('pages with every word come first, whatever their scores', async () => {
		const { search } = fakeSearch({
			'/all/': ['インターンシップ', 'ベトナム', 'エンジニア'],
			'/two/': ['インターンシップ', 'インターンシップ', 'インターンシップ', 'ベトナム', 'ベトナム'],
			'/one/': ['エンジニア', 'エンジニア', 'エンジニア', 'エンジニア', 'エンジニア', 'エンジニア'],
		});
		const words = ['インターンシップ', 'ベトナム', 'エンジニア'].map((word) => ({ text: word, alternatives: [{ terms: [word] }] }));
		const outcome = await runQuery(search, words);
		expect(outcome.results.map((result) => [result.id, result.matched])).toEqual([
			['/all/', 3],
			['/two/', 2],
			['/one/', 1],
		]);
		expect(outcome.missing).toEqual([]);
	});

	test('a word that matches nothing is returned, never dropped in silence', async () => {
		const { search } = fakeSearch({ '/tokyo/': ['東京', '都'] });
		const outcome = await runQuery(search, [
			{ text: '東京', alternatives: [{ terms: ['東京'] }] },
			{ text: '京都', alternatives: [] },
		]);
		expect(outcome.results.map((result) => result.id)).toEqual(['/tokyo/']);
		expect(outcome.missing.map((word) => word.text)).toEqual(['京都']);
	});

	test('parts of a compound must follow each other; alternatives of a word count once', async () => {
		const { search, searched } = fakeSearch({ '/sme/': ['中', '小', '企業'], '/apart/': ['中', '国', 'の', '小', '企業'] });
		const outcome = await runQuery(search, [
			{
				text: '中小企業',
				alternatives: [
					{ terms: ['中小', '企業'], inOrder: true },
					{ terms: ['中', '小', '企業'], inOrder: true },
				],
			},
		]);
		expect(outcome.results.map((result) => [result.id, result.matched])).toEqual([['/sme/', 1]]);
		expect(searched).toContain('"中 小 企業"');
	});
});

describe('filters on ranked results', () => {
	const membership: Membership = {
		type: new Map([
			['story', new Set(['a', 'b'])],
			['event', new Set(['c'])],
		]),
		country: new Map([
			['vn', new Set(['a'])],
			['th', new Set(['b'])],
		]),
		industry: new Map(),
	};
	const results = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
	const none = { type: [], country: [], industry: [] };

	test('any ticked value within a filter, every filter together; the order is kept', () => {
		expect(applyFilters(results, none, membership).map((result) => result.id)).toEqual(['a', 'b', 'c']);
		expect(applyFilters(results, { ...none, type: ['story', 'event'] }, membership).map((result) => result.id)).toEqual(['a', 'b', 'c']);
		expect(applyFilters(results, { ...none, type: ['story'], country: ['th'] }, membership).map((result) => result.id)).toEqual(['b']);
	});

	test('a value counts the results that pass the other filters and carry it', () => {
		const counts = filterCounts(results, { ...none, country: ['vn'] }, membership);
		expect(counts.type).toEqual({ story: 1, event: 0 });
		expect(counts.country).toEqual({ vn: 1, th: 1 });
	});
});
