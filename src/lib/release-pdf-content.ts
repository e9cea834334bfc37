/** What a release's PDF says, from the same entry, settings and labels as its page. */
import { useTranslations } from '../i18n/index.ts';
import { localeInfo } from '../i18n/locales.ts';
import type { LocalizedEntry } from './entries.ts';
import { pressFacts } from './entry-facts.ts';
import type { Block, ReleasePdfInput } from './release-document.ts';
import type { Settings } from './settings.ts';
import { contactLines } from './site-contact.ts';
import { absoluteUrl, entryPath } from './urls.ts';

/** A real translation's PDF content (a PDF is in one language: fallbacks have none of their own). */
export function releasePdfContent(item: LocalizedEntry<'press'>, blocks: Block[], settings: Settings, site: URL | undefined): ReleasePdfInput {
	const locale = item.contentLocale;
	const t = useTranslations(locale);
	const data = item.value.data;
	const contact = contactLines(settings, locale);
	return {
		locale,
		lang: localeInfo[locale].tag,
		title: data.title,
		date: data.date,
		facts: pressFacts(data, locale, t).map(({ label, value }) => ({ label, value })),
		blocks,
		contact: {
			heading: t('press.contact'),
			lines: [t('site.project'), contact.department, `${t('press.phone')}: ${contact.phone} (${contact.internationalPhone})`, contact.languages],
		},
		url: absoluteUrl(entryPath('press', locale, item.key), site),
		siteName: t('site.name'),
	};
}
