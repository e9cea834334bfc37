/**
 * Locales come from one list (src/i18n/locales.ts): a small copy of the site gets a fifth locale,
 * French, in that list alone plus its UI JSON (and, being content, the French names in
 * content/settings/site.yml and one translated page), is built once, and every place that offers
 * languages offers French: the chooser, the switcher, fallback pages, hreflang, the sitemap, search
 * and the CMS.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ProjectCopy } from '../../scripts/support/project-copy.ts';
import { distFile, Page } from '../support/dist.ts';
import { attr, langOf, queryAll, textOf } from '../support/html.ts';

/** The few entries the fixture keeps: enough for a translated page, an en fallback and a ja fallback. */
const kept: Record<string, string[]> = {
	programmes: ['company-application'],
	events: ['briefing-2022-07-13'],
	stories: ['arjun-mehta-data-scientist', 'lin-yuting-ux-designer'],
	press: ['2022-07-15-overseas-talent-support'],
	pages: ['about', 'inquiries'],
	// Every landing leads to a programme left out here (the build would rightly refuse it).
	landings: [],
};

/** French UI strings: the English file with the strings these checks read translated. */
const french = {
	'site.project': 'Projet de soutien à l’accueil de talents hautement qualifiés de l’étranger',
	'nav.about': 'À propos',
	'lang.label': 'Langue',
	'fallback.notice': 'Cette page n’est pas encore disponible en français. Elle est affichée en {{shown}}.',
	'fallback.badge': 'En {{language}} uniquement',
};

let copy: ProjectCopy;
let dist: string;

function page(url: string): Page {
	const file = distFile(url, dist);
	if (!file) throw new Error(`${url} was not built in the fixture`);
	return new Page(url, readFileSync(file, 'utf8'));
}

