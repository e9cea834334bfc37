import { getEntry } from 'astro:content';
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { internationalPhone, type Publisher } from './structured-data.ts';
import { absoluteUrl, localePath } from './urls.ts';

/** Site-wide facts from content/settings/site.yml. */
export async function getSettings() {
	const entry = await getEntry('settings', 'site');
	if (!entry) throw new Error('content/settings/site.yml is missing; it holds the bureau, section, phone and desks.');
	return entry.data;
}
export type Settings = Awaited<ReturnType<typeof getSettings>>;

/**
 * The responsible department as written in each language (UI string `department.name`): East Asian
 * languages go from the bureau down (産業労働局 雇用就業部 就業推進課); English from the section up.
 */
export function departmentName(bureau: string, section: string, locale: Locale): string {
	return useTranslations(locale)('department.name', { bureau, section });
}

/** The site's own department (settings) in a locale. */
export function siteDepartment(settings: Settings, locale: Locale): string {
	return departmentName(settings.bureau[locale], settings.section[locale], locale);
}

/** The organisation behind the site, for JSON-LD. */
export function publisherFor(settings: Settings, locale: Locale, site: URL | undefined): Publisher {
	return {
		name: useTranslations(locale)('site.owner'),
		department: siteDepartment(settings, locale),
		telephone: internationalPhone(settings.phone),
		url: absoluteUrl(localePath(locale), site),
	};
}
