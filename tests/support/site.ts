/** The pages the built site must have, derived from content/ (see content.ts) and DESIGN.md's URLs. */
import {
	allEntries,
	companyFilterUrls,
	type Entry,
	entries,
	entryUrl,
	isTranslated,
	type Locale,
	listCollections,
	listUrl,
	locales,
	storyFilterUrls,
} from './content.ts';
import { landings, landingUrl, printSheetUrl } from './landings.ts';

/** Pages every locale has whatever the content: home, lists, 404, filter pages. */
export function localePages(locale: Locale): string[] {
	return [
		`/${locale}/`,
		...listCollections.map((collection) => listUrl(collection, locale)),
		`/${locale}/404/`,
		...storyFilterUrls(locale),
		...companyFilterUrls(locale),
	];
}

/** Every entry × locale page: one per key and locale, fallbacks included. */
export function entryPages(): { entry: Entry; locale: Locale; url: string }[] {
	return allEntries().flatMap((entry) => locales.map((locale) => ({ entry, locale, url: entryUrl(entry.collection, locale, entry.key) })));
}

/** Every page the site must build, in every locale, plus the chooser and the root 404. */
export function expectedPages(): string[] {
	return ['/', '/404.html', ...locales.flatMap(localePages), ...entryPages().map((page) => page.url)];
}

/** Content pages ship no JavaScript (DESIGN budgets): every entry page but events (their local time). */
export function contentPages(): string[] {
	return entryPages()
		.filter(({ entry }) => entry.collection !== 'events')
		.map((page) => page.url);
}

export interface Template {
	/** e.g. "story (fallback)". */
	name: string;
	url: string;
}

/**
 * One page of every template in every locale, for the browser tests: home, programmes list and a
 * programme, events list and an event, stories list, a filter page, a story and a fallback story,
 * press list and a release, each `pages` entry, a QR campaign landing and its print sheet, the 404, and `/`.
 */
export function templates(): Template[] {
	const first = (collection: Parameters<typeof entries>[0]) => entries(collection)[0];
	const list: Template[] = [{ name: 'language chooser', url: '/' }];
	for (const locale of locales) {
		const add = (name: string, url: string | undefined) => url && list.push({ name: `${name} (${locale})`, url });
		add('home', `/${locale}/`);
		add('programmes', listUrl('programmes', locale));
		add('programme', first('programmes') && entryUrl('programmes', locale, first('programmes').key));
		add('events', listUrl('events', locale));
		add('event', first('events') && entryUrl('events', locale, first('events').key));
		add('stories', listUrl('stories', locale));
		add('story filter', storyFilterUrls(locale)[0]);
		const stories = entries('stories');
		const translated = stories.find((entry) => isTranslated(entry, locale));
		add('story', translated && entryUrl('stories', locale, translated.key));
		const fallback = stories.find((entry) => !isTranslated(entry, locale));
		add('story fallback', fallback && entryUrl('stories', locale, fallback.key));
		add('press', listUrl('press', locale));
		add('release', first('press') && entryUrl('press', locale, first('press').key));
		add('guides', listUrl('guides', locale));
		add('guide', first('guides') && entryUrl('guides', locale, first('guides').key));
		add('companies', listUrl('companies', locale));
		add('company filter', companyFilterUrls(locale)[0]);
		add('company', first('companies') && entryUrl('companies', locale, first('companies').key));
		add('faq', first('faq') && entryUrl('faq', locale, first('faq').key));
		for (const page of entries('pages')) add(`page ${page.key}`, entryUrl('pages', locale, page.key));
		const landing = landings()[0];
		add('campaign landing', landing && landingUrl(locale, landing.key));
		add('campaign print sheet', landing && printSheetUrl(locale, landing.key));
		add('404', `/${locale}/404/`);
	}
	list.push({ name: 'root 404', url: '/404.html' });
	return list;
}
