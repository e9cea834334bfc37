/**
 * The language forwarders of `/` and of the QR short links `/q/<key>/`: one inline script that picks
 * the reader's locale by navigator.languages and opens that locale's address. Readers of other
 * languages get English; zh-TW and zh-HK get Chinese (matchLocale compares the primary subtag).
 */
import { type Locale, locales, matchLocale } from '../i18n/locales.ts';
import { localePath } from './urls.ts';

/** A path per locale: `everyLocale((locale) => localePath(locale))`. */
export function everyLocale(path: (locale: Locale) => string): Record<Locale, string> {
	return Object.fromEntries(locales.map((locale) => [locale, path(locale)])) as Record<Locale, string>;
}

/** Each locale's home: where `/` and the 404 page lead. */
export function localeHomes(): Record<Locale, string> {
	return everyLocale((locale) => localePath(locale));
}

/**
 * The script (inline, in <head>): matchLocale is inlined from its own source. Before it leaves, it
 * hides the page, so the list meant for readers without JavaScript never flashes on screen; the
 * address is replaced, so Back does not return to the forwarder.
 */
export function forwarderScript(paths: Record<Locale, string>, fallback: Locale = 'en'): string {
	const pick = `(${matchLocale.toString()})(navigator.languages||[navigator.language],${JSON.stringify(locales)},${JSON.stringify(fallback)})`;
	return `(function(p){var l=${pick};document.documentElement.style.visibility="hidden";location.replace(p[l])})(${JSON.stringify(paths)})`;
}
