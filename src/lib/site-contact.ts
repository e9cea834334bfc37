/** The site's own department and inquiry desk (settings), as the footer, releases and JSON-LD state them. */
import { useTranslations } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import { departmentName, formatList, internationalPhone, languageName } from './format.ts';
import type { Settings } from './settings.ts';
import type { Publisher } from './structured-data.ts';
import { absoluteUrl, localePath } from './urls.ts';

type SiteSettings = Pick<Settings, 'bureau' | 'section' | 'phone' | 'contactLanguages'>;

/** The site's own department in a locale. */
export function siteDepartment(settings: Pick<SiteSettings, 'bureau' | 'section'>, locale: Locale): string {
	return departmentName(settings.bureau[locale], settings.section[locale], locale);
}

export interface ContactLines {
	department: string;
	/** As dialled in Japan (03-…) and from abroad (+81-3-…). */
	phone: string;
	internationalPhone: string;
	/** "Inquiries in Japanese and English." */
	languages: string;
}

/** What the contact block says, in the reader's language. */
export function contactLines(settings: SiteSettings, locale: Locale): ContactLines {
	const t = useTranslations(locale);
	const languages = formatList(
		settings.contactLanguages.map((code) => languageName(code, locale)),
		locale,
	);
	return {
		department: siteDepartment(settings, locale),
		phone: settings.phone,
		internationalPhone: internationalPhone(settings.phone),
		languages: t('press.languages', { languages }),
	};
}

/** The organisation behind the site, for JSON-LD. */
export function publisherFor(settings: SiteSettings, locale: Locale, site: URL | undefined): Publisher {
	return {
		name: useTranslations(locale)('site.owner'),
		department: siteDepartment(settings, locale),
		telephone: internationalPhone(settings.phone),
		url: absoluteUrl(localePath(locale), site),
	};
}

export interface WritingChannel {
	kind: 'email' | 'form';
	label: string;
	href: string;
	text: string;
}

/**
 * How readers can write to the section, from settings: an email address, a form. Empty fields give
 * nothing — the site never shows an address nobody gave it.
 */
export function writingChannels(settings: Pick<Settings, 'contactEmail' | 'contactFormUrl'>, locale: Locale): WritingChannel[] {
	const t = useTranslations(locale);
	const channels: WritingChannel[] = [];
	if (settings.contactEmail) channels.push({ kind: 'email', label: t('contact.email'), href: `mailto:${settings.contactEmail}`, text: settings.contactEmail });
	if (settings.contactFormUrl) channels.push({ kind: 'form', label: t('contact.form'), href: settings.contactFormUrl, text: t('contact.form') });
	return channels;
}
