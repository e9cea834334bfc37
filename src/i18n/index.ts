import i18next, { type TOptions } from 'i18next';
import { defaultLocale, type Locale, locales } from './locales.ts';

export * from './locales.ts';

/** UI strings per locale (src/i18n/ui/<locale>.json, one per entry of `locales`); content lives in content/, not here. */
export const uiStrings: Record<Locale, Record<string, string>> = Object.fromEntries(
	await Promise.all(locales.map(async (locale) => [locale, (await import(`./ui/${locale}.json`, { with: { type: 'json' } })).default] as const)),
) as Record<Locale, Record<string, string>>;

/** Plural forms (`stories.count_one`, `stories.count_other`) are one key to `t()`. */
type PluralSuffix = `_${Intl.LDMLPluralRule}`;
type BaseKey<Key extends string> = Key extends `${infer Base}${PluralSuffix}` ? Base : Key;

/** The UI-string keys: those of the Japanese source; i18n-completeness.test.ts keeps every other locale equal. */
export type UiKey = BaseKey<keyof typeof import('./ui/ja.json') & string>;

/** A locale's `t()`: only keys that exist compile, so a misspelt key fails `npm run check`. */
export type Translate = (key: UiKey, options?: TOptions) => string;

const i18n = i18next.createInstance();
await i18n.init({
	resources: Object.fromEntries(locales.map((locale) => [locale, { translation: uiStrings[locale] }])),
	lng: defaultLocale,
	fallbackLng: false,
	initAsync: false,
	// Astro escapes on output; escaping here would double it.
	interpolation: { escapeValue: false },
	// Keys contain dots and hyphens; nesting is by key name only.
	keySeparator: false,
	nsSeparator: false,
	returnNull: false,
});

/** The `t()` of one locale. */
export function useTranslations(locale: Locale): Translate {
	const t = i18n.getFixedT(locale);
	return (key, options) => t(key, options ?? {});
}

/** Base names of every key a locale defines (plural suffixes folded), for completeness checks. */
export function baseKeys(locale: Locale): Set<string> {
	return new Set(Object.keys(uiStrings[locale]).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
}
