/**
 * QR campaigns in the built site: landing pages, print sheets, short links, code files (every PNG
 * decoded with jsQR), server rules, the codes on programme pages. Expectations come from content/landings.
 */
import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { entries, htmlLang, locales } from '../support/content.ts';
import { distFile, exists, page, readDist, siteOrigin } from '../support/dist.ts';
import { attr, queryAll, textOf } from '../support/html.ts';
import { expectedForward, hasEnded, landings, landingUrl, linkUrl, printSheetUrl, shortUrl } from '../support/landings.ts';

const all = landings();
const byProgramme = (key: string) =>
	all.filter((landing) => landing.source.programme === key || (landing.source.target?.collection === 'programmes' && landing.source.target.key === key));

async function decodePng(file: string) {
	const { data, info } = await sharp(file).toColourspace('srgb').ensureAlpha().raw().toBuffer({ resolveWithObject: true });
	const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height, { inversionAttempts: 'dontInvert' });
	// The quiet zone: white from the edge to the top-left finder pattern, whose dark run is 7 modules.
	const row = (y: number) => Array.from({ length: info.width }, (_, x) => data[(y * info.width + x) * 4]);
	let top = 0;
	while (row(top).every((value) => value > 127)) top += 1;
	const first = row(top).findIndex((value) => value <= 127);
	let run = 0;
	while (row(top)[first + run] <= 127) run += 1;
	const module = run / 7;
	return { text: decoded?.data, width: info.width, height: info.height, quietModules: Math.min(top, first) / module, module };
}

