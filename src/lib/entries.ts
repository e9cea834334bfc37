/** Content queries: every localised entry, resolved for a locale with the fallback policy of DESIGN.md. */
import { type CollectionEntry, getCollection } from 'astro:content';
import { defaultLocale, type Locale, locales } from '../i18n/locales.ts';
import { oncePerBuild } from './build-cache.ts';
import { splitEntryId } from './entry-id.ts';
import { groupByKey, type Resolved, resolveVersion, type Versions } from './fallback.ts';
import { getSettings } from './settings.ts';
import { guideTopics } from './taxonomies.ts';
import { collectionSegments, type LocalizedCollection, type PageCollection } from './urls.ts';

export type { LocalizedCollection };

export type LocalizedEntry<C extends LocalizedCollection> = Resolved<CollectionEntry<C>> & { key: string };

type Orderable = { data: Record<string, unknown> };
const byNumber = (field: string) => (a: Orderable, b: Orderable) => Number(a.data[field] ?? 0) - Number(b.data[field] ?? 0);
const newestFirst = (field: string) => (a: Orderable, b: Orderable) => Number(b.data[field]) - Number(a.data[field]);
const byText = (field: string) => (a: Orderable, b: Orderable) => String(a.data[field]).localeCompare(String(b.data[field]));
const topicIndex = (entry: Orderable) => guideTopics.indexOf(entry.data.topic as (typeof guideTopics)[number]);

/** How each collection's lists are ordered. */
const order: Record<LocalizedCollection, (a: Orderable, b: Orderable) => number> = {
	programmes: byNumber('order'),
	events: byNumber('start'),
	stories: newestFirst('date'),
	press: newestFirst('date'),
	pages: byNumber('footerOrder'),
	landings: byNumber('validFrom'),
	guides: (a, b) => topicIndex(a) - topicIndex(b) || byNumber('order')(a, b),
	// By key: the same order in every language.
	companies: byText('key'),
	faq: byText('key'),
};

/** Whether an entry goes into this build: example stories and companies can be left out of production. */
async function isPublished(entry: CollectionEntry<LocalizedCollection>): Promise<boolean> {
	if ((entry.collection !== 'stories' && entry.collection !== 'companies') || !entry.data.example) return true;
	if (!import.meta.env.PROD) return true;
	const settings = await getSettings();
	return entry.collection === 'stories' ? settings.publishExampleStories : settings.publishExampleCompanies;
}

/** Every key of a collection with its language versions. Japanese must exist for each key. */
const loadVersions = oncePerBuild(async (collection: LocalizedCollection) => {
	const entries = (await getCollection(collection)) as CollectionEntry<LocalizedCollection>[];
	const published = [];
	for (const entry of entries) if (await isPublished(entry)) published.push(entry);
	const groups = groupByKey(
		published.map((entry) => {
			const { locale, key } = splitEntryId(entry.id);
			return { locale: locale as Locale, key, value: entry };
		}),
	);
	for (const [key, versions] of groups) {
		if (!versions[defaultLocale]) {
			const present = locales.filter((locale) => versions[locale]).map((locale) => `content/${collection}/${locale}/${key}.mdx`);
			throw new Error(
				`${present.join(', ')}: there is no Japanese version (content/${collection}/${defaultLocale}/${key}.mdx). Japanese is the source; every entry needs it.`,
			);
		}
	}
	return groups;
});

async function versionsByKey<C extends LocalizedCollection>(collection: C): Promise<Map<string, Versions<CollectionEntry<C>>>> {
	return (await loadVersions(collection)) as Map<string, Versions<CollectionEntry<C>>>;
}

/** Every entry of a collection as a page in `locale` shows it, in the collection's order. */
export async function getLocalizedEntries<C extends LocalizedCollection>(collection: C, locale: Locale): Promise<LocalizedEntry<C>[]> {
	const groups = await versionsByKey(collection);
	const resolved: LocalizedEntry<C>[] = [];
	for (const [key, versions] of groups) {
		const version = resolveVersion(versions, locale);
		if (version) resolved.push({ ...version, key });
	}
	return resolved.sort((a, b) => order[collection](a.value, b.value));
}

export async function getLocalizedEntry<C extends LocalizedCollection>(collection: C, locale: Locale, key: string) {
	const versions = (await versionsByKey(collection)).get(key);
	const version = versions && resolveVersion(versions, locale);
	return version ? { ...version, key } : undefined;
}

/** getStaticPaths for `[locale]/<collection>/[key]`: every key in every locale, fallbacks included. */
export async function localizedStaticPaths<C extends LocalizedCollection>(collection: C) {
	const paths = [];
	for (const locale of locales) {
		for (const item of await getLocalizedEntries(collection, locale)) {
			paths.push({ params: { locale, key: item.key }, props: { item } });
		}
	}
	return paths;
}

/** Every entry of every collection as a page in `locale` shows it: collection by collection, each in its order. */
export async function getEveryLocalizedEntry(locale: Locale): Promise<LocalizedEntry<PageCollection>[]> {
	const collections = Object.keys(collectionSegments) as PageCollection[];
	return (await Promise.all(collections.map((collection) => getLocalizedEntries(collection, locale)))).flat();
}

/** The pages the footer links to, in `footerOrder` (computed once per locale and build). */
export const footerPages = oncePerBuild(async (locale: Locale) =>
	(await getLocalizedEntries('pages', locale)).filter((page) => page.value.data.footerOrder !== undefined),
);
