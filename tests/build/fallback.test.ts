/**
 * Missing translations (DESIGN.md): `/L/…/<key>/` still exists and shows the first locale of L's
 * fallback chain, with a notice in L's language, `lang` on the fallen-back content, noindex,
 * canonical to the page it shows and no hreflang; lists in L mark such entries with their language.
 */
import { describe, expect, test } from 'vitest';
import { type Entry, entries, entryUrl, fallbacks, htmlLang, isTranslated, type Locale, locales, shownLocale } from '../support/content.ts';
import { page, siteOrigin } from '../support/dist.ts';
import { languageName } from '../support/fallback-checks.ts';
import { attr, type Element, isInside, langOf, textOf } from '../support/html.ts';
import { localePages } from '../support/site.ts';
import { mislabelledText } from '../support/text-language.ts';

/** Whitespace as textOf() collapses it. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

const cases = fallbacks();
const pageOf = ({ entry, locale }: { entry: Entry; locale: Locale }) => page(entryUrl(entry.collection, locale, entry.key));
const label = ({ entry, locale }: { entry: Entry; locale: Locale }) => `${entryUrl(entry.collection, locale, entry.key)} (shows ${shownLocale(entry, locale)})`;

describe('fallback pages', () => {
	test('content has at least one untranslated entry to exercise them (issue: “leave one untranslated”)', () => {
		expect(cases.length).toBeGreaterThan(0);
	});

	test.each(cases.map((item) => [label(item), item] as const))('%s is noindex', (_, item) => {
		expect(pageOf(item).robots).toMatch(/noindex/);
	});

	test.each(cases.map((item) => [label(item), item] as const))('%s is canonical to the page of the language it shows', (_, item) => {
		const shown = shownLocale(item.entry, item.locale);
		expect(pageOf(item).canonical).toBe(`${siteOrigin()}${entryUrl(item.entry.collection, shown, item.entry.key)}`);
		expect(pageOf(item).property('og:url')).toBe(pageOf(item).canonical);
	});

	test.each(cases.map((item) => [label(item), item] as const))('%s has no hreflang alternates', (_, item) => {
		expect([...pageOf(item).alternates.keys()]).toEqual([]);
	});

	test.each(cases.map((item) => [label(item), item] as const))('%s says so, in the page’s language, naming the language shown', (_, item) => {
		const current = pageOf(item);
		const notice = current.one('.notice--fallback');
		expect(notice, 'a .notice--fallback').toBeDefined();
		expect(langOf(notice!)).toBe(htmlLang[item.locale]);
		expect(textOf(notice!)).toContain(languageName(shownLocale(item.entry, item.locale), item.locale));
		// The notice comes before the content it explains.
		const heading = current.one('h1')!;
		expect(current.all('*').indexOf(notice!)).toBeLessThan(current.all('*').indexOf(heading));
	});

	test.each(cases.map((item) => [label(item), item] as const))('%s marks the fallen-back title, lead and text with their language', (_, item) => {
		const current = pageOf(item);
		const shown = shownLocale(item.entry, item.locale);
		const source = item.entry.versions[shown]!.data;
		const heading = current.one('h1')!;
		expect(textOf(heading)).toBe(collapse(String(source.title)));
		expect(langOf(heading)).toBe(htmlLang[shown]);
		const lead = current.all('p').find((element) => textOf(element) === collapse(String(source.description)));
		expect(lead, 'the description').toBeDefined();
		expect(langOf(lead!)).toBe(htmlLang[shown]);
		const prose = current.one('.prose');
		if (item.entry.versions[shown]!.body.trim()) {
			expect(prose, 'the body (.prose)').toBeDefined();
			expect(langOf(prose!)).toBe(htmlLang[shown]);
		}
	});

	test.each(cases.map((item) => [label(item), item] as const))('%s keeps its own UI in the page’s language', (_, item) => {
		const current = pageOf(item);
		expect(current.lang).toBe(htmlLang[item.locale]);
		const problems: string[] = [];
		for (const selector of ['nav', '.notice--fallback', '.entry__eyebrow']) {
			for (const element of current.all(selector)) {
				if (langOf(element) !== htmlLang[item.locale]) problems.push(`${selector} "${textOf(element).slice(0, 40)}" is lang=${langOf(element)}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test.each(cases.map((item) => [label(item), item] as const))('%s: no text is in one language while marked as another', (_, item) => {
		expect(mislabelledText(pageOf(item).main!)).toEqual([]);
	});

	test.each(cases.map((item) => [label(item), item] as const))('%s still switches to every language', (_, item) => {
		const current = pageOf(item);
		for (const locale of locales) {
			expect(current.one(`a[href="${entryUrl(item.entry.collection, locale, item.entry.key)}"][hreflang]`), locale).toBeDefined();
		}
	});
});

describe('translated entry pages', () => {
	const translated = entries('stories')
		.concat(entries('press'), entries('programmes'), entries('events'), entries('pages'))
		.flatMap((entry) => locales.filter((locale) => isTranslated(entry, locale)).map((locale) => ({ entry, locale })));

	test('are indexable, canonical to themselves, without a fallback notice', () => {
		const problems: string[] = [];
		for (const item of translated) {
			const url = entryUrl(item.entry.collection, item.locale, item.entry.key);
			const current = page(url);
			if (current.robots?.includes('noindex')) problems.push(`${url}: noindex`);
			if (current.canonical !== `${siteOrigin()}${url}`) problems.push(`${url}: canonical ${current.canonical}`);
			if (current.one('.notice--fallback')) problems.push(`${url}: fallback notice`);
			const heading = current.one('h1');
			if (!heading || langOf(heading) !== htmlLang[item.locale]) problems.push(`${url}: h1 in ${heading && langOf(heading)}`);
		}
		expect(problems).toEqual([]);
	});
});

describe('lists in a locale', () => {
	/** The card (nearest article/li) around a link. */
	const cardOf = (link: Element) => {
		let current = link.parentNode as Element | undefined;
		while (current && !['article', 'li'].includes(current.tagName)) current = current.parentNode as Element | undefined;
		return current ?? link;
	};

	const listPages = (locale: Locale) => localePages(locale).filter((page) => !page.endsWith('/404/'));

	test.each([...locales])('%s: fallen-back entries carry their language and a badge naming it; translated ones do not', (locale) => {
		const problems: string[] = [];
		let seenFallbacks = 0;
		for (const url of listPages(locale)) {
			const current = page(url);
			for (const collection of ['programmes', 'events', 'stories', 'press'] as const) {
				for (const entry of entries(collection)) {
					const href = entryUrl(collection, locale, entry.key);
					for (const link of current.all(`a[href="${href}"]`).filter((element) => isInside(element, current.main!))) {
						const shown = shownLocale(entry, locale);
						const card = cardOf(link);
						const name = languageName(shown, locale);
						if (shown === locale) {
							if (langOf(link) !== htmlLang[locale]) problems.push(`${url}: ${href} is lang=${langOf(link)}`);
							if (textOf(card).includes(name) && locale !== 'ja') {
								// Naming the page's own language on a translated card would be a false badge.
								const badge = current.all('.badge--language').find((element) => isInside(element, card));
								if (badge) problems.push(`${url}: ${href} has a language badge but is translated`);
							}
							continue;
						}
						seenFallbacks += 1;
						if (langOf(link) !== htmlLang[shown]) problems.push(`${url}: ${href} shows ${shown} but its title is lang=${langOf(link)}`);
						if (!textOf(card).includes(name)) problems.push(`${url}: ${href} shows ${shown} but its card does not say “${name}”`);
					}
				}
			}
		}
		expect(problems).toEqual([]);
		if (locale !== 'ja')
			expect(seenFallbacks, 'fallen-back entries listed').toBeGreaterThanOrEqual(
				cases.filter((item) => item.locale === locale && item.entry.collection !== 'pages').length,
			);
	});

	test.each([...locales])('%s: footer links to untranslated pages carry the language they are in', (locale) => {
		const problems: string[] = [];
		const footer = page(`/${locale}/`).one('footer')!;
		for (const entry of entries('pages')) {
			const link = page(`/${locale}/`)
				.all(`a[href="${entryUrl('pages', locale, entry.key)}"]`)
				.find((element) => isInside(element, footer));
			if (!link) continue;
			const shown = shownLocale(entry, locale);
			if (langOf(link) !== htmlLang[shown]) problems.push(`${attr(link, 'href')}: lang=${langOf(link)}, shows ${shown}`);
		}
		expect(problems).toEqual([]);
	});
});
