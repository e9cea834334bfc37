/** The built site in testDist, read as a static host would serve it. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { attr, type Element, langOf, type Node, parseHtml, query, queryAll, textOf } from './html.ts';
import { testDist } from './paths.ts';
import './site-ready.ts';

/** `/en/x/` → <dist>/en/x/index.html; `/en/x.ics` → <dist>/en/x.ics. Undefined when nothing is there. */
export function distFile(urlPath: string, root = testDist): string | undefined {
	const clean = decodeURIComponent(urlPath.split(/[?#]/)[0]);
	const candidate = path.join(root, clean);
	if (!candidate.startsWith(root)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = path.join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}

export function exists(urlPath: string): boolean {
	return distFile(urlPath) !== undefined;
}

export function readDist(urlPath: string): string {
	const file = distFile(urlPath);
	if (!file) throw new Error(`${urlPath} was not built (looked in ${testDist})`);
	return readFileSync(file, 'utf8');
}

/** Every file under dist, as site paths (`/en/index.html`). */
export function distFiles(root = testDist): string[] {
	const files: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const full = path.join(folder, entry.name);
			if (entry.isDirectory()) walk(full);
			else files.push(`/${path.relative(root, full).split(path.sep).join('/')}`);
		}
	};
	walk(root);
	return files.sort();
}

/** Every HTML page as its URL: `/en/stories/x/` for /en/stories/x/index.html, `/404.html` as is. */
export function htmlPages(root = testDist): string[] {
	return distFiles(root)
		.filter((file) => file.endsWith('.html'))
		.filter((file) => !file.startsWith('/admin/') && !file.startsWith('/pagefind/'))
		.map((file) => (file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file));
}

export interface JsonLdBlock {
	raw: string;
	data: any;
	error?: string;
}

/** One built page, parsed, with the questions tests ask of it. */
export class Page {
	readonly document: Node;
	constructor(
		readonly url: string,
		readonly html: string,
	) {
		this.document = parseHtml(html);
	}
	all(selector: string) {
		return queryAll(this.document, selector);
	}
	one(selector: string): Element | undefined {
		return query(this.document, selector);
	}
	get lang() {
		return attr(this.one('html')!, 'lang');
	}
	get title() {
		const title = this.one('title');
		return title ? textOf(title) : undefined;
	}
	meta(name: string) {
		const element = this.one(`meta[name=${name}]`);
		return element && attr(element, 'content');
	}
	property(name: string) {
		const element = this.one(`meta[property="${name}"]`);
		return element && attr(element, 'content');
	}
	get canonical() {
		const link = this.one('link[rel=canonical]');
		return link && attr(link, 'href');
	}
	get robots() {
		return this.meta('robots');
	}
	/** hreflang → absolute href of the head's alternates. */
	get alternates(): Map<string, string> {
		return new Map(this.all('link[rel=alternate][hreflang]').map((link) => [attr(link, 'hreflang')!, attr(link, 'href')!]));
	}
	get main() {
		return this.one('main');
	}
	get mainText() {
		return textOf(this.main ?? this.document);
	}
	get text() {
		return textOf(this.one('body') ?? this.document);
	}
	/** Scripts other than JSON-LD data blocks. */
	get scripts() {
		return this.all('script').filter((script) => attr(script, 'type') !== 'application/ld+json');
	}
	get jsonLd(): JsonLdBlock[] {
		return this.all('script[type="application/ld+json"]').map((script) => {
			const raw = script.childNodes.map((child) => child.value ?? '').join('');
			try {
				return { raw, data: JSON.parse(raw) };
			} catch (error) {
				return { raw, data: undefined, error: String(error) };
			}
		});
	}
	langOf(element: Node) {
		return langOf(element);
	}
}

const cache = new Map<string, Page>();

export function page(urlPath: string): Page {
	let cached = cache.get(urlPath);
	if (!cached) {
		cached = new Page(urlPath, readDist(urlPath));
		cache.set(urlPath, cached);
	}
	return cached;
}

/** Where a link on `from` points inside the site, or undefined when it leaves it. */
export function internalPath(reference: string, from: string, site: string): string | undefined {
	if (/^(mailto|tel|data|javascript):/i.test(reference)) return undefined;
	const url = new URL(reference, new URL(from, site));
	if (url.origin !== new URL(site).origin) return undefined;
	return url.pathname;
}

/** The site's origin as the build wrote it (from the home page's canonical URL). */
export function siteOrigin(): string {
	return new URL(page('/ja/').canonical!).origin;
}
