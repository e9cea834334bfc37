/**
 * Search (issue 4), the pure parts: Korean particle forms added at index time, what the indexer
 * reads from a page, the attributes entry pages carry, the search page's messages and address,
 * its excerpts, and the recall set's scoring.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { locales } from '../../src/i18n/locales.ts';
import { collectionSearchType, searchBodyAttributes, searchClientStrings, searchFilterGroups, searchFilterOptions, searchPath, searchTypes } from '../../src/lib/search/index.ts';
import { pagefindFilters, readAddress, writeAddress } from '../../src/lib/search/address.ts';
import { INDEX_ONLY_WORDS, ownWordsExcerpt } from '../../src/lib/search/excerpt.ts';
import { formatMessage } from '../../src/lib/search/messages.ts';
import { indexedRegions, pageUrl, withKoreanTerms } from '../../src/integrations/search-index.ts';
import { hasFinalConsonant, koreanIndexTerms, koreanNouns, nounStem, particleForms } from '../../src/lib/search/korean.ts';
import { parseRecallSet, recallOutcome, recallSummary } from '../../scripts/support/search-recall.ts';

const projectRoot = path.resolve(import.meta.dirname, '../..');

/** Pagefind matches a query word as a prefix of indexed words. */
const finds = (indexed: string[], query: string) => indexed.some((word) => word.startsWith(query));

describe('Korean particle forms', () => {
	test('nouns are found behind the particles that follow them', () => {
		expect(nounStem('중소기업이며')).toBe('중소기업');
		expect(nounStem('인턴십을')).toBe('인턴십');
		expect(nounStem('인턴십에서는')).toBe('인턴십');
		expect(nounStem('설명회를')).toBe('설명회');
		expect(nounStem('기한까지')).toBe('기한');
		expect(nounStem('이력서를')).toBe('이력서');
	});

	test('verbs, adjectives, one-syllable stems and non-Hangul words are not nouns', () => {
		expect(nounStem('참가하는')).toBeUndefined();
		expect(nounStem('선정된')).toBeUndefined();
		expect(nounStem('있는')).toBeUndefined();
		expect(nounStem('것이')).toBeUndefined();
		expect(nounStem('모집합니다')).toBeUndefined();
		expect(nounStem('Zoom으로')).toBeUndefined();
	});

	test('forms follow the last syllable: 은/이/을/과/으로 after a consonant, 는/가/를/와/로 after a vowel, 로 after ㄹ', () => {
		expect(hasFinalConsonant('십')).toBe(true);
		expect(hasFinalConsonant('재')).toBe(false);
		expect(particleForms('인턴십')).toEqual(['인턴십은', '인턴십이', '인턴십을', '인턴십과', '인턴십으로', '인턴십의', '인턴십에', '인턴십에서', '인턴십에는', '인턴십도']);
		expect(particleForms('인재')).toEqual(['인재는', '인재가', '인재를', '인재와', '인재로', '인재의', '인재에', '인재에서', '인재에는', '인재도']);
		expect(particleForms('서울')).toContain('서울로');
		expect(particleForms('서울')).not.toContain('서울으로');
	});

	test('every common particle a reader may type after a noun of the page is matched', () => {
		const groups = koreanIndexTerms([
			{ text: '인턴십 수용 기업 모집', weight: 7 },
			{ text: '도쿄도 내에 본사가 있는 중소기업을 대상으로, 인턴십에 참가하는 기업을 모집합니다.', weight: 1 },
		]);
		const indexed = [...groups.flatMap((group) => group.words), '인턴십', '수용', '기업', '모집', '중소기업을', '인턴십에', '기업을'];
		for (const noun of ['인턴십', '중소기업', '기업']) {
			for (const particle of ['은', '이', '을', '과', '으로', '의', '에', '에서', '에는', '도']) {
				expect(finds(indexed, noun + particle), noun + particle).toBe(true);
			}
		}
		expect(finds(indexed, '참가하의')).toBe(false);
	});

	test('forms carry the weight of where the noun was used, and repeat with its uses (at most 3 per weight)', () => {
		const groups = koreanIndexTerms([
			{ text: '인재 유치 프로모션', weight: 7 },
			{ text: '인재를 인재가 인재와 인재의 인재는 인재로', weight: 1 },
		]);
		expect(groups.map((group) => group.weight)).toEqual([7, 1]);
		expect(groups[0].words.filter((word) => word === '인재를')).toHaveLength(1);
		// Six uses at weight 1, three kept (인재를, 인재가, 인재와): each adds every form but its own.
		expect(groups[1].words.filter((word) => word === '인재의')).toHaveLength(3);
		expect(groups[1].words.filter((word) => word === '인재를')).toHaveLength(2);
		expect(groups[1].words.filter((word) => word === '인재도')).toHaveLength(3);
	});

	test('a noun the page only writes bare is recognised when the site writes it with a particle elsewhere', () => {
		const title = [{ text: '웹 접근성 정책', weight: 7 }];
		expect(koreanIndexTerms(title)).toEqual([]);
		const site = koreanNouns(['접근성에 관한 문제를 발견하신 경우']);
		expect([...site]).toContain('접근성');
		const words = koreanIndexTerms(title, site).flatMap((group) => group.words);
		expect(finds(words, '접근성에')).toBe(true);
		expect(finds(words, '정책의')).toBe(false);
	});

	test('a text without Korean nouns gives nothing', () => {
		expect(koreanIndexTerms([{ text: 'Let’s Work in Tokyo 2022', weight: 1 }])).toEqual([]);
	});
});

