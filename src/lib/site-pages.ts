/**
 * Entries the site's own pages point to by key: the candidate path, the call for host companies, the
 * desks page, the inquiries page. A link is only made when the entry exists, so an editor who retires
 * one leaves no dead link behind.
 */
import type { Locale } from '../i18n/locales.ts';
import { getLocalizedEntry, type LocalizedEntry } from './entries.ts';
import { audiences } from './taxonomies.ts';
import { entryPath, type PageCollection } from './urls.ts';

/** content/pages/<locale>/take-part.mdx: how candidates take part (the home page's first call to action). */
export const TAKE_PART_KEY = 'take-part';
/** content/programmes/<locale>/company-application.mdx: the call for host companies (the companies' call to action). */
export const COMPANY_CALL_KEY = 'company-application';
/** content/pages/<locale>/desks.mdx: shows the desks of content/settings/site.yml. */
export const DESKS_PAGE_KEY = 'desks';
/** content/pages/<locale>/inquiries.mdx: shows the ways to write of content/settings/site.yml. */
export const INQUIRIES_PAGE_KEY = 'inquiries';

/** The page of an entry in `locale`, or undefined when there is no such entry. */
export async function entryPathIfAny(collection: PageCollection, locale: Locale, key: string): Promise<string | undefined> {
	return (await getLocalizedEntry(collection, locale, key)) ? entryPath(collection, locale, key) : undefined;
}

/** Programmes by audience, audiences in their set order (candidates, companies, everyone), empty ones left out. */
export function homeAudiences(programmes: LocalizedEntry<'programmes'>[]) {
	return audiences
		.map((audience) => ({ audience, items: programmes.filter((item) => item.value.data.audience === audience) }))
		.filter((group) => group.items.length > 0);
}
