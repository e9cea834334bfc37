/** sitemap.xml with hreflang alternates: only real translations are listed, never fallbacks. */
import { type Locale, localeInfo, locales } from '../i18n/locales.ts';
import { type FacetedCollection, type FacetValue, filterPagePath } from './facets.ts';
import { absoluteUrl, collectionSegments, entryPath, localePath, type PageCollection } from './urls.ts';

/** One page and its language versions: locale → path, for the locales that have it in their language. */
export type PageVersions = Partial<Record<Locale, string>>;

const everyLocale = (path: (locale: Locale) => string): PageVersions => Object.fromEntries(locales.map((locale) => [locale, path(locale)]));

/** A list's filter values per facet, e.g. stories → { country: […], industry: […] }. */
export type ListFacets = Partial<Record<FacetedCollection, Record<string, FacetValue[]>>>;

/**
 * Every page of the site with its language versions: home, each collection's list and entries (an
 * entry only in the languages it is translated into), and the lists' filter pages.
 */
export function sitePages(
	entries: { key: string; translations: readonly Locale[]; value: { collection: PageCollection } }[],
	facets: ListFacets,
): PageVersions[] {
	const pages: PageVersions[] = [everyLocale((locale) => localePath(locale))];
	for (const collection of Object.keys(collectionSegments) as PageCollection[]) {
		if (collectionSegments[collection] !== '') pages.push(everyLocale((locale) => localePath(locale, collectionSegments[collection])));
		for (const item of entries.filter((entry) => entry.value.collection === collection)) {
			pages.push(Object.fromEntries(item.translations.map((locale) => [locale, entryPath(collection, locale, item.key)])));
		}
	}
	for (const [collection, byFacet] of Object.entries(facets) as [FacetedCollection, Record<string, FacetValue[]>][]) {
		for (const [facet, values] of Object.entries(byFacet)) {
			for (const { value } of values) pages.push(everyLocale((locale) => filterPagePath(collection, locale, facet, value)));
		}
	}
	return pages;
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function sitemapXml(pages: PageVersions[], site: URL | string | undefined): string {
	const urls: string[] = [];
	for (const versions of pages) {
		const entries = Object.entries(versions) as [Locale, string][];
		const links = entries
			.map(([locale, path]) => `<xhtml:link rel="alternate" hreflang="${localeInfo[locale].tag}" href="${escapeXml(absoluteUrl(path, site))}"/>`)
			.concat(`<xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(absoluteUrl('/', site))}"/>`)
			.join('');
		for (const [, path] of entries) urls.push(`<url><loc>${escapeXml(absoluteUrl(path, site))}</loc>${links}</url>`);
	}
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
