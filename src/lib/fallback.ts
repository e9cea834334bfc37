import { type Locale, localeInfo, locales, lookupOrder } from '../i18n/locales.ts';

/** The language versions one key has: the translations that exist. */
export type Versions<T> = Partial<Record<Locale, T>>;

export interface Resolved<T> {
	/** The page's locale. */
	locale: Locale;
	/** The locale of the content shown: the page's own, or the first of its fallbacks that exists. */
	contentLocale: Locale;
	isFallback: boolean;
	/** Locales with a translation of their own, in site order. */
	translations: Locale[];
	value: T;
}

/** Picks what a page in `locale` shows: its own version, else the first fallback that exists. */
export function resolveVersion<T>(versions: Versions<T>, locale: Locale): Resolved<T> | undefined {
	const contentLocale = lookupOrder(locale).find((candidate) => versions[candidate] !== undefined);
	if (!contentLocale) return undefined;
	return {
		locale,
		contentLocale,
		isFallback: contentLocale !== locale,
		translations: locales.filter((candidate) => versions[candidate] !== undefined),
		value: versions[contentLocale] as T,
	};
}

/** Groups `<locale>/<key>` items by key. */
export function groupByKey<T>(items: Iterable<{ locale: Locale; key: string; value: T }>): Map<string, Versions<T>> {
	const groups = new Map<string, Versions<T>>();
	for (const { locale, key, value } of items) {
		const versions = groups.get(key) ?? {};
		versions[locale] = value;
		groups.set(key, versions);
	}
	return groups;
}

/** The `lang` to put on borrowed content: the content's tag on a fallback page, else nothing. */
export function borrowedLang(version: Pick<Resolved<unknown>, 'isFallback' | 'contentLocale'>): string | undefined {
	return version.isFallback ? localeInfo[version.contentLocale].tag : undefined;
}

/** The same for text of an entry in `contentLocale` shown on a page in `locale`. */
export function contentLang(locale: Locale, contentLocale: Locale): string | undefined {
	return borrowedLang({ isFallback: contentLocale !== locale, contentLocale });
}
