import { describe, expect, test } from 'vitest';
import { atomFeed } from '../../src/lib/feed.ts';
import { attr, parseHtml, queryAll, textOf } from '../support/html.ts';

const feed = {
	id: 'https://x.example/en/press/',
	title: 'Press releases & news',
	self: 'https://x.example/en/press/feed.xml',
	alternate: 'https://x.example/en/press/',
	language: 'en',
	author: 'Tokyo Metropolitan Government',
	entries: [
		{
			id: 'https://x.example/en/press/a/',
			title: 'Old <one>',
			summary: 'A & B',
			url: 'https://x.example/en/press/a/',
			published: new Date('2022-07-15T00:00:00+09:00'),
		},
		{ id: 'https://x.example/en/press/b/', title: 'New', summary: 'C', url: 'https://x.example/en/press/b/', published: new Date('2023-01-10T00:00:00+09:00') },
	],
};

describe('atomFeed', () => {
	const xml = atomFeed(feed);
	const document = parseHtml(xml);

	test('is an Atom feed in the given language', () => {
		expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
		expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
	});

	test('is updated when its newest entry was published', () => {
		expect(textOf(queryAll(document, 'updated')[0])).toBe('2023-01-09T15:00:00.000Z');
	});

	test('escapes text', () => {
		expect(xml).toContain('Press releases &amp; news');
		expect(xml).toContain('Old &lt;one&gt;');
		expect(xml).not.toContain('<one>');
	});

	test('has one entry per release with its link and dates', () => {
		const entries = queryAll(document, 'entry');
		expect(entries).toHaveLength(2);
		expect(attr(queryAll(entries[0], 'link')[0], 'href')).toBe('https://x.example/en/press/a/');
		expect(textOf(queryAll(entries[0], 'published')[0])).toBe('2022-07-14T15:00:00.000Z');
	});
});
