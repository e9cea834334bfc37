import type { APIRoute } from 'astro';
import { localeStaticPaths, useTranslations } from '../../../i18n/index.ts';
import { type Locale, localeInfo } from '../../../i18n/locales.ts';
import { getLocalizedEntries } from '../../../lib/entries.ts';
import { atomFeed } from '../../../lib/feed.ts';
import { absoluteUrl, collectionPath, entryPath, feedPath } from '../../../lib/urls.ts';

export const getStaticPaths = localeStaticPaths;

/** The releases that exist in this language (a feed carries no fallbacks). */
export const GET: APIRoute = async ({ params, site }) => {
	const locale = params.locale as Locale;
	const t = useTranslations(locale);
	const releases = (await getLocalizedEntries('press', locale)).filter((item) => !item.isFallback);
	const self = absoluteUrl(feedPath(locale), site);
	const body = atomFeed({
		id: self,
		title: `${t('press.title')} | ${t('site.name')}`,
		self,
		alternate: absoluteUrl(collectionPath('press', locale), site),
		language: localeInfo[locale].tag,
		author: t('site.owner'),
		entries: releases.map((item) => {
			const url = absoluteUrl(entryPath('press', locale, item.key), site);
			return { id: url, title: item.value.data.title, summary: item.value.data.description, url, published: item.value.data.date };
		}),
	});
	return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
