/**
 * JSON-LD: valid JSON; GovernmentOrganization on home, Event on events, NewsArticle on releases, with
 * the phone, times and dates the content gives (the seed's own dates: tests/content/seed-facts.test.ts).
 */
import { describe, expect, test } from 'vitest';
import { entries, entryUrl, htmlLang, locales, readSettings, shownLocale } from '../support/content.ts';
import { htmlPages, page, siteOrigin } from '../support/dist.ts';

const types = (url: string) => page(url).jsonLd.map((block) => block.data?.['@type']);
const ofType = (url: string, type: string) => page(url).jsonLd.find((block) => block.data?.['@type'] === type)?.data;
/** An instant or a YAML day as schema.org wants it here: Tokyo time, e.g. 2022-07-13T13:00:00+09:00. */
const inTokyo = (value: unknown) => `${new Date(new Date(value as string).getTime() + 9 * 3_600_000).toISOString().slice(0, 19)}+09:00`;
/** The settings' 03-5320-4628 as an international number: +81-3-5320-4628. */
const internationalPhone = () => `+81-${String(readSettings().phone).replace(/^0/, '')}`;

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
		expect(JSON.stringify(organization)).toContain(`"${internationalPhone()}"`);
	});

	test('every event page (every locale) is an Event at the times of its content, in Tokyo time', () => {
		const problems: string[] = [];
		for (const entry of entries('events')) {
			for (const locale of locales) {
				const url = entryUrl('events', locale, entry.key);
				const data = entry.versions[shownLocale(entry, locale)]!.data;
				const event = ofType(url, 'Event');
				if (!event) {
					problems.push(`${url}: no Event (${types(url)})`);
					continue;
				}
				if (event.startDate !== inTokyo(data.start)) problems.push(`${url}: startDate ${event.startDate}, expected ${inTokyo(data.start)}`);
				if (event.endDate !== inTokyo(data.end)) problems.push(`${url}: endDate ${event.endDate}, expected ${inTokyo(data.end)}`);
				if (!event.name || !event.location?.name || !event.location?.address) problems.push(`${url}: name or location missing`);
				if (event.inLanguage !== htmlLang[shownLocale(entry, locale)]) problems.push(`${url}: inLanguage ${event.inLanguage}`);
				const attendance = `https://schema.org/${data.online === true ? 'Mixed' : 'Offline'}EventAttendanceMode`;
				if (event.eventAttendanceMode !== attendance) problems.push(`${url}: ${event.eventAttendanceMode}, expected ${attendance} (online: ${data.online})`);
			}
		}
		expect(problems).toEqual([]);
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
				const published = inTokyo(entry.versions[shownLocale(entry, locale)]!.data.date).slice(0, 10);
				if (!String(article.datePublished).startsWith(published)) problems.push(`${url}: datePublished ${article.datePublished}, expected ${published}`);
				if (article.publisher?.['@type'] !== 'GovernmentOrganization') problems.push(`${url}: publisher`);
				if (article.inLanguage !== htmlLang[shownLocale(entry, locale)]) problems.push(`${url}: inLanguage ${article.inLanguage}`);
			}
		}
		expect(problems).toEqual([]);
	});
});
