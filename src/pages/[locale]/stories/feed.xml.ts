import type { APIRoute } from 'astro';
import { localeStaticPaths } from '../../../i18n/index.ts';
import type { Locale } from '../../../i18n/locales.ts';
import { collectionFeed } from '../../../lib/entry-feeds.ts';

export const getStaticPaths = localeStaticPaths;

/** The stories that exist in this language (a feed carries no fallbacks). */
export const GET: APIRoute = async ({ params, site }) =>
	new Response(await collectionFeed('stories', params.locale as Locale, site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
