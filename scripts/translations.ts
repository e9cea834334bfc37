/**
 * `npm run translations`: which translations are missing or out of date, per collection, entry and
 * locale. The same report is the page /admin/translations/.
 *
 *   npm run translations                 list what needs work
 *   npm run translations -- --all        list every translation, up to date ones included
 *   npm run translations -- --json       the report as JSON
 *   npm run translations -- --strict     exit 1 when anything is missing or out of date
 * The report also lists guides whose last review is more than a year old (on the day SITE_TODAY names, else today).
 *   npm run translations -- --mark-current [content/…/en/key.mdx …]
 *        record that translations are up to date with the current Japanese (writes `translatedFrom`);
 *        without files, only translations with no record at all. The CMS does this by itself when an
 *        editor edits a translation.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadCmsConfig, translatedCollections } from '../cms/config.ts';
import { siteToday } from '../src/lib/today.ts';
import { buildTranslationReport, formatTranslationReport, reportNeedsWork, withTranslatedFrom } from '../src/lib/translation-report.ts';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: {
		strict: { type: 'boolean', default: false },
		all: { type: 'boolean', default: false },
		json: { type: 'boolean', default: false },
		'mark-current': { type: 'boolean', default: false },
		root: { type: 'string', default: process.cwd() },
	},
});

const root = path.resolve(values.root);
const collections = translatedCollections(loadCmsConfig({}));

function readContent(): Record<string, string> {
	const files: Record<string, string> = {};
	for (const collection of collections) {
		const folder = path.join(root, collection.folder);
		let localeDirs: string[] = [];
		try {
			localeDirs = readdirSync(folder);
		} catch {
			continue;
		}
		for (const locale of localeDirs) {
			let names: string[] = [];
			try {
				names = readdirSync(path.join(folder, locale));
			} catch {
				continue;
			}
			for (const name of names.filter((name) => /\.mdx?$/.test(name))) {
				const relative = `${collection.folder}/${locale}/${name}`;
				files[relative] = readFileSync(path.join(root, relative), 'utf8');
			}
		}
	}
	return files;
}

const today = siteToday();
let report = buildTranslationReport(collections, readContent(), { today });

if (values['mark-current']) {
	const wanted = new Set(positionals.map((file) => path.relative(root, path.resolve(file)).split(path.sep).join('/')));
	let marked = 0;
	for (const collection of report.collections) {
		for (const entry of collection.entries) {
			for (const state of Object.values(entry.locales)) {
				if (!state.file || state.status === 'missing' || state.status === 'current') continue;
				if (wanted.size > 0 ? !wanted.has(state.file) : state.status !== 'unrecorded') continue;
				const file = path.join(root, state.file);
				writeFileSync(file, withTranslatedFrom(readFileSync(file, 'utf8'), entry.sourceHash));
				console.log(`marked up to date: ${state.file}`);
				marked += 1;
			}
		}
	}
	console.log(`${marked} translation(s) marked up to date.\n`);
	report = buildTranslationReport(collections, readContent(), { today });
}

console.log(values.json ? JSON.stringify(report, null, 2) : formatTranslationReport(report, { all: values.all }));

if (values.strict && reportNeedsWork(report)) {
	console.error('\nSome translations are missing or out of date (--strict).');
	process.exitCode = 1;
}
