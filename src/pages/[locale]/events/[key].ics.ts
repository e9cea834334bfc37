import type { APIRoute } from 'astro';
import { type LocalizedEntry, localizedStaticPaths } from '../../../lib/entries';
import { eventIcs } from '../../../lib/events';
import { buildTime } from '../../../lib/build-time';
import { absoluteUrl, entryPath } from '../../../lib/urls';

export const getStaticPaths = () => localizedStaticPaths('events');

export const GET: APIRoute<{ item: LocalizedEntry<'events'> }> = ({ props, site }) => {
	const { item } = props;
	const url = absoluteUrl(entryPath('events', item.locale, item.key), site);
	const body = eventIcs(item.value.data, item.contentLocale, item.key, url, new URL(url).hostname, buildTime());
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