describe('what the indexer reads', () => {
	const html = `<!doctype html><html lang="ko"><body><header class="site-header"><nav>사업 내용을</nav></header><main id="main">
		<article class="entry wrap" data-pagefind-body data-pagefind-filter="type:programme"><header><p data-pagefind-ignore>사업 내용</p>
		<h1>고도 외국인 인재 인턴십</h1><p class="entry__lead">중소기업에서 일하는 인턴십입니다.</p></header>
		<div class="prose"><h2>수용 기업</h2><p>인재를 채용하기 위한 &amp; 환경을 정비합니다.</p><nav>목차를</nav></div></article></main>
		<footer class="site-footer">사이트 정보를</footer></body></html>`;

	test('only the indexed body, with heading weights; navigation and footer left out', () => {
		const regions = indexedRegions(html);
		expect(regions.find((region) => region.weight === 7)?.text.trim()).toBe('고도 외국인 인재 인턴십');
		expect(regions.find((region) => region.weight === 6)?.text.trim()).toBe('수용 기업');
		const text = regions.find((region) => region.weight === 1)?.text ?? '';
		expect(text).toContain('인재를 채용하기 위한 & 환경을');
		expect(text).not.toContain('목차를');
		expect(regions.map((region) => region.text).join(' ')).not.toContain('사이트 정보를');
	});

	test('Korean pages get their particle forms in weighted body regions before </main>, with their count', () => {
		const { html: indexed, terms } = withKoreanTerms(html);
		expect(terms).toBeGreaterThan(0);
		const added = indexed.slice(indexed.indexOf('</article>') + '</article>'.length, indexed.indexOf('</main>'));
		expect(added).toContain(`data-pagefind-meta="${INDEX_ONLY_WORDS}:${terms}"`);
		expect(added).toMatch(/<div data-pagefind-body data-pagefind-weight="7"[^>]*>[^<]*인재를/);
		expect(added).toMatch(/<div data-pagefind-body data-pagefind-weight="1">[^<]*중소기업의/);
		expect(added.replace(/<[^>]+>/g, ' ').trim().split(/\s+/)).toHaveLength(terms);
		expect(indexed.replace(added, '')).toBe(html);
	});

	test('pages without Korean nouns are left as they are', () => {
		const english = '<html lang="en"><body><main><article data-pagefind-body><h1>Internship</h1></article></main></body></html>';
		expect(withKoreanTerms(english)).toEqual({ html: english, terms: 0 });
	});

	test('result URLs are the site paths of the built files', () => {
		expect(pageUrl('/site', '/site/ko/programmes/internship/index.html')).toBe('/ko/programmes/internship/');
		expect(pageUrl('/site', '/site/index.html')).toBe('/');
		expect(pageUrl('/site', '/site/404.html')).toBe('/404.html');
	});
});

