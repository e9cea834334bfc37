/**
 * What the content says, read from content/ at test time, so the tests follow the editors: every
 * `content/<collection>/<locale>/<key>.mdx`, with its frontmatter. A file without a title is a
 * Decap stub and counts as a missing translation (DESIGN.md).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { projectRoot } from './paths.ts';

/** The site's languages and the policy of DESIGN.md, written out here rather than imported from src/. */
export const locales = ['ja', 'en', 'zh', 'ko'] as const;
export type Locale = (typeof locales)[number];
export const htmlLang: Record<Locale, string> = { ja: 'ja', en: 'en', zh: 'zh-Hans', ko: 'ko' };
export const fallbackChain: Record<Locale, Locale[]> = { ja: [], en: ['ja'], zh: ['en', 'ja'], ko: ['en', 'ja'] };

export const pageCollections = ['programmes', 'events', 'stories', 'press', 'pages', 'guides', 'companies', 'faq'] as const;
export type PageCollection = (typeof pageCollections)[number];

export interface ContentFile {
	collection: PageCollection;
	locale: Locale;
	key: string;
	/** Relative to the project root: content/stories/en/x.mdx. */
	file: string;
	data: Record<string, unknown>;
	body: string;
	stub: boolean;
}

export function readFrontmatter(source: string): { data: Record<string, unknown>; body: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(source);
	if (!match) return { data: {}, body: source };
	return { data: (yaml.load(match[1]) as Record<string, unknown>) ?? {}, body: match[2] };
}

export function contentFiles(collection: PageCollection, root = projectRoot): ContentFile[] {
	const files: ContentFile[] = [];
	for (const locale of locales) {
		const folder = path.join(root, 'content', collection, locale);
		if (!existsSync(folder)) continue;
		for (const name of readdirSync(folder).sort()) {
			if (!/\.mdx?$/.test(name)) continue;
			const { data, body } = readFrontmatter(readFileSync(path.join(folder, name), 'utf8'));
			const stub = typeof data.title !== 'string' || data.title.trim() === '';
			files.push({ collection, locale, key: name.replace(/\.mdx?$/, ''), file: `content/${collection}/${locale}/${name}`, data, body, stub });
		}
	}
	return files;
}

export function readSettings(root = projectRoot): Record<string, any> {
	return yaml.load(readFileSync(path.join(root, 'content/settings/site.yml'), 'utf8')) as Record<string, any>;
}

/** One entry (a key) and the translations it really has. */
export interface Entry {
	collection: PageCollection;
	key: string;
	/** Non-stub versions by locale. */
	versions: Partial<Record<Locale, ContentFile>>;
}

/** Collections whose made-up examples a setting can leave out of production, and that setting. */
export const exampleSettings: Partial<Record<PageCollection, string>> = { stories: 'publishExampleStories', companies: 'publishExampleCompanies' };

/**
 * Entries the built site must have: every key with a Japanese version, minus example stories and
 * companies when settings leave them out of production.
 */
export function entries(collection: PageCollection, root = projectRoot): Entry[] {
	const byKey = new Map<string, Entry>();
	for (const file of contentFiles(collection, root)) {
		if (file.stub) continue;
		const entry = byKey.get(file.key) ?? { collection, key: file.key, versions: {} };
		entry.versions[file.locale] = file;
		byKey.set(file.key, entry);
	}
	const setting = exampleSettings[collection];
	const publishExamples = !setting || readSettings(root)[setting] !== false;
	return [...byKey.values()].filter((entry) => entry.versions.ja && (publishExamples || entry.versions.ja.data.example !== true));
}

export function allEntries(root = projectRoot): Entry[] {
	return pageCollections.flatMap((collection) => entries(collection, root));
}

/** The locale a page in `locale` shows for this entry: its own, else the first of its fallback chain. */
export function shownLocale(entry: Entry, locale: Locale): Locale {
	const shown = [locale, ...fallbackChain[locale]].find((candidate) => entry.versions[candidate]);
	if (!shown) throw new Error(`${entry.collection}/${entry.key} has no version for ${locale} or its fallbacks`);
	return shown;
}

export function isTranslated(entry: Entry, locale: Locale): boolean {
	return entry.versions[locale] !== undefined;
}

const segment: Record<PageCollection, string> = {
	programmes: 'programmes',
	events: 'events',
	stories: 'stories',
	press: 'press',
	pages: '',
	guides: 'guides',
	companies: 'companies',
	faq: '',
};

/** Collections with a list page (/<locale>/<segment>/). */
export type ListCollection = Exclude<PageCollection, 'pages' | 'faq'>;
export const listCollections = pageCollections.filter((collection): collection is ListCollection => segment[collection] !== '');

export function entryUrl(collection: PageCollection, locale: Locale, key: string): string {
	return segment[collection] ? `/${locale}/${segment[collection]}/${key}/` : `/${locale}/${key}/`;
}

export function listUrl(collection: ListCollection, locale: Locale): string {
	return `/${locale}/${segment[collection]}/`;
}

/** Story filter pages: one per country and per industry of the Japanese stories. */
export function storyFilterUrls(locale: Locale, root = projectRoot): string[] {
	const stories = entries('stories', root).map((entry) => entry.versions.ja!.data);
	const urls = new Set<string>();
	for (const facet of ['country', 'industry'] as const) {
		for (const story of stories) urls.add(`/${locale}/stories/${facet}/${String(story[facet])}/`);
	}
	return [...urls].sort();
}

/** Company filter pages: one per industry and per working language of the Japanese company profiles. */
export function companyFilterUrls(locale: Locale, root = projectRoot): string[] {
	const companies = entries('companies', root).map((entry) => entry.versions.ja!.data);
	const urls = new Set<string>();
	for (const company of companies) {
		urls.add(`/${locale}/companies/industry/${String(company.industry)}/`);
		for (const language of (company.workingLanguages as string[] | undefined) ?? []) urls.add(`/${locale}/companies/language/${language}/`);
	}
	return [...urls].sort();
}

/** Entries that some locale lacks: [entry, the locale that lacks it]. */
export function fallbacks(collection?: PageCollection): { entry: Entry; locale: Locale }[] {
	const found: { entry: Entry; locale: Locale }[] = [];
	for (const entry of collection ? entries(collection) : allEntries()) {
		for (const locale of locales) if (!isTranslated(entry, locale)) found.push({ entry, locale });
	}
	return found;
}
