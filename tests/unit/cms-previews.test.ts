/**
 * The CMS previews say what the pages say: for every entry in content/ (programmes, events,
 * stories, press, in every language it exists in), the preview's line above the title and key facts,
 * from the data as Decap holds it (dates as text), equal those the page computes from the data as the
 * content layer reads it (dates as Date). A preview that formats a date, a venue, a department or a
 * capacity its own way fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { type PreviewProps, previewContent, previewTemplate } from '../../cms/previews.ts';
import { useTranslations } from '../../src/i18n/index.ts';
import { type Locale, locales } from '../../src/i18n/locales.ts';
import { companyFacts } from '../../src/lib/companies.ts';
import { entryEyebrow, type Fact, pressFacts, storyFacts } from '../../src/lib/entry-facts.ts';
import { isStub } from '../../src/lib/entry-id.ts';
import { eventFacts } from '../../src/lib/events.ts';
import { parseEntryFile } from '../../src/lib/frontmatter.ts';
import { guideFacts } from '../../src/lib/guides.ts';
import { programmeFacts } from '../../src/lib/programme-facts.ts';
import { type DatedStatus, eventStatus, programmeStatus } from '../../src/lib/status.ts';
import { projectRoot } from '../support/paths.ts';

type Data = Record<string, unknown>;

/** What each entry page computes (src/pages/[locale]/<collection>/[key].astro and EntryLayout). */
const pageFacts: Record<string, (data: never, locale: Locale) => Fact[]> = {
	programmes: (data, locale) => programmeFacts(data, locale, useTranslations(locale)),
	events: (data, locale) => eventFacts(data, locale, useTranslations(locale)),
	stories: (data, locale) => storyFacts(data, locale, useTranslations(locale)),
	press: (data, locale) => pressFacts(data, locale, useTranslations(locale)),
	guides: (data, locale) => guideFacts(data, locale, useTranslations(locale)),
	companies: (data, locale) => companyFacts({ roles: [], offers: [], ...(data as object) } as never, locale, useTranslations(locale)),
};

/** The state each page shows on a day (programmes and events), from the same functions. */
const pageStatus: Record<string, (data: never, today: Date) => DatedStatus | undefined> = {
	programmes: (data, today) => programmeStatus(data, today),
	events: (data, today) => eventStatus(data, today),
};
/** Days either side of the content's dates, so each state is compared. */
const days = ['2022-06-01', '2022-07-13', '2022-08-01', '2023-02-01', '2026-11-28'].map((day) => new Date(`${day}T00:00:00+09:00`));

/** Every translated entry file of a collection: its locale, its text. */
function entryFiles(collection: string) {
	return locales.flatMap((locale) => {
		const folder = path.join(projectRoot, 'content', collection, locale);
		let names: string[] = [];
		try {
			names = readdirSync(folder).filter((name) => name.endsWith('.mdx'));
		} catch {
			return [];
		}
		return names.map((name) => ({ locale, name: `${collection}/${locale}/${name}`, text: readFileSync(path.join(folder, name), 'utf8') }));
	});
}

/** Frontmatter as the content layer reads it: YAML dates become Date objects. */
const asContentLayer = (text: string) => yaml.load(/^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '') as Data;