describe('entry pages', () => {
	const story = { collection: 'stories' as const, data: { country: 'vn', industry: 'manufacturing' } };

	test('a page in its own language is indexed with its type; a story also with country and industry', () => {
		expect(searchBodyAttributes({ isFallback: false, value: { collection: 'programmes', data: {} } })).toEqual({
			'data-pagefind-body': '',
			'data-pagefind-filter': 'type:programme',
		});
		expect(searchBodyAttributes({ isFallback: false, value: story })).toEqual({
			'data-pagefind-body': '',
			'data-country': 'vn',
			'data-industry': 'manufacturing',
			// Pagefind reads name[attribute] entries, then one literal name:value, last.
			'data-pagefind-filter': 'country[data-country], industry[data-industry], type:story',
		});
	});

	test('a fallback page (another language’s text) is not indexed', () => {
		expect(searchBodyAttributes({ isFallback: true, value: story })).toEqual({});
	});

	test('every collection has a type with a label in every language', () => {
		expect(Object.values(collectionSearchType).sort()).toEqual([...searchTypes].sort());
		for (const locale of locales) {
			const strings = searchClientStrings(locale);
			for (const type of searchTypes) expect(strings.types[type], `${locale} ${type}`).toBeTruthy();
			expect(strings.count.other).toContain('{{count}}');
			expect(strings.countFor.other).toContain('{{query}}');
		}
		expect(searchClientStrings('en').countFor.one).toBe('{{count}} result for “{{query}}”');
	});

	test('the filters offered are those of the locale’s own entries', () => {
		const options = searchFilterOptions([
			{ isFallback: false, value: story },
			{ isFallback: true, value: { collection: 'stories', data: { country: 'th', industry: 'electronics' } } },
			{ isFallback: false, value: { collection: 'press', data: {} } },
		]);
		expect(options).toEqual({ type: ['story', 'release'], country: ['vn'], industry: ['manufacturing'] });
		expect(searchPath('zh')).toBe('/zh/search/');
	});

	test('filter groups: kinds in their order, then countries and industries sorted by their names in the reader’s language', () => {
		const options = { type: ['story', 'release'] as const, country: ['de', 'vn', 'in'], industry: ['software', 'ai-data'] };
		const groups = searchFilterGroups({ ...options, type: [...options.type] }, 'en');
		expect(groups.map((group) => [group.name, group.legend])).toEqual([
			['type', 'Type of page'],
			['country', 'Success stories: country or region'],
			['industry', 'Success stories: industry'],
		]);
		expect(groups[0].options).toEqual([
			{ value: 'story', label: 'Success story' },
			{ value: 'release', label: 'Press release' },
		]);
		expect(groups[1].options.map((option) => option.label)).toEqual(['Germany', 'India', 'Vietnam']);
		expect(groups[2].options.map((option) => option.value)).toEqual(['ai-data', 'software']);
		// By the Japanese names, not by code (de, in, vn).
		expect(searchFilterGroups({ ...options, type: [...options.type] }, 'ja')[1].options.map((option) => option.label)).toEqual(['インド', 'ドイツ', 'ベトナム']);
	});

	test('filter groups leave out what the index does not hold', () => {
		expect(searchFilterGroups({ type: ['page'], country: [], industry: [] }, 'en').map((group) => group.name)).toEqual(['type']);
	});
});

