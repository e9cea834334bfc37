/** What a page tells browsers and search engines about itself: canonical, alternates, robots. */
import { defaultLocale, type Locale, localeInfo, locales } from '../i18n/locales.ts';
import type { Resolved } from './fallback.ts';
import type { JsonLd } from './structured-data.ts';
import { absoluteUrl, localePath, switchLocale } from './urls.ts';

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

/**
 * Meta for a page every locale has that is not content (search, not found): kept out of search
 * engines, like the fallback pages, and with no language alternates.
 */
export function utilityMeta(locale: Locale, path: string, fields: Omit<PageMeta, 'locale' | 'path' | 'translations' | 'noindex'>): PageMeta {
	return { ...fields, locale, path, translations: [], noindex: true };
}

/** hreflang links to the locales' versions of `path`, and x-default to the language chooser (none without versions). */
function alternateLinks(path: string, translations: readonly Locale[], site: URL | undefined): HeadLinks['alternates'] {
	const alternates = translations.map((locale) => ({
		hreflang: localeInfo[locale].tag,
		href: absoluteUrl(switchLocale(path, locale), site),
	}));
	if (alternates.length > 0) alternates.push({ hreflang: 'x-default', href: absoluteUrl('/', site) });
	return alternates;
}

export function headLinks(meta: PageMeta, site: URL | undefined): HeadLinks {
	const canonicalPath = meta.contentLocale ? switchLocale(meta.path, meta.contentLocale) : meta.path;
	return {
		canonical: absoluteUrl(canonicalPath, site),
		alternates: alternateLinks(meta.path, meta.translations, site),
		robots: meta.noindex ? 'noindex' : undefined,
	};
}

/** `/`, the language chooser: canonical to itself (the x-default), every locale's home an alternate. */
export function chooserHeadLinks(site: URL | undefined): HeadLinks {
	return { canonical: absoluteUrl('/', site), alternates: alternateLinks(localePath(defaultLocale), locales, site) };
}