beforeAll(async () => {
	copy = ProjectCopy.create('lwit-fifth-locale-');
	for (const collection of Object.keys(kept)) {
		for (const locale of readdirSync(copy.path(`content/${collection}`))) {
			for (const file of readdirSync(copy.path(`content/${collection}/${locale}`))) {
				if (!kept[collection].includes(file.replace(/\.mdx$/, ''))) rmSync(copy.path(`content/${collection}/${locale}/${file}`));
			}
		}
	}
	// The second story in Japanese only, so that French falls back to Japanese there, whatever content/ has.
	for (const locale of ['en', 'zh', 'ko']) rmSync(copy.path(`content/stories/${locale}/${kept.stories[1]}.mdx`), { force: true });
	// The one code change: the list.
	copy.edit('src/i18n/locales.ts', (source) =>
		source
			.replace("export const locales = ['ja', 'en', 'zh', 'ko'] as const;", "export const locales = ['ja', 'en', 'zh', 'ko', 'fr'] as const;")
			.replace(/(\tko: \{ code: 'ko'.*\n)/, "$1\tfr: { code: 'fr', tag: 'fr', name: 'Français', fallbacks: ['en', 'ja'], og: 'fr_FR' },\n"),
	);
	copy.write('src/i18n/ui/fr.json', JSON.stringify({ ...JSON.parse(copy.read('src/i18n/ui/en.json')), ...french }, null, 2));
	// Content: the settings name the department in every language; one page is translated.
	copy.edit('content/settings/site.yml', (source) =>
		source
			.replace('  ko: 산업노동국\n', '  ko: 산업노동국\n  fr: Bureau de l’industrie et du travail\n')
			.replace('  ko: 고용취업부 취업추진과\n', '  ko: 고용취업부 취업추진과\n  fr: Section de la promotion de l’emploi\n'),
	);
	copy.write(
		'content/pages/fr/about.mdx',
		copy
			.read('content/pages/en/about.mdx')
			.replace(/^title: .*$/m, 'title: À propos de ce site')
			.replace(/^translatedFrom: .*\n/m, ''),
	);
	dist = copy.path('dist');
	const started = performance.now();
	const build = await copy.build();
	// Every check below reads this one build: a failed build fails them all, with its output.
	if (!build.ok) throw new Error(`The fixture with a fifth locale did not build:\n${build.output}`);
	console.log(`[fifth-locale] fixture built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 180_000);

afterAll(() => copy?.dispose());

describe('a fifth locale added in src/i18n/locales.ts and its UI JSON', () => {
	test('is offered at / in its own name and language', () => {
		const choice = page('/')
			.all('a')
			.find((link) => attr(link, 'href') === '/fr/');
		expect(choice, 'a link to /fr/').toBeDefined();
		expect(langOf(choice!)).toBe('fr');
		expect(textOf(choice!)).toContain('Français');
		expect(textOf(choice!)).toContain(french['site.project']);
	});

	test('has its own pages in its language, with its UI strings', () => {
		const home = page('/fr/');
		expect(home.lang).toBe('fr');
		expect(home.property('og:locale')).toBe('fr_FR');
		expect(textOf(home.one('.language-switcher')!)).toContain('Français');
		expect(attr(home.one('.language-switcher')!, 'aria-label')).toBe(french['lang.label']);
		expect(home.text).toContain('Section de la promotion de l’emploi, Bureau de l’industrie et du travail');
	});

	test('is in every language switcher, pointing at the same page', () => {
		for (const url of ['/ja/', '/en/programmes/company-application/', '/ko/stories/lin-yuting-ux-designer/', '/fr/about/']) {
			const links = queryAll(page(url).one('.language-switcher')!, 'a');
			expect(
				links.map((link) => attr(link, 'hreflang')),
				url,
			).toEqual(['ja', 'en', 'zh-Hans', 'ko', 'fr']);
			const french = links.find((link) => attr(link, 'hreflang') === 'fr')!;
			expect(attr(french, 'href'), url).toBe(url.replace(/^\/[a-z]+\//, '/fr/'));
		}
		const current = queryAll(page('/fr/about/').one('.language-switcher')!, 'a[aria-current=true]');
		expect(current.map((link) => attr(link, 'hreflang'))).toEqual(['fr']);
	});

	test('falls back along its chain (fr → en → ja), saying so in French', () => {
		for (const [url, shown, name] of [
			['/fr/programmes/company-application/', 'en', 'anglais'],
			['/fr/stories/lin-yuting-ux-designer/', 'ja', 'japonais'],
		] as const) {
			const fallback = page(url);
			expect(fallback.lang, url).toBe('fr');
			expect(fallback.robots, url).toMatch(/noindex/);
			expect(fallback.canonical, url).toBe(`https://letsworkintokyo.example${url.replace('/fr/', `/${shown}/`)}`);
			expect([...fallback.alternates.keys()], url).toEqual([]);
			const notice = fallback.one('.notice--fallback');
			expect(notice && textOf(notice), url).toBe(french['fallback.notice'].replace('{{shown}}', name));
			expect(langOf(fallback.one('h1')!), url).toBe(shown);
		}
	});

	test('has hreflang alternates where French exists, and none where it does not', () => {
		const site = 'https://letsworkintokyo.example';
		expect(page('/ja/').alternates.get('fr')).toBe(`${site}/fr/`);
		expect(page('/fr/stories/').alternates.get('fr')).toBe(`${site}/fr/stories/`);
		expect(page('/ja/about/').alternates.get('fr')).toBe(`${site}/fr/about/`);
		expect(page('/fr/about/').alternates.get('ja')).toBe(`${site}/ja/about/`);
		expect(page('/ja/programmes/company-application/').alternates.has('fr')).toBe(false);
	});

	test('is in the sitemap with its translations only', () => {
		const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
		const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1].replace('https://letsworkintokyo.example', ''));
		expect(locs).toEqual(expect.arrayContaining(['/fr/', '/fr/programmes/', '/fr/about/']));
		expect(locs).not.toContain('/fr/programmes/company-application/');
		expect(sitemap).toContain('<xhtml:link rel="alternate" hreflang="fr" href="https://letsworkintokyo.example/fr/about/"/>');
	});

	test('gets a search index of its own: its translated page, and the entries it borrows by their records', () => {
		const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
		// Every entry of the indexed collections once (QR landings are never indexed), whatever the copy keeps.
		const indexed = readdirSync(copy.path('content')).filter((name) => !['landings', 'media', 'settings'].includes(name));
		const entries = indexed.flatMap((collection) => readdirSync(copy.path(`content/${collection}/ja`)).filter((file) => /\.mdx?$/.test(file)));
		expect(entry.languages.fr?.page_count).toBe(entries.length);
		// Indexed by its text: the translated page; by title and facts only: a borrowed one.
		expect(readFileSync(distFile('/fr/about/', dist)!, 'utf8')).toContain('data-pagefind-body');
		const borrowed = readFileSync(distFile(`/fr/stories/${kept.stories[1]}/`, dist)!, 'utf8');
		expect(borrowed).not.toContain('data-pagefind-body');
		expect(borrowed).toContain('data-search-fallback=');
		expect(readFileSync(path.join(dist, 'pagefind/words/fr.json'), 'utf8')).toContain('"language":"fr"');
	});

	test('is a language of the CMS, with the settings asking for its names', () => {
		const raw = page('/admin/')
			.one('#cms-config')!
			.childNodes.map((child) => child.value ?? '')
			.join('');
		const config = JSON.parse(raw) as {
			i18n: { locales: string[] };
			collections: { name: string; files?: { fields: { name: string; fields?: { name: string }[] }[] }[] }[];
		};
		expect(config.i18n.locales).toEqual(['ja', 'en', 'zh', 'ko', 'fr']);
		const settings = config.collections.find((collection) => collection.name === 'settings')!.files![0].fields;
		expect(settings.find((field) => field.name === 'bureau')?.fields?.map((field) => field.name)).toEqual(['ja', 'en', 'zh', 'ko', 'fr']);
	});
});
