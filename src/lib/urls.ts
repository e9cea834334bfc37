import type { Locale } from '../i18n/locales.ts';

/**
 * Collections that have pages, and the URL segment each lives under. Pages sit at the locale root,
 * and so does the FAQ (its one entry, key `faq`, is /<locale>/faq/).
 */
export const collectionSegments = {
	programmes: 'programmes',
	events: 'events',
	stories: 'stories',
	press: 'press',
	pages: '',
	guides: 'guides',
	companies: 'companies',
	faq: '',
} as const;
export type PageCollection = keyof typeof collectionSegments;
/** Every collection kept as content/<collection>/<locale>/<key>.mdx: those above, and QR campaign landings (pages under /<locale>/campaigns/, without a list). */
export type LocalizedCollection = PageCollection | 'landings';

/** Collections with a list page of their own (/<locale>/<segment>/). */
export type ListedCollection = { [C in PageCollection]: (typeof collectionSegments)[C] extends '' ? never : C }[PageCollection];
export const listedCollections = (Object.keys(collectionSegments) as PageCollection[]).filter(
	(collection): collection is ListedCollection => collectionSegments[collection] !== '',
);

/**
 * `/ja/stories/some-key/`: every internal URL ends in a slash (trailingSlash: 'always'). A segment
 * may itself hold several (`programmes/internship/`).
 */
export function localePath(locale: Locale, ...segments: string[]): string {
	const rest = segments.flatMap((segment) => segment.split('/')).filter(Boolean).join('/');
	return rest ? `/${locale}/${rest}/` : `/${locale}/`;
}

export function entryPath(collection: PageCollection, locale: Locale, key: string): string {
	return localePath(locale, collectionSegments[collection], key);
}

export function collectionPath(collection: ListedCollection, locale: Locale): string {
	return localePath(locale, collectionSegments[collection]);
}

/** An event's calendar file, beside its page: `/en/events/some-key.ics`. */
export function icsPath(locale: Locale, key: string): string {
	return `${entryPath('events', locale, key).slice(0, -1)}.ics`;
}

/** A locale's Atom feed of press releases, or of another list (stories). */
export function feedPath(locale: Locale, collection: 'press' | 'stories' = 'press'): string {
	return `${collectionPath(collection, locale)}feed.xml`;
}

/** Swaps the locale segment of a site path: `/en/press/x/` → `/ko/press/x/`. */
export function switchLocale(path: string, locale: Locale): string {
	return path.replace(/^\/[a-z]{2}(?=\/|$)/, `/${locale}`);
}

export function absoluteUrl(path: string, site: URL | string | undefined): string {
	if (!site) throw new Error('`site` is not set in astro.config.mjs; absolute URLs need it.');
	return new URL(path, site).href;
}
