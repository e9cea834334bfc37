/**
 * The translation report: for every entry of every translated collection, which translations are
 * missing and which are out of date. Works on file texts (`content/<collection>/<locale>/<key>.mdx` →
 * source), so `npm run translations` reads them from disk and /admin/translations/ through Vite.
 */
import { defaultLocale as sourceLocale, locales as allLocales } from '../i18n/locales.ts';
import { type ParsedEntry, parseEntryFile } from './frontmatter.ts';
import {
	isUntranslated,
	needsWork,
	sourceHash,
	statusLabels,
	type TranslationField,
	type TranslationStatus,
	translationStatus,
} from './translation-state.ts';

export interface LocaleState {
	status: TranslationStatus;
	/** The file, relative to the project, when it exists (a stub included). */
	file?: string;
}

export interface EntryState {
	key: string;
	/** The Japanese title. */
	title: string;
	file: string;
	/** Current hash of the Japanese: what an up-to-date translation records in `translatedFrom`. */
	sourceHash: string;
	locales: Record<string, LocaleState>;
}

export interface CollectionState {
	name: string;
	label: string;
	entries: EntryState[];
	/** Keys that have translations but no Japanese entry (the build refuses them). */
	orphans: string[];
}

export interface TranslationReport {
	defaultLocale: string;
	locales: string[];
	collections: CollectionState[];
	totals: Record<TranslationStatus, number>;
}

/** A translated collection: its folder under the project and the fields the hash reads. */
export interface TranslatedCollection {
	name: string;
	label: string;
	folder: string;
	fields: readonly TranslationField[];
}

/**
 * Builds the report. `files` maps project-relative paths (content/stories/ja/x.mdx) to file texts;
 * paths outside the translated collections are ignored.
 */
export function buildTranslationReport(
	translated: readonly TranslatedCollection[],
	files: Record<string, string>,
	{ locales, defaultLocale }: { locales: readonly string[]; defaultLocale: string } = { locales: allLocales, defaultLocale: sourceLocale },
): TranslationReport {
	const totals: Record<TranslationStatus, number> = { current: 0, outdated: 0, unrecorded: 0, missing: 0 };
	const collections: CollectionState[] = [];
	for (const collection of translated) {
		const byKey = new Map<string, Map<string, { file: string; entry: ParsedEntry }>>();
		for (const [file, text] of Object.entries(files)) {
			const match = new RegExp(`^${collection.folder}/([^/]+)/([^/]+)\\.mdx?$`).exec(file.split('\\').join('/'));
			if (!match || !locales.includes(match[1])) continue;
			const [, locale, key] = match;
			if (!byKey.has(key)) byKey.set(key, new Map());
			byKey.get(key)?.set(locale, { file, entry: parseEntryFile(text) });
		}
		const entries: EntryState[] = [];
		const orphans: string[] = [];
		for (const key of [...byKey.keys()].sort()) {
			const versions = byKey.get(key) as Map<string, { file: string; entry: ParsedEntry }>;
			const source = versions.get(defaultLocale);
			if (!source || isUntranslated(source.entry.data)) {
				orphans.push(key);
				continue;
			}
			const sourceData = { ...source.entry.data, body: source.entry.body };
			const state: EntryState = {
				key,
				title: String(source.entry.data.title),
				file: source.file,
				sourceHash: sourceHash(sourceData, collection.fields),
				locales: {},
			};
			for (const locale of locales) {
				if (locale === defaultLocale) continue;
				const version = versions.get(locale);
				const data = version && { ...version.entry.data, body: version.entry.body };
				const status = translationStatus(sourceData, data, collection.fields);
				totals[status] += 1;
				state.locales[locale] = { status, file: version?.file };
			}
			entries.push(state);
		}
		collections.push({ name: collection.name, label: collection.label, entries, orphans });
	}
	return { defaultLocale, locales: [...locales], collections, totals };
}

/** Whether the report has anything to do (`--strict` fails on it). */
export function reportNeedsWork(report: TranslationReport): boolean {
	return report.collections.some(
		(collection) => collection.orphans.length > 0 || collection.entries.some((entry) => Object.values(entry.locales).some((state) => needsWork(state.status))),
	);
}

/** The report as text, one line per translation that needs work, grouped by collection and entry. */
export function formatTranslationReport(report: TranslationReport, options: { all?: boolean } = {}): string {
	const lines: string[] = [];
	for (const collection of report.collections) {
		const rows: string[] = [];
		for (const key of collection.orphans) rows.push(`  ${key}: no Japanese entry (content/…/${report.defaultLocale}/${key}.mdx) — the build refuses it`);
		for (const entry of collection.entries) {
			const states = Object.entries(entry.locales).filter(([, state]) => options.all || needsWork(state.status));
			if (states.length === 0) continue;
			rows.push(`  ${entry.key} — ${entry.title}`);
			for (const [locale, state] of states) rows.push(`    ${locale}: ${statusLabels[state.status].en}${state.file && state.status !== 'missing' ? ` (${state.file})` : ''}`);
		}
		lines.push(`${collection.name} (${collection.entries.length} entries)${rows.length === 0 ? ': all translations up to date' : ''}`);
		lines.push(...rows);
	}
	const { current, outdated, unrecorded, missing } = report.totals;
	lines.push('', `Translations: ${current} up to date, ${outdated + unrecorded} out of date, ${missing} missing.`);
	return lines.join('\n');
}

/** Sets `translatedFrom` in a file's frontmatter, touching no other line. */
export function withTranslatedFrom(text: string, hash: string): string {
	const match = /^(---\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/.exec(text);
	if (!match) throw new Error('no frontmatter');
	const [, open, frontmatter, close] = match;
	const line = `translatedFrom: ${hash}\n`;
	const updated = /^translatedFrom:.*$/m.test(frontmatter)
		? frontmatter.replace(/^translatedFrom:.*\r?\n/m, line)
		: `${frontmatter}${line}`;
	return `${open}${updated}${close}${text.slice(match[0].length)}`;
}
