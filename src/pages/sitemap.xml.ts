import type { APIRoute } from 'astro';
import { defaultLocale } from '../i18n/locales.ts';
import { getEveryLocalizedEntry } from '../lib/entries.ts';
import { everyFacetValue } from '../lib/filters.ts';
import { sitemapXml, sitePages } from '../lib/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
	const pages = sitePages(await getEveryLocalizedEntry(defaultLocale), await everyFacetValue());
	return new Response(sitemapXml(pages, site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
