/** The stories that name a company (`companyKey`), as a company page in `locale` lists them. */
import { defaultLocale, type Locale } from '../i18n/locales.ts';
import { getLocalizedEntries, type LocalizedEntry } from './entries.ts';

export async function companyStories(locale: Locale, companyKey: string): Promise<LocalizedEntry<'stories'>[]> {
	// The key is language-neutral: read it from the Japanese source, so a story's translations all follow it.
	const keys = new Set(
		(await getLocalizedEntries('stories', defaultLocale)).filter((item) => item.value.data.companyKey === companyKey).map((item) => item.key),
	);
	return (await getLocalizedEntries('stories', locale)).filter((item) => keys.has(item.key));
}
