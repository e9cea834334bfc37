/**
 * The built site has a PDF of every release in every language it is written in, at
 * /<locale>/press/<key>.pdf, linked from the release's pages with its size (issue 9). How a PDF is
 * drawn is tested by tests/integration/press-pdf.test.ts; here, that the build publishes and links them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { formatBytes } from '../../src/lib/format.ts';
import { entries, entryUrl, locales, readSettings, shownLocale } from '../support/content.ts';
import { distFile, page } from '../support/dist.ts';
import { attr, queryAll, textOf } from '../support/html.ts';
import { projectRoot } from '../support/paths.ts';
import { pdfFonts, pdfInfo, pdfText } from '../support/pdf.ts';

const releases = entries('press');
const expectedFont = { ja: 'NotoSansJP', en: 'NotoSansJP', zh: 'NotoSansSC', ko: 'NotoSansKR' } as const;

describe.each(releases.flatMap((entry) => Object.values(entry.versions).map((file) => [`/${file.locale}/press/${entry.key}.pdf`, file] as const)))(
	'%s',
	(url, file) => {
		test(`is published, with the title, the phone and the language's embedded face`, () => {
			const path = distFile(url);
			expect(path, url).toBeDefined();
			const pdf = readFileSync(path!);
			const text = pdfText(pdf);
			expect(text).toContain(String(file.data.title).replace(/\s+/g, ''));
			expect(text).toContain(readSettings().phone);
			expect(pdfFonts(pdf).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toContain(`${expectedFont[file.locale]}-Regular`);
		});
	},
);

test.each(releases.flatMap((entry) => locales.map((locale) => [entryUrl('press', locale, entry.key), entry, locale] as const)))(
	'%s links the PDF of the version it shows, with its size',
	(url, entry, locale) => {
		const shown = shownLocale(entry, locale);
		const link = page(url).one('a.press__pdf');
		expect(link, url).toBeDefined();
		const href = attr(link!, 'href')!;
		expect(href).toBe(`/${shown}/press/${entry.key}.pdf`);
		expect(textOf(link!)).toMatch(/PDF/);
		// The size on the page is the published file's, as the reader's locale writes it.
		expect(textOf(link!)).toContain(formatBytes(readFileSync(distFile(href)!).length, locale));
	},
);

test.each(releases.flatMap((entry) => locales.map((locale) => [entryUrl('press', locale, entry.key), entry, locale] as const)))(
	'%s lists its attachments with the size and page count of the files, and who made them',
	(url, entry, locale) => {
		const listed = (entry.versions[shownLocale(entry, locale)]!.data.attachments ?? []) as { file: string }[];
		const metas = page(url).all('span.attachments__meta');
		const origins = page(url).all('span.attachments__origin');
		expect(metas).toHaveLength(listed.length);
		expect(origins).toHaveLength(listed.length);
		listed.forEach((attachment, index) => {
			const file = readFileSync(path.join(projectRoot, 'public', attachment.file));
			expect(textOf(metas[index])).toContain(formatBytes(file.length, locale));
			expect(textOf(metas[index])).toContain(pdfInfo(file).Pages);
			expect(textOf(origins[index]).length).toBeGreaterThan(0);
		});
	},
);

test.each(releases.map((entry) => [`/press-kits/${entry.key}.zip`, entry] as const))(
	'%s holds the PDF of every language, the attachments, the QR code and a README listing them',
	(url, entry) => {
		const zip = distFile(url);
		expect(zip, url).toBeDefined();
		const files = unzipSync(readFileSync(zip!));
		const languages = Object.keys(entry.versions);
		const attachments = new Set(
			Object.values(entry.versions).flatMap((file) => ((file.data.attachments ?? []) as { file: string }[]).map((item) => path.basename(item.file))),
		);
		expect(Object.keys(files)).toEqual(
			[
				'README.txt',
				...[...attachments].map((name) => `attachments/${name}`),
				...languages.map((locale) => `pdf/${entry.key}-${locale}.pdf`),
				`qr/${entry.key}.png`,
				`qr/${entry.key}.svg`,
			].sort((a, b) => (a === 'README.txt' ? -1 : b === 'README.txt' ? 1 : a < b ? -1 : 1)),
		);
		// The kit's PDFs are the published ones; the README names every file.
		const readme = new TextDecoder().decode(files['README.txt']);
		for (const locale of languages) {
			expect(Buffer.from(files[`pdf/${entry.key}-${locale}.pdf`]).equals(readFileSync(distFile(`/${locale}/press/${entry.key}.pdf`)!))).toBe(true);
		}
		for (const name of Object.keys(files).filter((name) => name !== 'README.txt')) expect(readme).toContain(name);
		for (const locale of locales) expect(attr(page(entryUrl('press', locale, entry.key)).one('a.press__kit')!, 'href')).toBe(url);
	},
);

test.each([...locales])('the %s press list groups releases by year, newest first, with anchor links that need no JavaScript', (locale) => {
	const list = page(`/${locale}/press/`);
	const sections = list.all('section.press__year');
	const years = sections.map((section) => Number(attr(section, 'id')!.replace('year-', '')));
	expect(years.length).toBeGreaterThan(0);
	expect(years).toEqual([...years].sort((a, b) => b - a));
	const expected = [...new Set(releases.map((entry) => new Date(String(entry.versions.ja!.data.date)).getUTCFullYear()))].sort((a, b) => b - a);
	expect(years).toEqual(expected);
	expect(queryAll(list.one('nav.press__years')!, 'a').map((link) => attr(link, 'href'))).toEqual(years.map((year) => `#year-${year}`));
});
