/**
 * Release PDFs (issue 9), drawn by direct calls of the generator for every release and language in
 * content/, read back with poppler: the title and the phone extract, the language's face is embedded
 * and subset, page 1 has ink where text is, the metadata names language and title, the bytes repeat,
 * the cache serves a second call, and a missing font package fails with a message naming it.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parseMdx } from '../../src/integrations/mdx-safety.ts';
import { fontFiles, releasePdf } from '../../src/integrations/press-pdf.ts';
import { cachedReleasePdf, pdfCacheFolder, pdfCacheStats } from '../../src/integrations/press-pdf-cache.ts';
import { pdfPageCount } from '../../src/lib/pdf-pages.ts';
import { type BodyNode, bodyBlocks } from '../../src/lib/release-document.ts';
import { releasePdfContent } from '../../src/lib/release-pdf-content.ts';
import { entries, htmlLang, type Locale, readSettings } from '../support/content.ts';
import { inkRatio, pdfFonts, pdfInfo, pdfText } from '../support/pdf.ts';

const site = new URL('https://example.org/');
const expectedFont: Record<Locale, string> = { ja: 'NotoSansJP', en: 'NotoSansJP', zh: 'NotoSansSC', ko: 'NotoSansKR' };

const versions = entries('press').flatMap((entry) =>
	Object.values(entry.versions).map((file) => ({ key: entry.key, locale: file.locale, data: file.data, body: file.body })),
);

async function inputFor(version: (typeof versions)[number]) {
	const blocks = bodyBlocks((await parseMdx(version.body)) as BodyNode);
	const data = { ...version.data, date: new Date(String(version.data.date)) };
	const item = { key: version.key, locale: version.locale, contentLocale: version.locale, isFallback: false, value: { data } };
	return releasePdfContent(item as never, blocks, readSettings() as never, site);
}

test('the seed has releases in all four languages', () => {
	expect(new Set(versions.map((version) => version.locale))).toEqual(new Set(['ja', 'en', 'zh', 'ko']));
});

describe.each(versions.map((version) => [`${version.locale}/${version.key}`, version] as const))('the PDF of %s', (_, version) => {
	let pdf: Buffer;

	test('is drawn, with its title and the contact phone in the extracted text', async () => {
		const input = await inputFor(version);
		pdf = await releasePdf(input);
		const text = pdfText(pdf);
		expect(text).toContain(String(version.data.title).replace(/\s+/g, ''));
		expect(text).toContain(readSettings().phone);
		// A fact from the body's table and the page's URL, printed under the QR code.
		expect(text).toContain(`example.org/${version.locale}/press/${version.key}/`);
	}, 60_000);

	test(`embeds only subsets of the language's face`, () => {
		const fonts = pdfFonts(pdf);
		expect(fonts.length).toBeGreaterThan(0);
		for (const font of fonts) {
			expect(font.name).toMatch(new RegExp(`^[A-Z]{6}\\+${expectedFont[version.locale]}-(Regular|Bold)$`));
			expect(font.embedded && font.subset, font.name).toBe(true);
		}
	});

	test('draws its letters: page 1 has ink where the text is', () => {
		expect(inkRatio(pdf)).toBeGreaterThan(0.02);
	});

	test('names its title and language in the metadata, is tagged and dated by the release', () => {
		const info = pdfInfo(pdf);
		expect(info.Title).toBe(version.data.title);
		expect(info.Tagged).toBe('yes');
		// The attachments' page counter reads these too.
		expect(pdfPageCount(pdf)).toBe(Number(info.Pages));
		expect(info['Page size']).toContain('595.28 x 841.89');
		expect(info.CreationDate).toContain(String(new Date(String(version.data.date)).getUTCFullYear()));
		expect(pdf.toString('latin1')).toContain(`/Lang (${htmlLang[version.locale]})`);
	});

	test('gives the same bytes when drawn again (no build time, fixed IDs)', async () => {
		expect((await releasePdf(await inputFor(version))).equals(pdf)).toBe(true);
	}, 60_000);
});

describe('the PDF cache', () => {
	const root = mkdtempSync(path.join(tmpdir(), 'lwit-pdf-cache-'));
	afterAll(() => rmSync(root, { recursive: true, force: true }));

	test('draws a release once, then serves the same bytes from the cache folder', async () => {
		const input = await inputFor(versions[0]);
		const before = { ...pdfCacheStats };
		const first = await cachedReleasePdf(input, root);
		const second = await cachedReleasePdf(input, root);
		expect(pdfCacheStats.made - before.made).toBe(1);
		expect(pdfCacheStats.cached - before.cached).toBe(1);
		expect(second.equals(first)).toBe(true);
		expect(readdirSync(path.join(root, pdfCacheFolder))).toHaveLength(1);
		// Another title is another PDF.
		await cachedReleasePdf({ ...input, title: `${input.title} (2)` }, root);
		expect(readdirSync(path.join(root, pdfCacheFolder))).toHaveLength(2);
	}, 60_000);
});

describe('without the font packages', () => {
	const missing = () => {
		throw new Error('Cannot find module');
	};

	test.each([
		['ja', '@expo-google-fonts/noto-sans-jp'],
		['en', '@expo-google-fonts/noto-sans-jp'],
		['zh', '@expo-google-fonts/noto-sans-sc'],
		['ko', '@expo-google-fonts/noto-sans-kr'],
	] as const)('a %s PDF fails naming %s', async (locale, name) => {
		expect(() => fontFiles(locale, missing)).toThrow(`The release PDFs need the font package ${name}, which is not installed`);
		const input = await inputFor(versions.find((version) => version.locale === locale) ?? versions[0]);
		await expect(releasePdf({ ...input, locale }, missing)).rejects.toThrow(name);
	});
});
