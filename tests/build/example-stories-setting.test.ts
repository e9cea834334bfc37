/**
 * Two settings leave example stories and example companies out of a production build (issues:
 * stories, candidates). Built in a copy of the project.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { entries, entryUrl, listUrl, locales } from '../support/content.ts';
import { distFile, Page } from '../support/dist.ts';
import { ProjectCopy } from '../support/project-copy.ts';

let copy: ProjectCopy;
let built: ReturnType<ProjectCopy['build']>;
const stories = entries('stories');
const examples = stories.filter((entry) => entry.versions.ja!.data.example === true);
const real = stories.filter((entry) => entry.versions.ja!.data.example !== true);
const exampleCompanies = entries('companies').filter((entry) => entry.versions.ja!.data.example === true);

beforeAll(() => {
	copy = ProjectCopy.create();
	copy.edit('content/settings/site.yml', (source) =>
		source.replace(/^publishExampleStories:.*$/m, 'publishExampleStories: false').replace(/^publishExampleCompanies:.*$/m, 'publishExampleCompanies: false'),
	);
	built = copy.build();
}, 300_000);
afterAll(() => copy?.dispose());

const dist = () => copy.path('dist');
const read = (url: string) => new Page(url, readFileSync(distFile(url, dist())!, 'utf8'));

describe('publishExampleStories: false', () => {
	test('the production build succeeds', () => {
		expect(built.ok, built.output.slice(-3000)).toBe(true);
	});

	test.runIf(examples.length > 0)('builds no page for an example story in any locale', () => {
		const present = examples.flatMap((entry) => locales.map((locale) => entryUrl('stories', locale, entry.key))).filter((url) => distFile(url, dist()));
		expect(present).toEqual([]);
	});

	test('lists, home and sitemap do not mention example stories, and still list real ones', () => {
		for (const locale of locales) {
			for (const url of [listUrl('stories', locale), `/${locale}/`]) {
				const current = read(url);
				for (const entry of examples) expect(current.one(`a[href="${entryUrl('stories', locale, entry.key)}"]`), `${url} → ${entry.key}`).toBeUndefined();
			}
			for (const entry of real) expect(read(listUrl('stories', locale)).one(`a[href="${entryUrl('stories', locale, entry.key)}"]`), entry.key).toBeDefined();
		}
		const sitemap = readFileSync(distFile('/sitemap.xml', dist())!, 'utf8');
		for (const entry of examples) expect(sitemap).not.toContain(`/stories/${entry.key}/`);
	});

	test('story filter pages exist only for real stories’ countries and industries', () => {
		const values = new Set(real.flatMap((entry) => [`country/${entry.versions.ja!.data.country}`, `industry/${entry.versions.ja!.data.industry}`]));
		for (const entry of examples) {
			for (const facet of ['country', 'industry'] as const) {
				const value = `${facet}/${entry.versions.ja!.data[facet]}`;
				if (!values.has(value)) expect(distFile(`/en/stories/${value}/`, dist()), value).toBeUndefined();
			}
		}
	});

	test.runIf(exampleCompanies.length > 0)('builds no page, link, filter page or sitemap entry for an example company', () => {
		const present = exampleCompanies.flatMap((entry) => locales.map((locale) => entryUrl('companies', locale, entry.key))).filter((url) => distFile(url, dist()));
		expect(present).toEqual([]);
		const sitemap = readFileSync(distFile('/sitemap.xml', dist())!, 'utf8');
		for (const locale of locales) {
			for (const url of [listUrl('companies', locale), `/${locale}/`]) {
				for (const entry of exampleCompanies) expect(read(url).one(`a[href="${entryUrl('companies', locale, entry.key)}"]`), `${url} → ${entry.key}`).toBeUndefined();
			}
			for (const entry of exampleCompanies) expect(sitemap).not.toContain(`/companies/${entry.key}/`);
		}
		const filterValues = (entry: (typeof exampleCompanies)[number]) => [
			`industry/${entry.versions.ja!.data.industry}`,
			...((entry.versions.ja!.data.workingLanguages as string[]) ?? []).map((language) => `language/${language}`),
		];
		const realValues = new Set(entries('companies').filter((entry) => entry.versions.ja!.data.example !== true).flatMap(filterValues));
		for (const value of exampleCompanies.flatMap(filterValues)) {
			if (!realValues.has(value)) expect(distFile(`/en/companies/${value}/`, dist()), `filter page ${value}`).toBeUndefined();
		}
		expect(distFile('/en/companies/', dist()), 'the list stays').toBeDefined();
	});
});
