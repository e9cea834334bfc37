import type { APIRoute } from 'astro';
import { localeStaticPaths, useTranslations } from '../../../i18n/index.ts';
import { type Locale, localeInfo } from '../../../i18n/locales.ts';
import { getLocalizedEntries } from '../../../lib/entries.ts';
import { exampleLabelled } from '../../../lib/examples.ts';
import { atomFeed } from '../../../lib/feed.ts';
import { absoluteUrl, collectionPath, entryPath, feedPath } from '../../../lib/urls.ts';

export const getStaticPaths = localeStaticPaths;

/** The stories that exist in this language (a feed carries no fallbacks); examples say so in title and summary. */
export const GET: APIRoute = async ({ params, site }) => {
	const locale = params.locale as Locale;
	const t = useTranslations(locale);
	const stories = (await getLocalizedEntries('stories', locale)).filter((item) => !item.isFallback);
	const self = absoluteUrl(feedPath(locale, 'stories'), site);
	const body = atomFeed({
		id: self,
		title: `${t('stories.title')} | ${t('site.name')}`,
		self,
		alternate: absoluteUrl(collectionPath('stories', locale), site),
		language: localeInfo[locale].tag,
		author: t('site.owner'),
		entries: stories.map((item) => {
			const { title, description, date, example } = item.value.data;
			const url = absoluteUrl(entryPath('stories', locale, item.key), site);
			return { id: url, title: exampleLabelled(title, example, locale), summary: exampleLabelled(description, example, locale), url, published: date };
		}),
	});
	return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
