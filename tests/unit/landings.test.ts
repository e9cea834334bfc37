/** QR landings: links, short links, campaign parameters, server rules, link checks (src/lib/landings.ts). */
import { describe, expect, test } from 'vitest';
import {
	belongsToProgramme,
	forwardTargets,
	landingPath,
	linkHref,
	linkKind,
	linkProblems,
	printSheetPath,
	redirectRules,
	shortPath,
	sitePaths,
	withCampaign,
	withoutBlanks,
} from '../../src/lib/landings.ts';

describe('links', () => {
	test('name exactly one destination', () => {
		expect(linkKind({ collection: 'programmes', key: 'internship' })).toBe('entry');
		expect(linkKind({ path: '/stories/' })).toBe('path');
		expect(linkKind({ url: 'https://www.metro.tokyo.lg.jp/' })).toBe('url');
		expect(linkKind({})).toMatch(/exactly one destination/);
		expect(linkKind({ path: '/stories/', url: 'https://example.org/' })).toMatch(/exactly one destination/);
		expect(linkKind({ collection: 'programmes' })).toMatch(/both its collection and its key/);
		expect(linkKind({ key: 'internship' })).toMatch(/both its collection and its key/);
	});

	test('lead to the page in the reader’s locale', () => {
		expect(linkHref({ collection: 'programmes', key: 'internship' }, 'ko')).toBe('/ko/programmes/internship/');
		expect(linkHref({ collection: 'pages', key: 'inquiries' }, 'zh')).toBe('/zh/inquiries/');
		expect(linkHref({ path: '/stories/' }, 'en')).toBe('/en/stories/');
		expect(linkHref({ path: '/' }, 'ja')).toBe('/ja/');
		expect(linkHref({ url: 'https://www.metro.tokyo.lg.jp/x' }, 'ja')).toBe('https://www.metro.tokyo.lg.jp/x');
		expect(() => linkHref({}, 'ja')).toThrow(/without a destination/);
	});

	test('site paths are the pages every language has', () => {
		expect(sitePaths).toEqual(['/', '/programmes/', '/events/', '/stories/', '/press/', '/guides/', '/companies/', '/search/']);
	});

	test('what Decap writes for an empty field counts as not set', () => {
		expect(withoutBlanks({ collection: '', key: '', path: '/stories/', url: null })).toEqual({ path: '/stories/' });
		expect(withoutBlanks({ collection: '', key: '' })).toBeUndefined();
		expect(withoutBlanks(undefined)).toBeUndefined();
		expect(withoutBlanks({ label: 'Go', path: '/' })).toEqual({ label: 'Go', path: '/' });
	});
});

describe('short links', () => {
	test('live at /q/<key>/; the landing and its print sheet under each locale', () => {
		expect(shortPath('internship')).toBe('/q/internship/');
		expect(landingPath('zh', 'internship')).toBe('/zh/campaigns/internship/');
		expect(printSheetPath('ko', 'internship')).toBe('/ko/campaigns/internship/print/');
	});

	test('add utm_source=qr and utm_campaign, keeping a query and a fragment', () => {
		expect(withCampaign('/ja/campaigns/x/', 'x-2023')).toBe('/ja/campaigns/x/?utm_source=qr&utm_campaign=x-2023');
		expect(withCampaign('https://example.org/a?b=1#c', 'x')).toBe('https://example.org/a?b=1&utm_source=qr&utm_campaign=x#c');
	});

	test('forward each locale to its landing, or to the target, with or without tracking', () => {
		expect(forwardTargets({ key: 'internship', campaign: 'internship-2023' }, true)).toEqual({
			ja: '/ja/campaigns/internship/?utm_source=qr&utm_campaign=internship-2023',
			en: '/en/campaigns/internship/?utm_source=qr&utm_campaign=internship-2023',
			zh: '/zh/campaigns/internship/?utm_source=qr&utm_campaign=internship-2023',
			ko: '/ko/campaigns/internship/?utm_source=qr&utm_campaign=internship-2023',
		});
		expect(forwardTargets({ key: 'internship', campaign: 'c', target: { collection: 'programmes', key: 'internship' } }, false)).toEqual({
			ja: '/ja/programmes/internship/',
			en: '/en/programmes/internship/',
			zh: '/zh/programmes/internship/',
			ko: '/ko/programmes/internship/',
		});
		expect(forwardTargets({ key: 'x', campaign: 'c', target: { url: 'https://example.org/' } }, true).ko).toBe(
			'https://example.org/?utm_source=qr&utm_campaign=c',
		);
	});
});