/** The props Decap hands a preview template. */
function previewProps(data: Data, locale: Locale): PreviewProps {
	return {
		entry: { get: (key: string) => (key === 'data' ? data : undefined), getIn: () => undefined },
		collection: { get: () => undefined, getIn: () => undefined },
		widgetFor: () => null,
		getAsset: (asset: string) => asset,
		locale,
	};
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe.each(Object.keys(pageFacts))('%s previews', (collection) => {
	const files = entryFiles(collection).filter((file) => !isStub(parseEntryFile(file.text).data));

	test('there are entries to compare', () => {
		expect(files.length).toBeGreaterThan(0);
	});

	test.each(files.map((file) => [file.name, file] as const))('%s: same eyebrow and facts as the page', (_, file) => {
		const cms = parseEntryFile(file.text).data;
		const page = asContentLayer(file.text);
		const t = useTranslations(file.locale);
		const preview = previewContent(collection, cms, file.locale);
		expect(preview.eyebrow).toBe(entryEyebrow(collection as never, page, file.locale, t));
		expect(preview.facts).toEqual(pageFacts[collection](page as never, file.locale));
		expect(preview.facts.length).toBeGreaterThan(0);
		const status = pageStatus[collection];
		if (status)
			for (const today of days) expect(previewContent(collection, cms, file.locale, today).status, String(today)).toEqual(status(page as never, today));

		// And the preview shows them, as the page's markup does.
		const html = renderToStaticMarkup(
			createElement(previewTemplate(collection, { siteUrl: 'https://letsworkintokyo.example' }), previewProps(cms, file.locale)),
		);
		expect(html).toContain(`<p class="entry__eyebrow">${escapeHtml(preview.eyebrow ?? '')}</p>`);
		for (const fact of preview.facts) {
			expect(html).toContain(`<dt>${escapeHtml(fact.label)}</dt>`);
			expect(html).toContain(
				`<dd${fact.lang ? ` lang="${fact.lang}"` : ''}>${fact.datetime ? `<time dateTime="${fact.datetime}">` : ''}${escapeHtml(fact.value)}`,
			);
		}
	});
});

describe('previews of what the review found drifting', () => {
	test('a programme shows its capacity, and ranges with the locale’s separator and weekdays', () => {
		const data = {
			audience: 'candidates',
			period: { start: '2023-01-10', end: '2023-03-10' },
			capacity: { count: 20, unit: 'people-or-companies', per: 'year', approximate: true },
		};
		expect(previewContent('programmes', data, 'ja').facts.map((fact) => fact.value)).toEqual([
			useTranslations('ja')('audience.candidates'),
			'2023年1月10日(火)～2023年3月10日(金)',
			'年間約20人（20社）',
		]);
	});

	test('an event’s time and venue as the page writes them', () => {
		const data = {
			start: '2022-07-13T13:00:00+09:00',
			end: '2022-07-13T14:30:00+09:00',
			venue: { name: 'JOB HUB SQUARE 10階', address: '東京都千代田区大手町2-6-2' },
		};
		expect(previewContent('events', data, 'ja').facts.map((fact) => fact.value)).toEqual([
			'2022年7月13日(水) 13:00～14:30 (日本時間)',
			'JOB HUB SQUARE 10階（東京都千代田区大手町2-6-2）',
		]);
	});

	test('an English release names the section first', () => {
		const data = { date: '2022-07-15', bureau: 'Bureau of Industrial and Labor Affairs', section: 'Employment Promotion Section' };
		expect(previewContent('press', data, 'en').facts[1].value).toBe('Employment Promotion Section, Bureau of Industrial and Labor Affairs');
	});

	test('facts wait until the fields the page needs are filled in', () => {
		expect(previewContent('events', { start: '2022-07-13T13:00:00+09:00' }, 'en').facts).toEqual([]);
		expect(previewContent('programmes', {}, 'en')).toEqual({ eyebrow: 'Programmes', facts: [] });
	});
});

describe('previews of the candidates’ collections', () => {
	test('a FAQ shows each question with its answer’s links, through the page’s renderer', () => {
		const data = { title: 'FAQ', description: 'd', items: [{ id: 'cost', question: 'Does it cost?', answer: 'See [the guide](/en/guides/x/).' }] };
		const html = renderToStaticMarkup(createElement(previewTemplate('faq', { siteUrl: 'https://letsworkintokyo.example' }), previewProps(data, 'en')));
		expect(html).toContain('<h2 id="cost">Does it cost?</h2>');
		expect(html).toContain('<a href="/en/guides/x/">the guide</a>');
	});

	test('an example company says so; a guide lists its sources', () => {
		const company = { title: 'Kumoji', description: 'd', example: true, industry: 'ai-data', size: '10-49', location: 'Chiyoda', workingLanguages: ['ja'] };
		expect(
			renderToStaticMarkup(createElement(previewTemplate('companies', { siteUrl: 'https://letsworkintokyo.example' }), previewProps(company, 'ja'))),
		).toContain(useTranslations('ja')('company.example'));
		const guide = {
			title: 'Guide',
			description: 'd',
			topic: 'living',
			lastReviewed: '2026-11-28',
			sources: [{ title: 'ISA', url: 'https://www.moj.go.jp/isa/' }],
		};
		expect(renderToStaticMarkup(createElement(previewTemplate('guides', { siteUrl: 'https://letsworkintokyo.example' }), previewProps(guide, 'en')))).toContain(
			'<a href="https://www.moj.go.jp/isa/" rel="noopener external">ISA</a>',
		);
	});

	test('a programme’s state is the page’s, on the editor’s day', () => {
		const data = { audience: 'companies', applicationPeriod: { start: '2022-07-01', end: '2022-08-15' } };
		expect(previewContent('programmes', data, 'en', new Date('2022-07-20T00:00:00+09:00')).status).toMatchObject({ status: 'open', basis: 'application' });
		expect(previewContent('programmes', data, 'en', new Date('2022-08-16T00:00:00+09:00')).status).toMatchObject({ status: 'closed' });
	});
});
