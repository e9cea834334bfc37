/** What a page tells browsers and search engines about itself: canonical, alternates, robots. */
import { type Locale, localeInfo, locales } from '../i18n/locales.ts';
import type { Resolved } from './fallback.ts';
import type { JsonLd } from './structured-data.ts';
import { absoluteUrl, switchLocale } from './urls.ts';

export interface PageMeta {
	locale: Locale;
	title: string;
	description: string;
	/** This page's path, e.g. /en/stories/x/. */
	path: string;
	/** Locales that have this page in their own language (hreflang alternates). */
	translations: readonly Locale[];
	/** Set when the page shows another locale's content (a missing translation). */
	contentLocale?: Locale;
	noindex?: boolean;
	ogType?: 'website' | 'article';
	/** Absolute or site path of the share image. */
	image?: string;
	jsonLd?: JsonLd[];
}

export interface HeadLinks {
	canonical: string;
	alternates: { hreflang: string; href: string }[];
	robots?: string;
}

/** Meta for an entry page: a fallback is noindex, canonical to the page it shows, and has no alternates. */
export function entryMeta(
	version: Pick<Resolved<unknown>, 'locale' | 'contentLocale' | 'isFallback' | 'translations'>,
	path: string,
	fields: Omit<PageMeta, 'locale' | 'path' | 'translations' | 'contentLocale' | 'noindex'>,
): PageMeta {
	return {
		...fields,
		locale: version.locale,
		path,
		translations: version.isFallback ? [] : version.translations,
		contentLocale: version.isFallback ? version.contentLocale : undefined,
		noindex: version.isFallback,
	};
}

/** Meta for a page every locale has (lists, home). */
export function sharedMeta(locale: Locale, path: string, fields: Omit<PageMeta, 'locale' | 'path' | 'translations'>): PageMeta {
	return { ...fields, locale, path, translations: locales };
}

export function headLinks(meta: PageMeta, site: URL | undefined): HeadLinks {
	const canonicalPath = meta.contentLocale ? switchLocale(meta.path, meta.contentLocale) : meta.path;
	const alternates = meta.translations.map((locale) => ({
		hreflang: localeInfo[locale].tag,
		href: absoluteUrl(switchLocale(meta.path, locale), site),
	}));
	if (alternates.length > 0) alternates.push({ hreflang: 'x-default', href: absoluteUrl('/', site) });
	return {
		canonical: absoluteUrl(canonicalPath, site),
		alternates,
		robots: meta.noindex ? 'noindex' : undefined,
	};
}
