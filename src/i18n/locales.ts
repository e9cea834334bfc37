/** The site's languages. Japanese is the source; every other locale falls back along its chain. */
export const locales = ['ja', 'en', 'zh', 'ko'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = 'ja';

export interface LocaleInfo {
	/** URL segment and content folder. */
	code: Locale;
	/** BCP 47 tag for `<html lang>`, `hreflang` and Pagefind. */
	tag: string;
	/** The language's name in itself, for the switcher and the chooser. */
	name: string;
	/** Locales to show, in order, when this one lacks an entry. */
	fallbacks: Locale[];
	/** Open Graph locale. */
	og: string;
}

export const localeInfo: Record<Locale, LocaleInfo> = {
	ja: { code: 'ja', tag: 'ja', name: '日本語', fallbacks: [], og: 'ja_JP' },
	en: { code: 'en', tag: 'en', name: 'English', fallbacks: ['ja'], og: 'en_US' },
	zh: { code: 'zh', tag: 'zh-Hans', name: '简体中文', fallbacks: ['en', 'ja'], og: 'zh_CN' },
	ko: { code: 'ko', tag: 'ko', name: '한국어', fallbacks: ['en', 'ja'], og: 'ko_KR' },
};

export function isLocale(value: unknown): value is Locale {
	return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** The locale itself, then its fallbacks: the order in which content is looked for. */
export function lookupOrder(locale: Locale): Locale[] {
	return [locale, ...localeInfo[locale].fallbacks];
}

/**
 * Picks the site locale for the browser's language tags (navigator.languages), or `fallback`.
 * Self-contained on purpose: the language chooser inlines its source as the forwarding script.
 */
export function matchLocale(preferred: readonly string[], available: readonly string[], fallback: string): string {
	for (const tag of preferred) {
		const primary = tag.toLowerCase().split('-')[0];
		if (available.includes(primary)) return primary;
	}
	return fallback;
}

/** getStaticPaths for pages that exist once per locale. */
export function localeStaticPaths() {
	return locales.map((locale) => ({ params: { locale } }));
}
