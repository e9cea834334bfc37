import i18next, { type TFunction } from 'i18next';
import en from './ui/en.json' with { type: 'json' };
import ja from './ui/ja.json' with { type: 'json' };
import ko from './ui/ko.json' with { type: 'json' };
import zh from './ui/zh.json' with { type: 'json' };
import { defaultLocale, type Locale, locales } from './locales.ts';

export * from './locales.ts';

/** UI strings per locale; content lives in content/, not here. */
export const uiStrings: Record<Locale, Record<string, string>> = { ja, en, zh, ko };

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
export function useTranslations(locale: Locale): TFunction {
	return i18n.getFixedT(locale);
}

/** Base names of every key a locale defines (plural suffixes folded), for completeness checks. */
export function baseKeys(locale: Locale): Set<string> {
	return new Set(Object.keys(uiStrings[locale]).map((key) => key.replace(/_(zero|one|two|few|many|other)$/, '')));
}
