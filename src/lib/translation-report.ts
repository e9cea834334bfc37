/**
 * The translation report: for every entry of every translated collection, which translations are
 * missing and which are out of date. Works on file texts (`content/<collection>/<locale>/<key>.mdx` →
 * source), so `npm run translations` reads them from disk and /admin/translations/ through Vite.
 */
import { locales as allLocales, defaultLocale as sourceLocale } from '../i18n/locales.ts';
import { type ParsedEntry, parseEntryFile } from './frontmatter.ts';
import { REVIEW_INTERVAL_DAYS, reviewOverdue } from './review.ts';
import { isUntranslated, needsWork, sourceHash, statusLabels, type TranslationField, type TranslationStatus, translationStatus } from './translation-state.ts';

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

/** An entry whose `lastReviewed` day is more than a year before the report's day (guides rest on outside facts). */
export interface OverdueReview {
	collection: string;
	key: string;
	title: string;
	file: string;
	/** YYYY-MM-DD, as written. */
	lastReviewed: string;
}

export interface TranslationReport {
	defaultLocale: string;
	locales: string[];
	collections: CollectionState[];
	totals: Record<TranslationStatus, number>;
	/** Japanese entries due for review, for editors (not a translation state: `--strict` ignores them). */
	reviews: OverdueReview[];
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
	{
		locales = allLocales,
		defaultLocale = sourceLocale,
		today,
	}: {
		locales?: readonly string[];
		defaultLocale?: string;
		/** The day reviews are judged on (src/lib/today.ts); without it, none are flagged. */
		today?: Date;
	} = {},
): TranslationReport {
	const totals: Record<TranslationStatus, number> = { current: 0, outdated: 0, unrecorded: 0, missing: 0 };
	const collections: CollectionState[] = [];
	const reviews: OverdueReview[] = [];
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
			const sourceData: Record<string, unknown> = { ...source.entry.data, body: source.entry.body };
			const lastReviewed = sourceData.lastReviewed;
			if (today && lastReviewed !== undefined && lastReviewed !== null) {
				const day = String(lastReviewed instanceof Date ? lastReviewed.toISOString() : lastReviewed).slice(0, 10);
				const reviewed = new Date(`${day}T00:00:00+09:00`);
				if (!Number.isNaN(reviewed.getTime()) && reviewOverdue(reviewed, today)) {
					reviews.push({ collection: collection.name, key, title: String(sourceData.title), file: source.file, lastReviewed: day });
				}
			}
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
	return { defaultLocale, locales: [...locales], collections, totals, reviews };
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
			for (const [locale, state] of states)
				rows.push(`    ${locale}: ${statusLabels[state.status].en}${state.file && state.status !== 'missing' ? ` (${state.file})` : ''}`);
		}
		lines.push(`${collection.name} (${collection.entries.length} entries)${rows.length === 0 ? ': all translations up to date' : ''}`);
		lines.push(...rows);
	}
	const { current, outdated, unrecorded, missing } = report.totals;
	lines.push('', `Translations: ${current} up to date, ${outdated + unrecorded} out of date, ${missing} missing.`);
	if (report.reviews.length > 0) {
		lines.push('', `Reviews overdue (last reviewed more than ${REVIEW_INTERVAL_DAYS} days ago; check the official sources, then set lastReviewed):`);
		for (const review of report.reviews)
			lines.push(`  ${review.collection}/${review.key} — ${review.title}: last reviewed ${review.lastReviewed} (${review.file})`);
	}
	return lines.join('\n');
}

/** Sets `translatedFrom` in a file's frontmatter, touching no other line. */
export function withTranslatedFrom(text: string, hash: string): string {
	const match = /^(---\r?\n)([\s\S]*?\r?\n)(---[ \t]*(?:\r?\n|$))/.exec(text);
	if (!match) throw new Error('no frontmatter');
	const [, open, frontmatter, close] = match;
	const line = `translatedFrom: ${hash}\n`;
	const updated = /^translatedFrom:.*$/m.test(frontmatter) ? frontmatter.replace(/^translatedFrom:.*\r?\n/m, line) : `${frontmatter}${line}`;
	return `${open}${updated}${close}${text.slice(match[0].length)}`;
}
