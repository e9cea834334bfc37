/** The production guard (src/integrations/site-url.ts): a production build needs the real origin. */
import { describe, expect, test } from 'vitest';
import { placeholderSite, siteProblem, siteUrl } from '../../src/integrations/site-url.ts';

describe('site URL', () => {
	test('is SITE_URL, else the placeholder', () => {
		expect(siteUrl({ SITE_URL: 'https://www.example.lg.jp' })).toBe('https://www.example.lg.jp');
		expect(siteUrl({})).toBe(placeholderSite);
		expect(siteUrl({ SITE_URL: '' })).toBe(placeholderSite);
	});

	test('a production build on the placeholder fails, naming SITE_URL', () => {
		expect(siteProblem(placeholderSite, { SITE_ENV: 'production' })).toMatch(/^SITE_URL is not set/);
		expect(siteProblem(`${placeholderSite}/`, { SITE_ENV: 'production' })).toMatch(/SITE_URL/);
		expect(siteProblem(undefined, { SITE_ENV: 'production' })).toMatch(/SITE_URL/);
		expect(siteProblem('http://www.example.lg.jp', { SITE_ENV: 'production' })).toMatch(/SITE_URL must start with https/);
	});

	test('a production build on a real origin, and every other build, go on', () => {
		expect(siteProblem('https://www.example.lg.jp', { SITE_ENV: 'production' })).toBeUndefined();
		expect(siteProblem(placeholderSite, {})).toBeUndefined();
		expect(siteProblem(placeholderSite, { SITE_ENV: 'preview', CI: 'true' })).toBeUndefined();
	});
});
