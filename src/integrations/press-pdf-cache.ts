/**
 * Release PDFs for the build, cached by content hash in
 * node_modules/.cache/lwit-pdf/: the release's content and settings as drawn, the fonts' package
 * versions and the generator's version. Delete the folder to make every PDF again. What the site
 * publishes from them (endpoints, links, kits) is src/integrations/press-files.ts.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { ReleasePdfInput } from '../lib/release-document.ts';
import { cachedFile } from './file-cache.ts';
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
export function cachedReleasePdf(input: ReleasePdfInput, root = process.cwd()): Promise<Buffer> {
	return cachedFile(path.join(root, pdfCacheFolder, `${pdfCacheKey(input)}.pdf`), () => releasePdf(input), pdfCacheStats);
}
