/**
 * QR short links in Chromium: /q/<key>/ opens the landing in the reader's language with the campaign
 * parameters (zh-TW → Chinese, fr → English); without JavaScript, the four languages; the list never
 * flashes while forwarding; every SVG code, rasterised here, decodes to its short URL; axe on the pages.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { htmlLang, type Locale, locales } from '../support/content.ts';
import { siteOrigin } from '../support/dist.ts';
import { describeViolations, runAxe, useBuiltSite } from '../support/e2e.ts';
import { expectedForward, hasEnded, landings, landingUrl, printSheetUrl, shortUrl } from '../support/landings.ts';

const site = useBuiltSite();
const all = landings();

const preferences: [string, Locale][] = [
	['ja', 'ja'],
	['en', 'en'],
	['zh-CN', 'zh'],
	['zh-TW', 'zh'],
	['ko', 'ko'],
	['fr', 'en'],
];

describe('QR short links in Chromium', () => {
	test.each(preferences)('a browser preferring %s lands on each landing in %s, with the campaign parameters', async (preferred, locale) => {
		const page = await site.newPage({ locale: preferred });
		for (const landing of all) {
			await page.goto(shortUrl(landing.key));
			await page.waitForURL((url) => !url.pathname.startsWith('/q/'), { timeout: 5_000 });
			const url = new URL(page.url());
			expect(`${url.pathname}${url.search}`).toBe(expectedForward(landing, locale));
			expect(url.searchParams.get('utm_source')).toBe('qr');
			expect(url.searchParams.get('utm_campaign')).toBe(landing.source.campaign);
			expect(await page.locator('html').getAttribute('lang')).toBe(htmlLang[locale]);
		}
	});

	test('the short link leaves no history entry: Back returns to the page before it', async () => {
		const page = await site.newPage({ locale: 'ko-KR' });
		await page.goto('/ko/programmes/');
		await page.goto(shortUrl(all[0].key));
		await page.waitForURL((url) => url.pathname.includes('/campaigns/'));
		await page.goBack();
		expect(new URL(page.url()).pathname).toBe('/ko/programmes/');
	});

	test('while it forwards, the list for readers without JavaScript is never shown', async () => {
		const page = await site.newPage({ locale: 'ja', viewport: { width: 360, height: 640 } });
		// A 204 answer to the forward leaves the short link's own page on screen, as a slow network would.
		let forwardedTo = '';
		await page.route(
			(url) => url.pathname.includes('/campaigns/'),
			(route) => {
				forwardedTo = route.request().url();
				return route.fulfill({ status: 204 });
			},
		);
		await page.goto(shortUrl(all[0].key), { waitUntil: 'commit' });
		await expect.poll(() => forwardedTo).toContain(expectedForward(all[0], 'ja'));
		await expect.poll(() => page.evaluate(() => document.readyState)).toBe('complete');
		expect(new URL(page.url()).pathname).toBe(shortUrl(all[0].key));
		expect(await page.evaluate(() => getComputedStyle(document.documentElement).visibility)).toBe('hidden');
		expect(await page.locator('.chooser').isVisible()).toBe(false);
		expect(await page.locator('main a').evaluateAll((links) => links.filter((link) => getComputedStyle(link).visibility !== 'hidden').length)).toBe(0);
	});

	test('without JavaScript it stays and lists the four languages, each to the landing with the campaign', async () => {
		const page = await site.newPage({ locale: 'ko-KR', javaScriptEnabled: false });
		for (const landing of all) {
			await page.goto(shortUrl(landing.key));
			await page.waitForTimeout(200);
			expect(new URL(page.url()).pathname).toBe(shortUrl(landing.key));
			await expect(page.locator('.chooser').isVisible()).resolves.toBe(true);
			const links = await page
				.locator('main a[hreflang]')
				.evaluateAll((anchors) => anchors.map((a) => ({ href: a.getAttribute('href'), lang: a.closest('[lang]')?.getAttribute('lang') })));
			expect(links).toEqual(locales.map((locale) => ({ href: expectedForward(landing, locale), lang: htmlLang[locale] })));
		}
		await page.locator('main a[hreflang="zh-Hans"]').click();
		await page.waitForURL('**/zh/campaigns/**');
		expect(await page.locator('html').getAttribute('lang')).toBe('zh-Hans');
	});

	test.each(all.map((landing) => landing.key))('/qr/%s.svg, drawn by Chromium, decodes to the absolute short URL', async (key) => {
		const page = await site.newPage({ viewport: { width: 640, height: 640 } });
		await page.goto('/404.html');
		await page.setContent(`<body style="margin:0;background:#fff"><img src="${site.url}/qr/${key}.svg" width="600" height="600" alt=""></body>`);
		await page.locator('img').evaluate((image: HTMLImageElement) => image.decode());
		const shot = await page.locator('img').screenshot();
		const { data, info } = await sharp(shot).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
		expect(decoded?.data).toBe(`${siteOrigin()}${shortUrl(key)}`);
	});

	test('an ended campaign shows the ended notice and no button', async () => {
		const ended = all.find((landing) => hasEnded(landing));
		expect(ended, 'no landing has ended').toBeDefined();
		const page = await site.newPage();
		await page.goto(landingUrl('en', ended!.key));
		await expect(page.locator('.landing__ended').isVisible()).resolves.toBe(true);
		expect(await page.locator('.landing__action').count()).toBe(0);
	});

	test('landing, print sheet, programme page with codes and the short link without JavaScript pass axe', async () => {
		const landing = all[0];
		const problems: string[] = [];
		for (const url of [
			landingUrl('ja', landing.key),
			landingUrl('en', all.find((item) => hasEnded(item))?.key ?? landing.key),
			printSheetUrl('ko', landing.key),
			`/zh/programmes/${landing.source.programme}/`,
			shortUrl(landing.key),
		]) {
			const page = await site.newPage();
			// The short link as readers without JavaScript see it: its page without the forwarder (axe needs scripts).
			await page.route('**/q/**', async (route) => {
				const response = await route.fetch();
				await route.fulfill({ response, body: (await response.text()).replace(/<script>[\s\S]*?<\/script>/, '') });
			});
			await page.goto(url);
			expect(new URL(page.url()).pathname).toBe(url);
			problems.push(...describeViolations(url, await runAxe(page)));
		}
		expect(problems).toEqual([]);
	});
});
