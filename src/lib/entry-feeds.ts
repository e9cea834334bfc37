/** The Atom feed of a collection in a locale: the entries that exist in its language (a feed carries no fallbacks); examples say so. */
import { useTranslations } from '../i18n/index.ts';
import { type Locale, localeInfo } from '../i18n/locales.ts';
import { getLocalizedEntries } from './entries.ts';
import { exampleLabelled, isExample } from './examples.ts';
import { atomFeed } from './feed.ts';
import { absoluteUrl, collectionPath, entryPath, type FeedCollection, feedPath } from './urls.ts';

export async function collectionFeed(collection: FeedCollection, locale: Locale, site: URL | undefined): Promise<string> {
	const t = useTranslations(locale);
	const items = (await getLocalizedEntries(collection, locale)).filter((item) => !item.isFallback);
	const self = absoluteUrl(feedPath(locale, collection), site);
	return atomFeed({
		id: self,
		title: `${t(`${collection}.title`)} | ${t('site.name')}`,
		self,
		alternate: absoluteUrl(collectionPath(collection, locale), site),
		language: localeInfo[locale].tag,
		author: t('site.owner'),
		entries: items.map((item) => {
			const url = absoluteUrl(entryPath(collection, locale, item.key), site);
			const { title, description, date } = item.value.data;
			// Made-up examples say so in feeds too (src/lib/examples.ts).
			const example = isExample(item.value.data);
			return { id: url, title: exampleLabelled(title, example, locale), summary: exampleLabelled(description, example, locale), url, published: date };
		}),
	});
}
