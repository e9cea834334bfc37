/**
 * Search (issues 4 and 12), the pure parts: Korean particle forms added at index time, what the
 * indexer reads from a page and adds to it (keywords, fallback records, digits, kanji marks), the
 * attributes entry pages carry, the search page's messages and address, its excerpts, and the
 * recall set's scoring. Query reading: search-query.test.ts and its neighbours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { MIN_QUERIES_PER_LOCALE, parseRecallSet, recallOutcome, recallSummary } from '../../scripts/support/search-recall.ts';
import { locales } from '../../src/i18n/locales.ts';
import { fallbackRegion, indexedRegions, KEYWORD_WEIGHT, pageForIndex, pageUrl } from '../../src/integrations/search-index.ts';
import { textWords } from '../../src/integrations/search-words.ts';
import { pagefindFilters, readAddress, writeAddress } from '../../src/lib/search/address.ts';
import { excerptFor, pageWords } from '../../src/lib/search/excerpt.ts';
import {
	collectionSearchType,
	FALLBACK_ATTRIBUTE,
	fallbackRecord,
	KEYWORDS_ATTRIBUTE,
	searchBodyAttributes,
	searchClientStrings,
	searchFilterGroups,
	searchFilterOptions,
	searchPath,
	searchTypes,
} from '../../src/lib/search/index.ts';
import { markKanjiRuns, withKanjiMarks } from '../../src/lib/search/kanji-runs.ts';
import { hasFinalConsonant, koreanIndexTerms, koreanNouns, nounStem, particleForms } from '../../src/lib/search/korean.ts';
import { INDEX_ONLY_MARK, JAPANESE_MARK, withoutMarks } from '../../src/lib/search/marks.ts';
import { formatMessage, missingMessage } from '../../src/lib/search/messages.ts';
import { numberWords } from '../../src/lib/search/normalise.ts';

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
		expect(particleForms('인턴십')).toEqual([
			'인턴십은',
			'인턴십이',
			'인턴십을',
			'인턴십과',
			'인턴십으로',
			'인턴십의',
			'인턴십에',
			'인턴십에서',
			'인턴십에는',
			'인턴십도',
		]);
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

	test('Korean pages get their particle forms in weighted body regions before </main>, after the index-only mark', () => {
		const { html: indexed, koreanTerms: terms } = pageForIndex(html, 'ko', new Set());
		expect(terms).toBeGreaterThan(0);
		const added = indexed.slice(indexed.indexOf('</article>') + '</article>'.length, indexed.indexOf('</main>'));
		expect(added).toMatch(new RegExp(`^<div data-pagefind-body data-pagefind-weight="7">${INDEX_ONLY_MARK} [^<]*인재를`));
		expect(added).toMatch(/<div data-pagefind-body data-pagefind-weight="1">[^<]*중소기업의/);
		expect(
			added
				.replace(/<[^>]+>/g, ' ')
				.replace(INDEX_ONLY_MARK, ' ')
				.trim()
				.split(/\s+/),
		).toHaveLength(terms);
		expect(indexed.replace(added, '')).toBe(html);
	});

	test('a page’s keywords are index-only words weighted as its title; Korean keywords get particle forms', () => {
		const page = html.replace(
			'data-pagefind-body data-pagefind-filter',
			`data-pagefind-body ${KEYWORDS_ATTRIBUTE}="[&quot;매칭&quot;,&quot;전화번호&quot;]" data-pagefind-filter`,
		);
		const { html: indexed, text } = pageForIndex(page, 'ko', new Set());
		const added = indexed.slice(indexed.lastIndexOf('</article>'), indexed.indexOf('</main>'));
		expect(added).toMatch(new RegExp(`data-pagefind-weight="${KEYWORD_WEIGHT}">${INDEX_ONLY_MARK} 매칭 전화번호</div>`));
		expect(added).toContain('전화번호를');
		expect(text).toContain('전화번호');
	});

	test('Japanese and Chinese pages also hold the digits of their numbers; Japanese kanji runs are marked', () => {
		const japanese =
			'<html lang="ja"><body><main><article data-pagefind-body><h1>海外相談窓口</h1><p>電話 03-5320-4628（2022年）東京で働く</p></article></main></body></html>';
		const { html: indexed } = pageForIndex(japanese, 'ja');
		expect(indexed).toContain(`<h1>海外相談窓口${JAPANESE_MARK}</h1>`);
		expect(indexed).toContain(`電話${JAPANESE_MARK} 03-5320-4628（2022年${JAPANESE_MARK}）東京で働く`);
		expect(indexed).toMatch(new RegExp(`${INDEX_ONLY_MARK} 0353204628 03 5320 4628 2022</div></main>`));
		expect(pageForIndex(japanese.replace('lang="ja"', 'lang="en"'), 'en').html).not.toContain(JAPANESE_MARK);
	});

	test('a fallback page is indexed by its record alone: title, and facts in the reader’s language', () => {
		const record = fallbackRecord(
			{ collection: 'stories', data: { title: '1年半越しの入社　タイ出身の組込みエンジニア', country: 'th', industry: 'electronics' } },
			'ko',
			'ja',
		);
		expect(record).toEqual({
			title: '1年半越しの入社　タイ出身の組込みエンジニア',
			language: 'ja',
			facts: ['성공 사례', '태국', '전자'],
			filters: { type: 'story', country: 'th', industry: 'electronics' },
		});
		const page = `<html lang="ko"><body><main><article ${FALLBACK_ATTRIBUTE}="${JSON.stringify(record).replaceAll('"', '&quot;')}"><h1>本文のタイトル</h1><p>本文は索引に入らない</p></article></main></body></html>`;
		const { html: indexed, fallback } = pageForIndex(page, 'ko');
		expect(fallback).toBe(true);
		const regions = indexedRegions(indexed);
		expect(regions.map((region) => region.text).join(' ')).not.toContain('本文');
		// Korean does not segment Japanese: the title goes in as words.
		expect(regions.find((region) => region.weight === 7)?.text).toBe(`${INDEX_ONLY_MARK} 1 年 半 越し の 入社 タイ 出身 の 組込み エンジニア`);
		expect(indexed).toContain('data-pagefind-meta="title">1年半越しの入社　タイ出身の組込みエンジニア</p>');
		expect(indexed).toContain('data-pagefind-meta="description">성공 사례 · 태국 · 전자</p>');
		expect(indexed).toContain('data-pagefind-meta="language[data-language]"');
		expect(indexed).toMatch(
			/data-type="story" data-country="th" data-industry="electronics" data-pagefind-filter="type\[data-type\], country\[data-country\], industry\[data-industry\]"/,
		);
		expect(fallbackRegion(record, 'zh-Hans')).toContain(`<h1>${INDEX_ONLY_MARK} 1年半越しの入社　タイ出身の組込みエンジニア</h1>`);
		// The facts come first: they are the excerpt; the title follows the index-only mark.
		expect(indexed.indexOf('성공 사례 · 태국 · 전자')).toBeLessThan(indexed.indexOf(INDEX_ONLY_MARK));
	});

	test('pages without Korean nouns are left as they are', () => {
		const english = '<html lang="en"><body><main><article data-pagefind-body><h1>Internship</h1></article></main></body></html>';
		expect(pageForIndex(english, 'en')).toMatchObject({ html: english, koreanTerms: 0 });
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

	test('a fallback page (another language’s text) is not indexed; only its record is', () => {
		expect(searchBodyAttributes({ isFallback: true, value: story })).toEqual({});
		const attributes = searchBodyAttributes({
			isFallback: true,
			locale: 'en',
			contentLocale: 'ja',
			value: { ...story, data: { ...story.data, title: 'ベトナム出身のエンジニア' } },
		});
		expect(Object.keys(attributes)).toEqual([FALLBACK_ATTRIBUTE]);
		expect(JSON.parse(attributes[FALLBACK_ATTRIBUTE])).toEqual({
			title: 'ベトナム出身のエンジニア',
			language: 'ja',
			facts: ['Success story', 'Vietnam', 'Manufacturing'],
			filters: { type: 'story', country: 'vn', industry: 'manufacturing' },
		});
	});

	test('keywords ride along with the indexed body, never as text', () => {
		const attributes = searchBodyAttributes({ isFallback: false, value: { collection: 'pages', data: { keywords: ['phone number', ' ', 'contact'] } } });
		expect(attributes[KEYWORDS_ATTRIBUTE]).toBe('["phone number","contact"]');
		expect(searchBodyAttributes({ isFallback: false, value: { collection: 'pages', data: { keywords: [] } } })).not.toHaveProperty(KEYWORDS_ATTRIBUTE);
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
		for (const locale of locales) {
			const strings = searchClientStrings(locale);
			expect(strings.missing, locale).toMatch(/\{\{missing\}\}[\s\S]*\{\{shown\}\}/);
			expect(Object.keys(strings.otherLanguage).sort(), locale).toEqual(locales.filter((other) => other !== locale).sort());
		}
		expect(searchClientStrings('ko').otherLanguage.ja).toBe('일본어만 제공');
	});

	test('the filters offered are those of the entries the locale indexes, fallbacks by their records', () => {
		const options = searchFilterOptions([
			{ isFallback: false, value: story },
			{ isFallback: true, value: { collection: 'stories', data: { country: 'th', industry: 'electronics' } } },
			{ isFallback: false, value: { collection: 'press', data: {} } },
		]);
		expect(options).toEqual({ type: ['story', 'release'], country: ['th', 'vn'], industry: ['electronics', 'manufacturing'] });
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
		expect(searchFilterGroups({ ...options, type: [...options.type] }, 'ja')[1].options.map((option) => option.label)).toEqual([
			'インド',
			'ドイツ',
			'ベトナム',
		]);
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

	test('a note says which words matched nothing and which were searched', () => {
		expect(missingMessage('No pages match “{{missing}}”; showing results for “{{shown}}”.', ['京都'], ['東京', '就職'])).toBe(
			'No pages match “京都”; showing results for “東京 就職”.',
		);
	});

	const fragment = (content: string, raw_content?: string) => ({ content, raw_content });

	test('excerpts come from the page’s own words, never from the index-only words after the mark', () => {
		const own = Array.from({ length: 50 }, (_, index) => `낱말${index}`);
		const extra = ['인재는', '인재가', '인재를', '인재와', '인재로'];
		const data = fragment([...own, INDEX_ONLY_MARK, ...extra].join(' '));
		expect(pageWords(data)).toHaveLength(50);
		const excerpt = excerptFor(data, [40, 52, 53, 54], 10);
		expect(excerpt?.words).toHaveLength(10);
		expect(excerpt?.words.some((word) => extra.includes(word.trim()))).toBe(false);
		expect(excerpt?.words[excerpt.marked.indexOf(true)]).toBe('낱말40 ');
	});

	test('when only index-only words matched there is no excerpt (the description is shown)', () => {
		expect(excerptFor(fragment(`가나 다라 ${INDEX_ONLY_MARK} 인재를`), [3])).toBeNull();
	});

	test('Japanese and Chinese words are counted at Pagefind’s boundaries, marks removed, spacing kept', () => {
		const raw = ['海外', '相談', '窓口', `${JAPANESE_MARK} `, '東京', 'で', '働く', '&lt;PDF&gt;'].join('\u200B');
		const data = fragment(raw.replaceAll('\u200B', '').replaceAll('&lt;', '<').replaceAll('&gt;', '>'), raw);
		expect(pageWords(data)).toEqual(['海外', '相談', '窓口', `${JAPANESE_MARK} `, '東京', 'で', '働く', '<PDF>']);
		const excerpt = excerptFor(data, [1, 4]);
		expect(excerpt?.words.join('')).toBe('海外相談窓口 東京で働く<PDF>');
		expect(excerpt?.words.filter((_, index) => excerpt.marked[index])).toEqual(['相談', '東京']);
		expect(excerpt).toMatchObject({ cutStart: false, cutEnd: false });
		expect(excerptFor(fragment(Array.from({ length: 100 }, (_, index) => `w${index}`).join(' ')), [50], 10)).toMatchObject({ cutStart: true, cutEnd: true });
		expect(withoutMarks(`海外相談窓口${JAPANESE_MARK}`)).toBe('海外相談窓口');
	});
});

describe('Japanese for the indexer', () => {
	test('each whole run of kanji without kana after it gets the mark', () => {
		expect(markKanjiRuns('東京都千代田区大手町2-6-2')).toBe(`東京都千代田区大手町${JAPANESE_MARK}2-6-2`);
		expect(markKanjiRuns('東京で就職したい')).toBe('東京で就職したい');
		expect(markKanjiRuns('『未来の東京』戦略')).toBe(`『未来の東京${JAPANESE_MARK}』戦略${JAPANESE_MARK}`);
		expect(markKanjiRuns('インターンシップ')).toBe('インターンシップ');
	});

	test('only the text inside <main>, never tags, attributes, scripts or styles', () => {
		const html =
			'<html lang="ja"><head><title>検索</title></head><body><main><h1 title="東京都">東京都</h1><script>var 東京 = 1;</script><p>受入企業</p></main><footer>東京都</footer></body></html>';
		expect(withKanjiMarks(html)).toBe(html.replace('>東京都</h1>', `>東京都${JAPANESE_MARK}</h1>`).replace('>受入企業<', `>受入企業${JAPANESE_MARK}<`));
	});

	test('numbers are also held as their digits', () => {
		expect(numberWords('電話 03-5320-4628、2022年7月1日、＋81-3-5320-4628')).toEqual(['0353204628', '81353204628', '03', '5320', '4628', '2022', '81']);
	});

	test('English and Korean word lists are the words of the text as Pagefind reads them, with page counts', () => {
		expect(textWords(['An e-commerce company', 'Companies and the company'])).toEqual({
			an: 1,
			ecommerce: 1,
			commerce: 1,
			company: 2,
			companies: 1,
			and: 1,
			the: 1,
		});
	});
});

describe('the recall set', () => {
	const set = parseRecallSet(JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/search-recall.json'), 'utf8')));

	test(`has at least ${MIN_QUERIES_PER_LOCALE} queries per locale, including Korean nouns with particles and precision cases`, () => {
		for (const locale of locales) {
			expect(set[locale].length).toBeGreaterThanOrEqual(MIN_QUERIES_PER_LOCALE);
			expect(set[locale].filter((item) => item.forbid?.length).length, locale).toBeGreaterThanOrEqual(2);
			for (const kind of ['question', 'inflection', 'name', 'fact'])
				expect(
					set[locale].some((item) => item.kind === kind),
					`${locale} ${kind}`,
				).toBe(true);
		}
		expect(set.ko.map((item) => item.query)).toEqual(expect.arrayContaining(['인턴십에', '중소기업의']));
		expect(set.ja.map((item) => item.query)).toContain('京都');
	});

	test('refuses a locale with too few queries, an expectation in another locale, or a case that expects and forbids nothing', () => {
		expect(() => parseRecallSet({ ...set, ko: set.ko.slice(0, MIN_QUERIES_PER_LOCALE - 1) })).toThrow(new RegExp(`at least ${MIN_QUERIES_PER_LOCALE}`));
		expect(() => parseRecallSet({ ...set, zh: [{ query: '实习', expect: ['/en/programmes/internship/'] }, ...set.zh] })).toThrow(/not a \/zh\//);
		expect(() => parseRecallSet({ ...set, zh: [{ query: '京都', expect: [], forbid: ['/ja/about/'] }, ...set.zh] })).toThrow(/not a \/zh\//);
		expect(() => parseRecallSet({ ...set, en: [{ query: 'x', expect: [] }, ...set.en] })).toThrow(/expects nothing/);
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

	test('counts forbidden pages returned anywhere in the results as false matches; the core set apart', () => {
		const clean = recallOutcome('ja', { query: '京都', expect: [], forbid: ['/ja/a/'], kind: 'precision' }, []);
		const noisy = recallOutcome('ja', { query: '大阪', expect: [], forbid: ['/ja/a/', '/ja/b/'], kind: 'precision' }, [
			'/ja/x/',
			'/ja/1/',
			'/ja/2/',
			'/ja/3/',
			'/ja/4/',
			'/ja/5/',
			'/ja/b/',
		]);
		const core = recallOutcome('ja', { query: '説明会', expect: ['/ja/e/'] }, ['/ja/e/']);
		expect(noisy.intruders).toEqual(['/ja/b/']);
		const summary = recallSummary([clean, noisy, core]);
		expect(summary).toMatchObject({ precisionCases: 2, falseMatches: 1, found: 1, expected: 1 });
		expect(summary.core).toMatchObject({ found: 1, expected: 1, precisionCases: 0 });
		expect(summary.failures).toEqual([noisy]);
	});
});