describe('QR campaigns (built site)', () => {
	test('content has landings, each with a campaign and a print note', () => {
		expect(all.length).toBeGreaterThan(0);
		for (const landing of all) {
			expect(landing.source.campaign, landing.key).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
			expect(landing.source.printNote, landing.key).toBeTruthy();
		}
	});

	test('every landing has its page and print sheet in every locale, a short link and its SVG and PNG', () => {
		const missing = all.flatMap((landing) =>
			[
				...locales.flatMap((locale) => [landingUrl(locale, landing.key), printSheetUrl(locale, landing.key)]),
				shortUrl(landing.key),
				`/qr/${landing.key}.svg`,
				`/qr/${landing.key}.png`,
			].filter((url) => !exists(url)),
		);
		expect(missing).toEqual([]);
	});

	test.each(all.map((landing) => landing.key))('/qr/%s.png decodes to the absolute short URL; ≥ 1200 px, whole-pixel modules, quiet zone ≥ 4', async (key) => {
		const code = await decodePng(distFile(`/qr/${key}.png`)!);
		expect(code.text).toBe(`${siteOrigin()}${shortUrl(key)}`);
		expect(code.width).toBeGreaterThanOrEqual(1200);
		expect(code.height).toBe(code.width);
		expect(Number.isInteger(code.module)).toBe(true);
		expect(code.quietModules).toBeGreaterThanOrEqual(4);
	});

	test('every SVG is an image whose accessible name is its short URL', () => {
		for (const landing of all) {
			const svg = readDist(`/qr/${landing.key}.svg`);
			const id = /<svg[^>]* role="img" aria-labelledby="([^"]+)"/.exec(svg)?.[1];
			expect(id, landing.key).toBeTruthy();
			expect(svg).toContain(`<title id="${id}">QR code: ${siteOrigin()}${shortUrl(landing.key)}</title>`);
		}
	});

	test('short links: noindex, one inline script under 1 KB, and without JavaScript the four languages, each to its page with the campaign', () => {
		for (const landing of all) {
			const current = page(shortUrl(landing.key));
			expect(current.robots).toContain('noindex');
			expect(current.scripts).toHaveLength(1);
			// In <head>: it hides the page before any of the list is parsed, so the list never flashes.
			expect(current.scripts[0].parentNode?.nodeName).toBe('head');
			expect(attr(current.scripts[0], 'src')).toBeUndefined();
			const script = textOf(current.scripts[0]);
			expect(Buffer.byteLength(script)).toBeLessThan(1024);
			for (const locale of locales) expect(script).toContain(JSON.stringify(expectedForward(landing, locale)));
			const links = current.all('a[hreflang]').map((link) => ({ href: attr(link, 'href'), hreflang: attr(link, 'hreflang') }));
			expect(links).toEqual(locales.map((locale) => ({ href: expectedForward(landing, locale), hreflang: htmlLang[locale] })));
		}
	});

	test('neither short links nor landings and print sheets are in the sitemap; landings and sheets are noindex', () => {
		const sitemap = readDist('/sitemap.xml');
		expect(sitemap).not.toContain('/q/');
		expect(sitemap).not.toContain('/campaigns/');
		for (const landing of all) {
			for (const locale of locales) {
				expect(page(landingUrl(locale, landing.key)).robots, landingUrl(locale, landing.key)).toContain('noindex');
				expect(page(printSheetUrl(locale, landing.key)).robots).toContain('noindex');
			}
		}
	});

	test('_redirects chooses by language before any HTML, to the same pages, each built; it has no rule without a language', () => {
		const rules = readDist('/_redirects')
			.split('\n')
			.filter((line) => line.trim() && !line.startsWith('#'));
		const expected = all.flatMap((landing) => locales.map((locale) => `${shortUrl(landing.key)} ${expectedForward(landing, locale)} 302! Language=${locale}`));
		expect(rules.sort()).toEqual(expected.sort());
		for (const rule of rules) {
			const destination = rule.split(/\s+/)[1];
			if (destination.startsWith('/')) expect(exists(destination), destination).toBe(true);
		}
	});

	test('a campaign past its validity says it has ended and points to its programme and the events, with no button', () => {
		const ended = all.filter((landing) => hasEnded(landing));
		expect(ended.length, 'no landing has ended: the ended state is not shown by any page').toBeGreaterThan(0);
		for (const landing of ended) {
			for (const locale of locales) {
				const current = page(landingUrl(locale, landing.key));
				const notice = current.one('.landing__ended');
				expect(notice, `${landingUrl(locale, landing.key)}: no ended notice`).toBeDefined();
				const hrefs = queryAll(notice!, 'a').map((link) => attr(link, 'href'));
				if (landing.source.programme) expect(hrefs).toContain(`/${locale}/programmes/${landing.source.programme}/`);
				expect(hrefs).toContain(`/${locale}/events/`);
				expect(current.all('.landing__action')).toHaveLength(0);
			}
		}
	});

	test('a running campaign shows its button, leading where its content says', () => {
		for (const landing of all.filter((item) => !hasEnded(item))) {
			for (const locale of locales) {
				const current = page(landingUrl(locale, landing.key));
				expect(current.one('.landing__ended')).toBeUndefined();
				const button = current.one('.landing__action') && queryAll(current.one('.landing__action')!, 'a')[0];
				expect(button && attr(button, 'href'), landingUrl(locale, landing.key)).toBe(linkUrl(landing.source.cta, locale));
			}
		}
	});

	test('programme pages show the codes of their landings, with SVG, PNG and print sheet', () => {
		const programmes = [...new Set(all.map((landing) => landing.source.programme).filter(Boolean))] as string[];
		expect(programmes.length).toBeGreaterThan(0);
		for (const programme of programmes) {
			for (const locale of locales) {
				const current = page(`/${locale}/programmes/${programme}/`);
				for (const landing of byProgramme(programme)) {
					const image = current
						.all('.qr-code')
						.flatMap((figure) => queryAll(figure, 'img'))
						.find((img) => attr(img, 'src') === `/qr/${landing.key}.svg`);
					expect(image, `${programme} (${locale}): no code for ${landing.key}`).toBeDefined();
					expect(attr(image!, 'alt')).toContain(`${siteOrigin()}${shortUrl(landing.key)}`);
					const hrefs = current
						.all('.qr-downloads')
						.flatMap((list) => queryAll(list, 'a'))
						.map((link) => attr(link, 'href'));
					expect(hrefs).toEqual(expect.arrayContaining([`/qr/${landing.key}.svg`, `/qr/${landing.key}.png`, printSheetUrl(locale, landing.key)]));
				}
			}
		}
		const others = entries('programmes').filter((programme) => byProgramme(programme.key).length === 0);
		for (const programme of others) expect(page(`/en/programmes/${programme.key}/`).all('.qr-code'), programme.key).toHaveLength(0);
	});

	test('print sheets: the code, the short URL, the title and print note in every language it is translated into, campaign and validity', () => {
		for (const landing of all) {
			for (const locale of locales) {
				const current = page(printSheetUrl(locale, landing.key));
				expect(attr(current.one('.print-sheet__code')!, 'src')).toBe(`/qr/${landing.key}.svg`);
				expect(textOf(current.one('.print-sheet__url')!).replace(/\s+/g, '')).toBe(`${new URL(siteOrigin()).host}${shortUrl(landing.key)}`);
				const titles = current.all('.print-sheet__title').map(textOf);
				const translated = locales.filter((other) => landing.versions[other]);
				expect(titles).toEqual(translated.map((other) => landing.versions[other]!.title));
				expect(current.all('.print-sheet__note').map(textOf)).toEqual(translated.map((other) => landing.versions[other]!.printNote));
				expect(textOf(current.one('.print-sheet__facts')!)).toContain(landing.source.campaign);
			}
		}
	});
});
