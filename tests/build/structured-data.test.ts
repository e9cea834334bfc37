/** JSON-LD: valid JSON; GovernmentOrganization on home, Event on events, NewsArticle on releases. */
import { describe, expect, test } from 'vitest';
import { entries, entryUrl, htmlLang, locales, shownLocale } from '../support/content.ts';
import { htmlPages, page, siteOrigin } from '../support/dist.ts';

const types = (url: string) => page(url).jsonLd.map((block) => block.data?.['@type']);
const ofType = (url: string, type: string) => page(url).jsonLd.find((block) => block.data?.['@type'] === type)?.data;

describe('JSON-LD', () => {
	test('every block on every page is valid JSON with a schema.org context', () => {
		const problems: string[] = [];
		for (const url of htmlPages()) {
			for (const block of page(url).jsonLd) {
				if (block.error) problems.push(`${url}: ${block.error}`);
				else if (block.data['@context'] !== 'https://schema.org') problems.push(`${url}: @context ${block.data['@context']}`);
				if (/<\/script/i.test(block.raw) || block.raw.includes('<!--')) problems.push(`${url}: unescaped < in JSON-LD`);
			}
		}
		expect(problems).toEqual([]);
	});

	test.each([...locales])('home (%s) describes the GovernmentOrganization with the desk’s phone', (locale) => {
		const organization = ofType(`/${locale}/`, 'GovernmentOrganization');
		expect(organization, `types: ${types(`/${locale}/`)}`).toBeDefined();
		expect(organization.name).toBeTruthy();
		expect(organization.url).toBe(`${siteOrigin()}/${locale}/`);
		expect(JSON.stringify(organization)).toContain('+81-3-5320-4628');
	});

	test('every event page (every locale) is an Event at 13:00–14:30 Tokyo time in July 2022', () => {
		const problems: string[] = [];
		const starts = new Set<string>();
		for (const entry of entries('events')) {
			for (const locale of locales) {
				const url = entryUrl('events', locale, entry.key);
				const event = ofType(url, 'Event');
				if (!event) {
					problems.push(`${url}: no Event (${types(url)})`);
					continue;
				}
				starts.add(event.startDate);
				if (!/^2022-07-\d\dT13:00:00\+09:00$/.test(event.startDate)) problems.push(`${url}: startDate ${event.startDate}`);
				if (!/^2022-07-\d\dT14:30:00\+09:00$/.test(event.endDate)) problems.push(`${url}: endDate ${event.endDate}`);
				if (event.startDate.slice(0, 10) !== event.endDate.slice(0, 10)) problems.push(`${url}: ends on another day`);
				if (!event.name || !event.location?.name || !event.location?.address) problems.push(`${url}: name or location missing`);
				if (event.inLanguage !== htmlLang[shownLocale(entry, locale)]) problems.push(`${url}: inLanguage ${event.inLanguage}`);
				if (event.eventAttendanceMode !== 'https://schema.org/MixedEventAttendanceMode') problems.push(`${url}: Zoom is available, so attendance is mixed`);
			}
		}
		expect(problems).toEqual([]);
		expect([...starts].sort()).toEqual(['2022-07-13T13:00:00+09:00', '2022-07-21T13:00:00+09:00']);
	});

	test('every release page (every locale) is a NewsArticle', () => {
		const problems: string[] = [];
		for (const entry of entries('press')) {
			for (const locale of locales) {
				const url = entryUrl('press', locale, entry.key);
				const article = ofType(url, 'NewsArticle');
				if (!article) {
					problems.push(`${url}: no NewsArticle (${types(url)})`);
					continue;
				}
				if (!article.headline) problems.push(`${url}: no headline`);
				if (!/^\d{4}-\d\d-\d\d/.test(article.datePublished ?? '')) problems.push(`${url}: datePublished ${article.datePublished}`);
				if (article.publisher?.['@type'] !== 'GovernmentOrganization') problems.push(`${url}: publisher`);
				if (article.inLanguage !== htmlLang[shownLocale(entry, locale)]) problems.push(`${url}: inLanguage ${article.inLanguage}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('the seed’s release was published on 15 July 2022', () => {
		const dates = entries('press').flatMap((entry) => locales.map((locale) => ofType(entryUrl('press', locale, entry.key), 'NewsArticle')?.datePublished));
		expect(dates.some((date) => date?.startsWith('2022-07-15'))).toBe(true);
	});
});
