/** The language switcher lands on the same entry in each language, fallback pages included. */
import { describe, expect, test } from 'vitest';
import { type Entry, entries, entryUrl, htmlLang, isTranslated, type Locale, locales, shownLocale } from '../support/content.ts';
import { useBuiltSite } from '../support/e2e.ts';

const site = useBuiltSite();
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const translated = entries('stories').find((entry) => locales.every((locale) => isTranslated(entry, locale))) ?? entries('stories')[0];
const fallback = entries('stories').find((entry) => locales.some((locale) => !isTranslated(entry, locale)));
const release = entries('press')[0];

/** From the entry's page in `start`, follows the switcher to each language in turn, coming back each time. */
async function switchThroughEveryLanguage(entry: Entry, start: Locale) {
	const page = await site.sharedPage();
	const visited: string[] = [];
	for (const locale of locales) {
		await page.goto(entryUrl(entry.collection, start, entry.key));
		await page.locator(`header a[hreflang="${htmlLang[locale]}"]`).first().click();
		await page.waitForLoadState();
		const shown = shownLocale(entry, locale);
		expect(new URL(page.url()).pathname).toBe(entryUrl(entry.collection, locale, entry.key));
		expect(await page.locator('html').getAttribute('lang')).toBe(htmlLang[locale]);
		expect(collapse(await page.locator('h1').first().innerText())).toBe(collapse(String(entry.versions[shown]!.data.title)));
		expect(await page.locator(`header a[hreflang="${htmlLang[locale]}"]`).first().getAttribute('aria-current')).toBeTruthy();
		visited.push(new URL(page.url()).pathname);
	}
	return visited;
}

describe('language switcher', () => {
	test(`on a story (${translated.key}) lands on the same story in every language`, async () => {
		const visited = await switchThroughEveryLanguage(translated, 'en');
		expect(visited).toEqual(locales.map((locale) => entryUrl('stories', locale, translated.key)));
	});

	test.runIf(fallback)(`on a story some languages lack (${fallback?.key}) lands on its fallback pages, never a 404`, async () => {
		const missing = locales.find((locale) => !isTranslated(fallback!, locale))!;
		const visited = await switchThroughEveryLanguage(fallback!, missing);
		expect(visited).toEqual(locales.map((locale) => entryUrl('stories', locale, fallback!.key)));
	});

	test(`on a release (${release.key}) lands on the same release`, async () => {
		await switchThroughEveryLanguage(release, 'ja');
	});

	test('on a story filter page keeps the filter', async () => {
		const story = entries('stories')[0];
		const country = String(story.versions.ja!.data.country);
		const page = await site.sharedPage();
		await page.goto(`/ja/stories/country/${country}/`);
		await page.locator('header a[hreflang="ko"]').first().click();
		await page.waitForLoadState();
		expect(new URL(page.url()).pathname).toBe(`/ko/stories/country/${country}/`);
		expect(await page.locator('html').getAttribute('lang')).toBe('ko');
	});
});
