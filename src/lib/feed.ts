/** Atom feeds (RFC 4287): one per language for press releases. */

export interface FeedEntry {
	id: string;
	title: string;
	summary: string;
	url: string;
	published: Date;
}

export interface Feed {
	id: string;
	title: string;
	/** The feed's own URL and the HTML page it mirrors. */
	self: string;
	alternate: string;
	language: string;
	author: string;
	entries: FeedEntry[];
}

const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function atomFeed(feed: Feed): string {
	const updated = feed.entries.reduce((latest, entry) => Math.max(latest, +entry.published), 0);
	const entries = feed.entries.map(
		(entry) =>
			`<entry><id>${escape(entry.id)}</id><title>${escape(entry.title)}</title><link rel="alternate" href="${escape(entry.url)}"/><published>${entry.published.toISOString()}</published><updated>${entry.published.toISOString()}</updated><summary>${escape(entry.summary)}</summary></entry>`,
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(feed.language)}">`,
		`<id>${escape(feed.id)}</id>`,
		`<title>${escape(feed.title)}</title>`,
		`<link rel="self" href="${escape(feed.self)}"/>`,
		`<link rel="alternate" type="text/html" href="${escape(feed.alternate)}"/>`,
		`<updated>${new Date(updated).toISOString()}</updated>`,
		`<author><name>${escape(feed.author)}</name></author>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}
