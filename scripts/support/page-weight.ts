/** What a built page costs a reader: HTML plus the stylesheets it links, gzipped. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipSize = (data: string | Buffer) => gzipSync(data).length;

/** Stylesheets a page links to, as files under `root`. */
export function linkedStylesheets(html: string, root: string): string[] {
	const hrefs = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)].map((tag) => /href="([^"]+)"/.exec(tag[0])?.[1]);
	return hrefs.filter((href): href is string => Boolean(href?.startsWith('/'))).map((href) => path.join(root, href));
}

export interface PageWeight {
	htmlBytes: number;
	htmlGzip: number;
	cssGzip: number;
	/** HTML + CSS gzipped: the DESIGN budget is 14 KB (14 × 1024 bytes) for a story page. */
	totalGzip: number;
}

/** Weight of `dist/<page>` (a path like /en/stories/x/), images aside. */
export function pageWeight(root: string, page: string): PageWeight {
	const html = readFileSync(path.join(root, page, page.endsWith('.html') ? '' : 'index.html'), 'utf8');
	const cssGzip = linkedStylesheets(html, root).reduce((sum, file) => sum + gzipSize(readFileSync(file)), 0);
	const htmlGzip = gzipSize(html);
	return { htmlBytes: Buffer.byteLength(html), htmlGzip, cssGzip, totalGzip: htmlGzip + cssGzip };
}

/** Inline scripts of a page other than JSON-LD, with their sizes. */
export function inlineScripts(html: string): string[] {
	return [...html.matchAll(/<script(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
}
