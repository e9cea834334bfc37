import { describe, expect, test } from 'vitest';
import { chooserHeadLinks, entryMeta, headLinks, sharedMeta, utilityMeta } from '../../src/lib/page-meta.ts';

const site = new URL('https://letsworkintokyo.example');
const fields = { title: 'T', description: 'D' };

describe('entryMeta + headLinks for a translated entry', () => {
	const meta = entryMeta({ locale: 'ko', contentLocale: 'ko', isFallback: false, translations: ['ja', 'en', 'ko'] }, '/ko/stories/x/', fields);
	const links = headLinks(meta, site);

	test('is indexable, canonical to itself', () => {
		expect(meta.noindex).toBe(false);
		expect(links.robots).toBeUndefined();
		expect(links.canonical).toBe('https://letsworkintokyo.example/ko/stories/x/');
	});

	test('lists an alternate per real translation, and x-default to the chooser', () => {
		expect(links.alternates).toEqual([
			{ hreflang: 'ja', href: 'https://letsworkintokyo.example/ja/stories/x/' },
			{ hreflang: 'en', href: 'https://letsworkintokyo.example/en/stories/x/' },
			{ hreflang: 'ko', href: 'https://letsworkintokyo.example/ko/stories/x/' },
			{ hreflang: 'x-default', href: 'https://letsworkintokyo.example/' },
		]);
	});
});

describe('entryMeta + headLinks for a fallback (zh page showing English)', () => {
	const meta = entryMeta({ locale: 'zh', contentLocale: 'en', isFallback: true, translations: ['ja', 'en'] }, '/zh/stories/x/', fields);
	const links = headLinks(meta, site);

	test('is noindex', () => {
		expect(meta.noindex).toBe(true);
		expect(links.robots).toBe('noindex');
	});

	test('is canonical to the page of the language it shows', () => {
		expect(links.canonical).toBe('https://letsworkintokyo.example/en/stories/x/');
	});

	test('has no hreflang alternates at all (not even x-default)', () => {
		expect(links.alternates).toEqual([]);
	});

	test('remembers the language of the content for lang attributes', () => {
		expect(meta.contentLocale).toBe('en');
		expect(meta.locale).toBe('zh');
		expect(meta.path).toBe('/zh/stories/x/');
	});
});

describe('sharedMeta (lists, home)', () => {
	test('has every locale as an alternate, with zh-Hans', () => {
		const links = headLinks(sharedMeta('en', '/en/press/', fields), site);
		expect(links.canonical).toBe('https://letsworkintokyo.example/en/press/');
		expect(links.alternates.map((alternate) => alternate.hreflang)).toEqual(['ja', 'en', 'zh-Hans', 'ko', 'x-default']);
		expect(links.alternates.find((alternate) => alternate.hreflang === 'zh-Hans')?.href).toBe('https://letsworkintokyo.example/zh/press/');
	});
});

describe('utilityMeta + headLinks (search, not found)', () => {
	const meta = utilityMeta('ko', '/ko/search/', fields);
	const links = headLinks(meta, site);

	test('is noindex, canonical to itself, with no alternates', () => {
		expect(meta).toMatchObject({ locale: 'ko', path: '/ko/search/', translations: [], noindex: true, title: 'T' });
		expect(links).toEqual({ canonical: 'https://letsworkintokyo.example/ko/search/', alternates: [], robots: 'noindex' });
	});
});

describe('chooserHeadLinks (/)', () => {
	test('canonical to /, with every locale’s home and x-default back to /', () => {
		expect(chooserHeadLinks(site)).toEqual({
			canonical: 'https://letsworkintokyo.example/',
			alternates: [
				{ hreflang: 'ja', href: 'https://letsworkintokyo.example/ja/' },
				{ hreflang: 'en', href: 'https://letsworkintokyo.example/en/' },
				{ hreflang: 'zh-Hans', href: 'https://letsworkintokyo.example/zh/' },
				{ hreflang: 'ko', href: 'https://letsworkintokyo.example/ko/' },
				{ hreflang: 'x-default', href: 'https://letsworkintokyo.example/' },
			],
		});
	});
});
