import type { APIRoute } from 'astro';
import { buildTime } from '../../../lib/build-time.ts';
import { type LocalizedEntry, localizedStaticPaths } from '../../../lib/entries.ts';
import { eventIcs } from '../../../lib/events.ts';
import { absoluteUrl, entryPath } from '../../../lib/urls.ts';

export const getStaticPaths = () => localizedStaticPaths('events');

export const GET: APIRoute<{ item: LocalizedEntry<'events'> }> = ({ props, site }) => {
	const { item } = props;
	const url = absoluteUrl(entryPath('events', item.locale, item.key), site);
	const body = eventIcs(item.value.data, item.contentLocale, item.key, url, new URL(url).hostname, buildTime());
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
