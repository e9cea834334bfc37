/**
 * The press files a build publishes: each release's PDF (for the /<locale>/press/<key>.pdf endpoint and
 * the link on its pages) and its press kit (/press-kits/<key>.zip), from the content collections.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { localeInfo } from '../i18n/locales.ts';
import { getLocalizedEntries, type LocalizedEntry } from '../lib/entries.ts';
import { type KitFile, pressKitZip } from '../lib/press-kit.ts';
import { qrFormats } from '../lib/qr.ts';
import { type BodyNode, bodyBlocks } from '../lib/release-document.ts';
import { releasePdfContent } from '../lib/release-pdf-content.ts';
import { getSettings } from '../lib/settings.ts';
import { absoluteUrl, entryPath } from '../lib/urls.ts';
import { parseMdx } from './mdx-safety.ts';
import { cachedReleasePdf } from './press-pdf-cache.ts';
import { cachedQrCode } from './qr-codes.ts';

/** The PDF of the version a release page shows (its own, or the one it falls back to), for the endpoint and the page's link. */
export async function pdfOfRelease(item: LocalizedEntry<'press'>, site: URL | undefined): Promise<Buffer> {
	const blocks = bodyBlocks((await parseMdx(item.value.body ?? '')) as BodyNode);
	return cachedReleasePdf(releasePdfContent(item, blocks, await getSettings(), site));
}

/** Every file of a release's press kit: the PDF of each language it is written in, its attachments, the QR code of its page. */
export async function pressKitFiles(versions: LocalizedEntry<'press'>[], site: URL | undefined, publicDir = path.resolve('public')): Promise<KitFile[]> {
	const files: KitFile[] = [];
	const attachments = new Map<string, string>();
	for (const version of versions) {
		const language = localeInfo[version.contentLocale].name;
		files.push({ name: `pdf/${version.key}-${version.contentLocale}.pdf`, data: await pdfOfRelease(version, site), about: `the release in ${language}` });
		for (const attachment of version.value.data.attachments) attachments.set(attachment.file, `${attachment.title} (${attachment.language})`);
	}
	for (const [file, about] of attachments) files.push({ name: `attachments/${path.basename(file)}`, data: readFileSync(path.join(publicDir, file)), about });
	const original = versions.find((version) => version.contentLocale === 'ja') ?? versions[0];
	const url = absoluteUrl(entryPath('press', original.contentLocale, original.key), site);
	for (const format of qrFormats) {
		files.push({ name: `qr/${original.key}.${format}`, data: await cachedQrCode(url, format, `QR code: ${url}`), about: `QR code of ${url}` });
	}
	return files;
}

/** The kit of the release `item` is a version of: the real translations among its locales. */
export async function releaseKit(item: LocalizedEntry<'press'>, site: URL | undefined): Promise<Uint8Array> {
	const versions = [];
	for (const locale of item.translations) {
		const version = (await getLocalizedEntries('press', locale)).find((other) => other.key === item.key);
		if (version) versions.push(version);
	}
	const original = versions.find((version) => version.contentLocale === 'ja') ?? item;
	return pressKitZip({
		title: original.value.data.title,
		url: absoluteUrl(entryPath('press', original.contentLocale, item.key), site),
		date: original.value.data.date,
		files: await pressKitFiles(versions, site),
	});
}
