import type { APIRoute } from 'astro';
import { defaultLocale, locales } from '../i18n/locales.ts';
import { getLocalizedEntries } from '../lib/entries.ts';
import { type PageVersions, sitemapXml } from '../lib/sitemap.ts';
import { storyFacets } from '../lib/taxonomies.ts';
import { storyFilterPaths } from '../lib/story-filters.ts';
import { collectionSegments, entryPath, localePath, type PageCollection } from '../lib/urls.ts';

const everyLocale = (path: (locale: (typeof locales)[number]) => string): PageVersions =>
	Object.fromEntries(locales.map((locale) => [locale, path(locale)]));

export const GET: APIRoute = async ({ site }) => {
	const pages: PageVersions[] = [everyLocale((locale) => localePath(locale))];
	for (const collection of Object.keys(collectionSegments) as PageCollection[]) {
		if (collection !== 'pages') pages.push(everyLocale((locale) => localePath(locale, collectionSegments[collection])));
		for (const item of await getLocalizedEntries(collection, defaultLocale)) {
			pages.push(Object.fromEntries(item.translations.map((locale) => [locale, entryPath(collection, locale, item.key)])));
		}
	}
	for (const facet of storyFacets) {
		for (const { params } of await storyFilterPaths(facet)) {
			if (params.locale === defaultLocale) pages.push(everyLocale((locale) => localePath(locale, 'stories', facet, params.value)));
		}
	}
	return new Response(sitemapXml(pages, site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