describe('_redirects (Netlify)', () => {
	const links = [
		{ key: 'internship', campaign: 'internship-2023' },
		{ key: 'website', campaign: 'website-2022', target: { path: '/stories/' } },
	];
	const rules = redirectRules(links, true)
		.split('\n')
		.filter((line) => line && !line.startsWith('#'));

	test('one forced rule per short link and language, to the same places as the page’s forwarder', () => {
		expect(rules).toContain('/q/internship/ /ja/campaigns/internship/?utm_source=qr&utm_campaign=internship-2023 302! Language=ja');
		expect(rules).toContain('/q/website/ /ko/stories/?utm_source=qr&utm_campaign=website-2022 302! Language=ko');
		expect(rules).toHaveLength(links.length * 4);
		for (const link of links) {
			const targets = forwardTargets(link, true);
			for (const [locale, target] of Object.entries(targets)) expect(rules).toContain(`/q/${link.key}/ ${target} 302! Language=${locale}`);
		}
	});

	test('no rule without a language: other readers, and hosts that ignore conditions, get the page and its forwarder', () => {
		// Cloudflare Pages takes lines of 2 or 3 fields and ignores the rest; every rule here has 4.
		for (const rule of rules) expect(rule.split(/\s+/)).toHaveLength(4);
		for (const rule of rules) expect(rule).toMatch(/ Language=(ja|en|zh|ko)$/);
	});

	test('without tracking, no campaign parameters', () => {
		expect(redirectRules(links, false)).not.toContain('utm_');
	});
});

describe('link checks', () => {
	const context = {
		entryExists: (collection: string, key: string) => collection === 'programmes' && key === 'internship',
		allowedOrigins: ['https://www.metro.tokyo.lg.jp'],
		allowListName: 'allowedExternalOrigins in content/settings/site.yml',
	};

	test('pass for an existing entry, a site page and an allowed origin', () => {
		expect(
			linkProblems(
				{ cta: { collection: 'programmes', key: 'internship' }, target: { url: 'https://www.metro.tokyo.lg.jp/english/' }, programme: 'internship' },
				context,
			),
		).toEqual([]);
		expect(linkProblems({ cta: { path: '/stories/' } }, context)).toEqual([]);
	});

	test('name the field and the value of a missing entry or programme', () => {
		expect(linkProblems({ target: { collection: 'programmes', key: 'no-such-programme' } }, context)).toEqual([
			'field "target": "programmes/no-such-programme" does not exist (no content/programmes/ja/no-such-programme.mdx).',
		]);
		expect(linkProblems({ cta: { collection: 'events', key: 'internship' }, programme: 'gone' }, context)).toEqual([
			'field "cta": "events/internship" does not exist (no content/events/ja/internship.mdx).',
			'field "programme": "gone" does not exist (no content/programmes/ja/gone.mdx).',
		]);
	});

	test('refuse an external address whose origin is not on the allow-list, naming the list', () => {
		const [problem] = linkProblems({ target: { url: 'https://evil.example/metro.tokyo.lg.jp' } }, context);
		expect(problem).toContain('field "target.url": "https://evil.example/metro.tokyo.lg.jp"');
		expect(problem).toContain('https://evil.example, which is not on the allow-list (allowedExternalOrigins in content/settings/site.yml)');
		// Same host over http, or a look-alike subdomain, is another origin.
		expect(linkProblems({ cta: { url: 'https://www.metro.tokyo.lg.jp.evil.example/' } }, context)).toHaveLength(1);
	});
});

test('a landing belongs to the programme it names, or targets', () => {
	expect(belongsToProgramme({ programme: 'internship' }, 'internship')).toBe(true);
	expect(belongsToProgramme({ target: { collection: 'programmes', key: 'internship' } }, 'internship')).toBe(true);
	expect(belongsToProgramme({ target: { collection: 'events', key: 'internship' } }, 'internship')).toBe(false);
	expect(belongsToProgramme({ programme: 'website' }, 'internship')).toBe(false);
});
