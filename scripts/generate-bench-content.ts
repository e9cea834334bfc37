/**
 * Synthetic content for the search benchmark, written into a temporary copy of the project
 * (never into content/): N entries, each in ja, en, zh and ko, made of the real content's own
 * sentences and headings per language, so each language's index has realistic vocabulary.
 *
 *   npx node scripts/generate-bench-content.ts [--entries 1000]   prints the copy's folder
 *
 * scripts/bench-search.ts calls it and removes the copy afterwards.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { locales, type Locale } from '../src/i18n/locales.ts';
import { countries, industries } from '../src/lib/taxonomies.ts';
import { copyProject } from './support/project-copy.ts';

/** A small deterministic random generator, so every run generates the same site. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

interface Pool {
	headings: string[];
	paragraphs: string[];
	titles: string[];
	descriptions: string[];
}

/** Headings, paragraphs, titles and descriptions of a locale's real content. */
function readPool(root: string, locale: Locale): Pool {
	const pool: Pool = { headings: [], paragraphs: [], titles: [], descriptions: [] };
	const content = path.join(root, 'content');
	for (const collection of readdirSync(content)) {
		const folder = path.join(content, collection, locale);
		let files: string[];
		try {
			files = readdirSync(folder).filter((file) => file.endsWith('.mdx'));
		} catch {
			continue;
		}
		for (const file of files) {
			const source = readFileSync(path.join(folder, file), 'utf8');
			const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
			const title = /^title: (.+)$/m.exec(front)?.[1];
			const description = /^description: (.+)$/m.exec(front)?.[1];
			if (title) pool.titles.push(title.replace(/^['"]|['"]$/g, ''));
			if (description) pool.descriptions.push(description.replace(/^['"]|['"]$/g, ''));
			for (const line of body.split('\n')) {
				const text = line.trim();
				if (/^#{2,3} /.test(text)) pool.headings.push(text.replace(/^#+ /, ''));
				else if (text && !/^[|<-]|^\d+\./.test(text)) pool.paragraphs.push(text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'));
			}
		}
	}
	return pool;
}

const yamlString = (value: string) => JSON.stringify(value);

/**
 * Writes `entries` keys × every locale into the copy's content/: a mix of stories, press releases,
 * events and programmes (4 : 3 : 2 : 1). Returns the number of files written.
 */
export function generateEntries(copy: string, entries: number): number {
	const pools = Object.fromEntries(locales.map((locale) => [locale, readPool(copy, locale)])) as Record<Locale, Pool>;
	const photo = readdirSync(path.join(copy, 'content/media/stories')).find((file) => file.endsWith('.jpg'));
	let written = 0;
	for (let index = 0; index < entries; index += 1) {
		const kind = (['stories', 'stories', 'stories', 'stories', 'press', 'press', 'press', 'events', 'events', 'programmes'] as const)[index % 10];
		const key = `bench-${kind}-${String(index).padStart(4, '0')}`;
		const pick = random(index + 1);
		const shared = {
			country: countries[Math.floor(pick() * countries.length)],
			industry: industries[Math.floor(pick() * industries.length)],
			day: new Date(Date.UTC(2020, 0, 1) + Math.floor(pick() * 1800) * 86_400_000).toISOString().slice(0, 10),
		};
		for (const locale of locales) {
			const pool = pools[locale];
			const choose = <T>(items: T[]) => items[Math.floor(pick() * items.length)];
			const title = `${choose(pool.titles)} ${index + 1}`;
			const description = choose(pool.descriptions).slice(0, 190);
			const sections = [1, 2, 3].map(() => `## ${choose(pool.headings)}\n\n${[1, 2].map(() => choose(pool.paragraphs)).join('\n\n')}`);
			const fields: string[] = [`key: ${key}`, `title: ${yamlString(title)}`, `description: ${yamlString(description)}`];
			if (kind === 'stories') {
				fields.push(
					`date: ${shared.day}`, `person: ${yamlString(`Person ${index}`)}`, `country: ${shared.country}`, `role: ${yamlString(choose(pool.headings))}`,
					`company: ${yamlString(`Company ${index}`)}`, `industry: ${shared.industry}`, `photo: ../../media/stories/${photo}`,
					`photoAlt: ${yamlString(choose(pool.headings))}`, `quote: ${yamlString(choose(pool.paragraphs).slice(0, 150))}`, 'example: true',
				);
			} else if (kind === 'press') {
				fields.push(`date: ${shared.day}`, `bureau: ${yamlString(choose(pool.headings))}`, `section: ${yamlString(choose(pool.headings))}`);
			} else if (kind === 'events') {
				fields.push(
					`start: ${shared.day}T13:00:00+09:00`, `end: ${shared.day}T14:30:00+09:00`,
					`venue:\n  name: ${yamlString(choose(pool.headings))}\n  address: ${yamlString(choose(pool.headings))}`, 'online: true',
				);
			} else {
				fields.push(`order: ${100 + index}`, 'audience: everyone');
			}
			const file = path.join(copy, 'content', kind, locale, `${key}.mdx`);
			mkdirSync(path.dirname(file), { recursive: true });
			writeFileSync(file, `---\n${fields.join('\n')}\n---\n\n${choose(pool.paragraphs)}\n\n${sections.join('\n\n')}\n`);
			written += 1;
		}
	}
	return written;
}

if (import.meta.main) {
	const { values } = parseArgs({ options: { entries: { type: 'string', default: '1000' } } });
	const copy = copyProject('lwit-bench-content-');
	const written = generateEntries(copy, Number(values.entries));
	console.log(`${written} files in ${copy}`);
}
