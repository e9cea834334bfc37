/**
 * Release PDFs for the build (the /<locale>/press/<key>.pdf endpoints), cached by content hash in
 * node_modules/.cache/lwit-pdf/: the release's content and settings as drawn, the fonts' package
 * versions and the generator's version. Delete the folder to make every PDF again.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalizedEntry } from '../lib/entries.ts';
import { type BodyNode, bodyBlocks, type ReleasePdfInput } from '../lib/release-document.ts';
import { releasePdfContent } from '../lib/release-pdf-content.ts';
import { getSettings } from '../lib/settings.ts';
import { parseMdx } from './mdx-safety.ts';
import { fontFiles, pdfGenerator, releasePdf } from './press-pdf.ts';

/** The cache folder, relative to the project root (the build's working directory). */
export const pdfCacheFolder = 'node_modules/.cache/lwit-pdf';

/** PDFs made and read from the cache in this process (for the benchmark). */
export const pdfCacheStats = { made: 0, cached: 0 };

/** The cache key: everything the bytes depend on. */
export function pdfCacheKey(input: ReleasePdfInput): string {
	return createHash('sha256')
		.update(JSON.stringify([pdfGenerator, fontFiles(input.locale).id, input]))
		.digest('hex')
		.slice(0, 24);
}

/** A release's PDF: from the cache when the same input was drawn before. */
export async function cachedReleasePdf(input: ReleasePdfInput, root = process.cwd()): Promise<Buffer> {
	const folder = path.join(root, pdfCacheFolder);
	const file = path.join(folder, `${pdfCacheKey(input)}.pdf`);
	try {
		const cached = readFileSync(file);
		pdfCacheStats.cached += 1;
		return cached;
	} catch {
		const made = await releasePdf(input);
		mkdirSync(folder, { recursive: true });
		// Written aside and renamed: builds running side by side never read half a file.
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, made);
		renameSync(partial, file);
		pdfCacheStats.made += 1;
		return made;
	}
}

/** The PDF of the version a release page shows (its own, or the one it falls back to), for the endpoint and the page's link. */
export async function pdfOfRelease(item: LocalizedEntry<'press'>, site: URL | undefined): Promise<Buffer> {
	const blocks = bodyBlocks((await parseMdx(item.value.body ?? '')) as BodyNode);
	return cachedReleasePdf(releasePdfContent(item, blocks, await getSettings(), site));
}
