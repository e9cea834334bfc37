/**
 * The facts of the seed (the release of 15 July 2022) appear exactly in the built pages and their
 * structured data: the one thing in these tests that is not derived from content/, so an editor's
 * change may rightly break it (the `content` project).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { entries, entryUrl, type Locale, locales } from '../support/content.ts';
import { page } from '../support/dist.ts';
import { isInside, textOf } from '../support/html.ts';
import { projectRoot } from '../support/paths.ts';

const ui = (locale: Locale) => JSON.parse(readFileSync(path.join(projectRoot, `src/i18n/ui/${locale}.json`), 'utf8')) as Record<string, string>;
const mainText = (url: string) => page(url).mainText;
const allText = (collection: 'programmes' | 'events' | 'press' | 'pages', locale: Locale) =>
	entries(collection)
		.map((entry) => mainText(entryUrl(collection, locale, entry.key)))
		.join('\n');

describe('the press release', () => {
	const seedRelease = () => entries('press').find((entry) => new Date(entry.versions.ja!.data.date as string).toISOString().startsWith('2022-07-15'));

	test('of 15 July 2022 exists in all four languages (issue: “in all four languages”)', () => {
		const release = seedRelease();
		expect(release, 'a release dated 2022-07-15').toBeDefined();
		expect(Object.keys(release!.versions).sort()).toEqual(['en', 'ja', 'ko', 'zh']);
	});

	test.each([...locales])('%s: is dated 2022-07-15 in a <time> element', (locale) => {
		const url = entryUrl('press', locale, seedRelease()!.key);
		expect(page(url).one('time[datetime="2022-07-15"]'), url).toBeDefined();
	});

	test.each([...locales])('%s: gives the contact phone 03-5320-4628 as a tel: link', (locale) => {
		const url = entryUrl('press', locale, seedRelease()!.key);
		expect(mainText(url)).toContain('03-5320-4628');
		expect(page(url).one('a[href="tel:+81-3-5320-4628"]')).toBeDefined();
	});

	test('names the section and says assistance is in Japanese only (en, ja)', () => {
		const en = mainText(entryUrl('press', 'en', seedRelease()!.key));
		expect(en).toContain('Employment Promotion Section, Employment Division, Bureau of Industrial and Labor Affairs');
		expect(en).toMatch(/Japanese/);
		const ja = mainText(entryUrl('press', 'ja', seedRelease()!.key));
		expect(ja).toContain('産業労働局');
		expect(ja).toContain('就業推進課');
	});

	test.each([...locales])('%s: each attachment states its format, size and language', (locale) => {
		const url = entryUrl('press', locale, seedRelease()!.key);
		const downloads = page(url).all('a[download][hreflang]');
		expect(downloads.length).toBeGreaterThan(0);
		for (const link of downloads) {
			const item = textOf(link.parentNode!);
			expect(item).toMatch(/PDF/);
			expect(item).toMatch(/\d\s?(kB|KB|MB|B)\b/i);
		}
	});
});

describe('the explanatory meetings', () => {
	test.each([...locales])('%s: on 13 and 21 July 2022, 13:00–14:30, in Tokyo time', (locale) => {
		const pages = entries('events').map((entry) => entryUrl('events', locale, entry.key));
		expect(pages.length).toBeGreaterThanOrEqual(2);
		const text = pages.map(mainText).join('\n');
		for (const url of pages) {
			expect(mainText(url), url).toMatch(/13:00/);
			expect(mainText(url), url).toMatch(/14:30/);
			expect(mainText(url), url).toContain(ui(locale)['event.tokyoTime']);
		}
		const days: Record<Locale, [string, string]> = {
			ja: ['2022年7月13日', '2022年7月21日'],
			en: ['July 13, 2022', 'July 21, 2022'],
			zh: ['2022年7月13日', '2022年7月21日'],
			ko: ['2022년 7월 13일', '2022년 7월 21일'],
		};
		for (const day of days[locale]) expect(text).toContain(day);
	});

	test.each([...locales])('%s: at JOB HUB SQUARE, 2-6-2 Otemachi, with Zoom', (locale) => {
		for (const entry of entries('events')) {
			const text = mainText(entryUrl('events', locale, entry.key));
			expect(text).toContain('JOB HUB SQUARE');
			expect(text).toContain('2-6-2');
			expect(text).toContain('Zoom');
		}
	});
});

describe('the programmes', () => {
	test('in English: matching in 4 Asian countries, ~15 companies a term; internship ~20 a year, 10 Jan – 10 Mar 2023; 10 desks; 20 companies applying 1 Jul – 15 Aug 2022', () => {
		const text = allText('programmes', 'en');
		expect(text).toContain('4 countries in Asia');
		expect(text).toContain('about 15 companies per term');
		expect(text).toContain('about 20 people (companies) a year');
		expect(text).toMatch(/January 10.{1,20}March 10, 2023/);
		expect(text).toContain('10 countries');
		expect(text).toContain('20 companies');
		expect(text).toMatch(/July 1.{1,20}August 15, 2022/);
	});

	test('in Japanese: the same facts', () => {
		const text = allText('programmes', 'ja');
		expect(text).toContain('アジアの4か国');
		expect(text).toContain('1期あたり約15社');
		expect(text).toContain('年間約20人');
		expect(text).toContain('2023年1月10日');
		expect(text).toContain('2023年3月10日');
		expect(text).toContain('10か国');
		expect(text).toContain('20社');
		expect(text).toMatch(/2022年7月1日.{1,20}2022年8月15日|2022年7月1日.{1,20}8月15日/);
	});

	test.each(['zh', 'ko'] as const)('in %s: the numbers and the internship dates', (locale) => {
		const text = allText('programmes', locale);
		for (const fact of ['15', '20', '10', '4', '2023']) expect(text).toContain(fact);
		expect(text).toMatch(locale === 'zh' ? /2023年1月10日/ : /2023년 1월 10일/);
	});
});

describe('the project page', () => {
	test('places the project in Future Tokyo, strategies 5 and 12', () => {
		const en = allText('pages', 'en');
		expect(en).toContain('Future Tokyo');
		expect(en).toMatch(/Strategy 5\b/);
		expect(en).toMatch(/Strategy 12\b/);
		const ja = allText('pages', 'ja');
		expect(ja).toContain('未来の東京');
		expect(ja).toMatch(/戦略5/);
		expect(ja).toMatch(/戦略12/);
	});
});

describe('every page', () => {
	test.each([...locales])('%s: the footer gives the desk’s phone', (locale) => {
		const home = page(`/${locale}/`);
		const footer = home.all('footer').at(-1)!;
		expect(home.all('a[href="tel:+81-3-5320-4628"]').some((link) => isInside(link, footer))).toBe(true);
	});
});

describe('the seed in structured data (JSON-LD)', () => {
	const ofType = (url: string, type: string) => page(url).jsonLd.find((block) => block.data?.['@type'] === type)?.data;

	test('the meetings are Events at 13:00–14:30 Tokyo time on 13 and 21 July 2022, with Zoom: attendance is mixed', () => {
		const problems: string[] = [];
		const starts = new Set<string>();
		for (const entry of entries('events')) {
			for (const locale of locales) {
				const url = entryUrl('events', locale, entry.key);
				const event = ofType(url, 'Event');
				starts.add(event?.startDate);
				if (!/^2022-07-\d\dT13:00:00\+09:00$/.test(event?.startDate)) problems.push(`${url}: startDate ${event?.startDate}`);
				if (!/^2022-07-\d\dT14:30:00\+09:00$/.test(event?.endDate)) problems.push(`${url}: endDate ${event?.endDate}`);
				if (event?.eventAttendanceMode !== 'https://schema.org/MixedEventAttendanceMode') problems.push(`${url}: Zoom is available, so attendance is mixed`);
			}
		}
		expect(problems).toEqual([]);
		expect([...starts].sort()).toEqual(['2022-07-13T13:00:00+09:00', '2022-07-21T13:00:00+09:00']);
	});

	test('the release was published on 15 July 2022', () => {
		const dates = entries('press').flatMap((entry) => locales.map((locale) => ofType(entryUrl('press', locale, entry.key), 'NewsArticle')?.datePublished));
		expect(dates.some((date) => date?.startsWith('2022-07-15'))).toBe(true);
	});

	test.each([...locales])('home (%s): the organisation’s phone is +81-3-5320-4628', (locale) => {
		expect(JSON.stringify(ofType(`/${locale}/`, 'GovernmentOrganization'))).toContain('+81-3-5320-4628');
	});
});