describe('the search page’s script', () => {
	test('counts are worded by the locale’s plural rules', () => {
		const message = { one: '{{count}} result for “{{query}}”', other: '{{count}} results for “{{query}}”' };
		expect(formatMessage(message, 'en', 1, 'desk')).toBe('1 result for “desk”');
		expect(formatMessage(message, 'en', 1200, 'desk')).toBe('1,200 results for “desk”');
		expect(formatMessage({ other: '「{{query}}」の検索結果：{{count}}件' }, 'ja', 1, '説明会')).toBe('「説明会」の検索結果：1件');
	});

	test('the address holds the query and the filters, and reads back the same', () => {
		const filters = { type: ['story', 'event'], country: ['vn'], industry: [] };
		const address = writeAddress('인턴십에', filters);
		expect(address).toBe('?q=%EC%9D%B8%ED%84%B4%EC%8B%AD%EC%97%90&type=story&type=event&country=vn');
		expect(readAddress(address)).toEqual({ query: '인턴십에', filters });
		expect(writeAddress('', { type: [], country: [], industry: [] })).toBe('');
		expect(readAddress('?q=+internship+')).toEqual({ query: 'internship', filters: { type: [], country: [], industry: [] } });
	});

	test('ticked values within a filter are any-of; empty filters are left out', () => {
		expect(pagefindFilters({ type: ['story', 'event'], country: [], industry: ['fintech'] })).toEqual({
			type: { any: ['story', 'event'] },
			industry: { any: ['fintech'] },
		});
	});

	const fragment = (words: string[], extra: number, locations: number[]) => ({
		url: '/ko/x/',
		excerpt: '',
		content: words.join(' '),
		word_count: words.length,
		locations,
		weighted_locations: locations.map((location) => ({ location, balanced_score: 1 })),
		meta: extra ? { [INDEX_ONLY_WORDS]: String(extra) } : {},
		filters: {},
	});

	test('Korean excerpts come from the page’s own words, never from the index-only forms', () => {
		const own = Array.from({ length: 50 }, (_, index) => `낱말${index}`);
		const extra = ['인재는', '인재가', '인재를', '인재와', '인재로'];
		const excerpt = ownWordsExcerpt(fragment([...own, ...extra], extra.length, [40, 51, 52, 53]), 10);
		expect(excerpt?.words).toHaveLength(10);
		expect(excerpt?.words.some((word) => extra.includes(word))).toBe(false);
		expect(excerpt?.words[excerpt.marked.indexOf(true)]).toBe('낱말40');
	});

	test('when only index-only forms matched there is no excerpt (the description is shown)', () => {
		expect(ownWordsExcerpt(fragment(['가나', '다라', '인재를'], 1, [2]))).toBeNull();
	});

	test('pages without index-only words keep Pagefind’s own excerpt', () => {
		expect(ownWordsExcerpt(fragment(['internship', 'desk'], 0, [0]))).toBeUndefined();
	});
});

describe('the recall set', () => {
	const set = parseRecallSet(JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/search-recall.json'), 'utf8')));

	test('has at least 12 queries per locale, including Korean nouns with particles', () => {
		for (const locale of locales) expect(set[locale].length).toBeGreaterThanOrEqual(12);
		expect(set.ko.map((item) => item.query)).toEqual(expect.arrayContaining(['인턴십에', '중소기업의']));
	});

	test('refuses a locale with too few queries or an expectation in another locale', () => {
		expect(() => parseRecallSet({ ...set, ko: set.ko.slice(0, 11) })).toThrow(/at least 12/);
		expect(() => parseRecallSet({ ...set, zh: [{ query: '实习', expect: ['/en/programmes/internship/'] }, ...set.zh] })).toThrow(/not a \/zh\//);
	});

	test('scores pages found in the top 5 over pages expected', () => {
		const hit = recallOutcome('en', { query: 'a', expect: ['/en/a/'] }, ['/en/x/', '/en/a/']);
		const miss = recallOutcome('en', { query: 'b', expect: ['/en/b/', '/en/c/'] }, ['/en/1/', '/en/2/', '/en/3/', '/en/4/', '/en/5/', '/en/b/', '/en/c/']);
		expect(hit.missing).toEqual([]);
		expect(miss.missing).toEqual(['/en/b/', '/en/c/']);
		const summary = recallSummary([hit, miss]);
		expect(summary).toMatchObject({ found: 1, expected: 3 });
		expect(summary.failures).toEqual([miss]);
		expect(summary.byLocale.en.recall).toBeCloseTo(1 / 3);
	});
});
