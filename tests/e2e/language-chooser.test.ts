/** `/` forwards by the browser's preferred language; without JavaScript it lists the four languages. */
import { describe, expect, test } from 'vitest';
import { useBuiltSite } from '../support/e2e.ts';

const site = useBuiltSite();

describe('language chooser at /', () => {
	test.each([
		['ko-KR', '/ko/'],
		['zh-TW', '/zh/'],
		['zh-CN', '/zh/'],
		['fr-FR', '/en/'],
		['ja', '/ja/'],
		['ja-JP', '/ja/'],
		['en-GB', '/en/'],
	])('forwards a browser preferring %s to %s', async (locale, expected) => {
		const page = await site.newPage({ locale });
		await page.goto('/');
		await page.waitForURL((url) => url.pathname !== '/', { timeout: 5_000 });
		expect(new URL(page.url()).pathname).toBe(expected);
		await expect(page.locator('html').getAttribute('lang')).resolves.toBe({ '/ko/': 'ko', '/zh/': 'zh-Hans', '/en/': 'en', '/ja/': 'ja' }[expected]);
	});

	test('replaces / in the history, so Back does not bounce the reader forward again', async () => {
		const page = await site.newPage({ locale: 'ko-KR' });
		await page.goto('/ko/press/');
		await page.goto('/');
		await page.waitForURL('**/ko/');
		await page.goBack();
		expect(new URL(page.url()).pathname).toBe('/ko/press/');
	});

	test('without JavaScript stays put and lists the four languages as links', async () => {
		const page = await site.newPage({ locale: 'ko-KR', javaScriptEnabled: false });
		await page.goto('/');
		await page.waitForTimeout(300);
		expect(new URL(page.url()).pathname).toBe('/');
		const links = await page.locator('main a[hreflang]').evaluateAll((anchors) =>
			anchors.map((a) => ({
				href: a.getAttribute('href'),
				hreflang: a.getAttribute('hreflang'),
				lang: a.closest('[lang]')?.getAttribute('lang'),
				text: a.textContent?.trim(),
			})),
		);
		expect(links.map((link) => link.href)).toEqual(['/ja/', '/en/', '/zh/', '/ko/']);
		expect(links.map((link) => link.hreflang)).toEqual(['ja', 'en', 'zh-Hans', 'ko']);
		expect(links.map((link) => link.lang)).toEqual(['ja', 'en', 'zh-Hans', 'ko']);
		for (const [link, name] of links.map((link, index) => [link, ['日本語', 'English', '简体中文', '한국어'][index]] as const)) {
			expect(link.text).toContain(name);
		}
	});

	test('without JavaScript, following a link opens that language', async () => {
		const page = await site.newPage({ javaScriptEnabled: false });
		await page.goto('/');
		await page.locator('main a[hreflang="ko"]').click();
		await page.waitForURL('**/ko/');
		expect(await page.locator('html').getAttribute('lang')).toBe('ko');
	});
});
