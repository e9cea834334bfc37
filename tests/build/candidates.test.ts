/**
 * The candidate path in the built site (issue: candidates find their way): the home page's calls to
 * action and audiences, states from dates, "last updated", guides with their official sources, the FAQ
 * and its structured data, company profiles and their filters, the desks and inquiries pages.
 */

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { uiStrings } from '../../src/i18n/index.ts';
import { eventStatus, programmeStatus } from '../../src/lib/status.ts';
import { siteToday } from '../../src/lib/today.ts';
import {
	companyFilterUrls,
	type Entry,
	entries,
	entryUrl,
	isTranslated,
	type Locale,
	listUrl,
	locales,
	readSettings,
	shownLocale,
} from '../support/content.ts';
import { distFile, page, readDist } from '../support/dist.ts';
import { faqPageProblems } from '../support/faq-page.ts';
import { attr, isInside, textOf } from '../support/html.ts';
import { testDist } from '../support/paths.ts';

const t = (locale: Locale, key: string) => uiStrings[locale][key];
/** Text as the page's reader gets it: runs of white space (ideographic spaces too) as one space. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();
const ja = (entry: Entry) => entry.versions.ja!.data;
/** A YAML day (js-yaml reads unquoted ones as Date) or instant. */
const asDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));
const isoDay = (value: unknown) => asDate(value).toISOString().slice(0, 10);
const range = (value: unknown) => value && { start: asDate((value as { start: unknown }).start), end: asDate((value as { end: unknown }).end) };
/** The build ran today or, just past midnight in Tokyo, yesterday: states are accepted for either day. */
const buildDays = [siteToday(), new Date(siteToday().getTime() - 86_400_000)];

/** The card (article) around a link on a page. */
function cardOf(url: string, href: string) {
	const link = page(url).one(`a[href="${href}"]`);
	let node = link?.parentNode;
	while (node && node.nodeName !== 'article') node = node.parentNode;
	return node;
}

describe('home page: a call to action for each audience, programmes told apart', () => {
	test.each([...locales])('%s: candidates are led to how to take part, companies to the call for host companies', (locale) => {
		const home = page(`/${locale}/`);
		const candidates = home.one('.cta--candidates')!;
		const companies = home.one('.cta--companies')!;
		expect(candidates && companies).toBeDefined();
		const button = (block: typeof candidates) => home.all('a.button').find((link) => isInside(link, block));
		expect(attr(button(candidates)!, 'href')).toBe(`/${locale}/take-part/`);
		expect(attr(button(companies)!, 'href')).toBe(`/${locale}/programmes/company-application/`);
		for (const href of [`/${locale}/guides/`, `/${locale}/faq/`, `/${locale}/desks/`]) {
			expect(
				home.all(`a[href="${href}"]`).some((link) => isInside(link, candidates)),
				href,
			).toBe(true);
		}
	});

	test.each([...locales])('%s: “What we offer” lists each programme under its audience', (locale) => {
		const home = page(`/${locale}/`);
		for (const entry of entries('programmes')) {
			const audience = String(ja(entry).audience);
			const section = home
				.all('section.audience')
				.find((element) => home.all('h3').some((heading) => isInside(heading, element) && textOf(heading) === t(locale, `audience.${audience}`)));
			expect(section, `${audience} section`).toBeDefined();
			expect(
				home.all(`a[href="${entryUrl('programmes', locale, entry.key)}"]`).some((link) => isInside(link, section!)),
				entry.key,
			).toBe(true);
		}
	});

	test.each([...locales])('%s: events — the upcoming ones, or “none planned” and the latest under “Past events”', (locale) => {
		const home = page(`/${locale}/`);
		const section = home.one('#home-events')!.parentNode!;
		const text = textOf(section);
		const events = entries('events').map((entry) => ({ key: entry.key, start: asDate(ja(entry).start), end: asDate(ja(entry).end) }));
		const upcoming = events.filter((event) => eventStatus(event, buildDays[0]).status !== 'ended');
		const linked = (key: string) => home.all(`a[href="${entryUrl('events', locale, key)}"]`).some((link) => isInside(link, section));
		if (upcoming.length === 0) {
			expect(text).toContain(t(locale, 'events.noneUpcoming'));
			const past = home.all('h3').find((heading) => isInside(heading, section) && textOf(heading) === t(locale, 'events.past'));
			expect(past, 'a “Past events” heading').toBeDefined();
			for (const event of [...events].sort((a, b) => +b.start - +a.start).slice(0, 2)) expect(linked(event.key), event.key).toBe(true);
		} else {
			expect(text).not.toContain(t(locale, 'events.noneUpcoming'));
			for (const event of upcoming) expect(linked(event.key), event.key).toBe(true);
		}
	});

	test.each([...locales])('%s: every page’s menu leads to how to take part, the guides and the companies', (locale) => {
		const nav = page(`/${locale}/`).one('nav.site-nav')!;
		for (const href of [`/${locale}/take-part/`, `/${locale}/guides/`, `/${locale}/companies/`]) {
			expect(
				page(`/${locale}/`)
					.all(`a[href="${href}"]`)
					.some((link) => isInside(link, nav)),
				href,
			).toBe(true);
		}
	});
});

describe('states from dates, on the build’s day', () => {
	const programmePages = entries('programmes').flatMap((entry) => locales.map((locale) => ({ entry, locale, url: entryUrl('programmes', locale, entry.key) })));

	test.each(programmePages.map((item) => [item.url, item] as const))('%s says the programme’s state', (_, { entry, url }) => {
		const data = ja(entry);
		const dates = { applicationPeriod: range(data.applicationPeriod), period: range(data.period) } as Parameters<typeof programmeStatus>[0];
		const expected = buildDays.map((day) => programmeStatus(dates, day)?.status);
		const line = page(url).one('.status-line');
		if (expected[0] === undefined) expect(line).toBeUndefined();
		else expect(expected).toContain(attr(line!, 'data-status'));
	});

	test.each([...locales])('%s: programme cards carry their state', (locale) => {
		for (const entry of entries('programmes')) {
			const data = ja(entry);
			const status = programmeStatus({ applicationPeriod: range(data.applicationPeriod), period: range(data.period) } as never, buildDays[0]);
			const card = cardOf(listUrl('programmes', locale), entryUrl('programmes', locale, entry.key));
			const badge = page(listUrl('programmes', locale))
				.all('.badge--status')
				.find((element) => isInside(element, card!));
			expect(badge && attr(badge, 'data-status'), entry.key).toBe(status?.status);
		}
	});

	const eventPages = entries('events').flatMap((entry) => locales.map((locale) => ({ entry, locale, url: entryUrl('events', locale, entry.key) })));

	test.each(eventPages.map((item) => [item.url, item] as const))('%s: a past event says so and loses “add to calendar”', (_, { entry, locale, url }) => {
		const event = { start: asDate(ja(entry).start), end: asDate(ja(entry).end) };
		const over = buildDays.every((day) => eventStatus(event, day).status === 'ended');
		const current = page(url);
		const calendar = current.one(`a[href="/${locale}/events/${entry.key}.ics"]`);
		if (over) {
			expect(current.one('[data-status=ended]'), 'ended notice').toBeDefined();
			expect(textOf(current.one('[data-status=ended]')!)).toBe(t(locale, 'event.ended'));
			expect(calendar, 'calendar link').toBeUndefined();
		} else {
			expect(calendar, 'calendar link').toBeDefined();
		}
	});

	test.each([...locales])('%s: the events list puts past events under their heading', (locale) => {
		const list = page(listUrl('events', locale));
		const headings = list.all('h2').map(textOf);
		const over = entries('events').filter(
			(entry) => eventStatus({ start: asDate(ja(entry).start), end: asDate(ja(entry).end) }, buildDays[0]).status === 'ended',
		);
		if (over.length > 0) expect(headings).toContain(t(locale, 'events.past'));
	});
});

describe('pages say when they were last updated (a field, never the build’s date)', () => {
	const dated = (['programmes', 'pages', 'guides', 'companies', 'stories', 'press', 'faq'] as const).flatMap((collection) =>
		entries(collection).flatMap((entry) => locales.map((locale) => ({ entry, locale, url: entryUrl(collection, locale, entry.key) }))),
	);

	test.each(dated.map((item) => [item.url, item] as const))('%s', (_, { entry, locale }) => {
		const data = entry.versions[shownLocale(entry, locale)]!.data;
		const day = data.updated ?? data.date ?? data.lastReviewed;
		const line = page(entryUrl(entry.collection, locale, entry.key)).one('.entry__updated');
		if (day === undefined) return expect(line).toBeUndefined();
		const time = page(entryUrl(entry.collection, locale, entry.key))
			.all('time')
			.find((element) => isInside(element, line!));
		expect(attr(time!, 'datetime')).toBe(isoDay(day));
	});
});

/** Pagefind's record of a page: its fragment (gzip, `pagefind_dcd` + JSON). */
function searchRecords(): Map<string, { meta: Record<string, string> }> {
	const folder = path.join(testDist, 'pagefind/fragment');
	const records = new Map<string, { meta: Record<string, string> }>();
	for (const name of readdirSync(folder)) {
		const text = gunzipSync(readFileSync(path.join(folder, name)))
			.toString('utf8')
			.replace(/^pagefind_dcd/, '');
		const record = JSON.parse(text) as { url: string; meta: Record<string, string> };
		records.set(record.url, record);
	}
	return records;
}

describe('made-up examples are labelled wherever they appear', () => {
	const examples = [...entries('stories'), ...entries('companies')].filter((entry) => ja(entry).example === true);
	const real = [...entries('stories'), ...entries('companies')].filter((entry) => ja(entry).example !== true);
	const label = (locale: Locale, text: string) => t(locale, 'example.labelled').replace('{{text}}', text);
	const own = examples.flatMap((entry) =>
		locales.filter((locale) => isTranslated(entry, locale)).map((locale) => ({ entry, locale, url: entryUrl(entry.collection, locale, entry.key) })),
	);

	test('there are examples among the stories and among the companies', () => {
		expect(examples.some((entry) => entry.collection === 'stories')).toBe(true);
		expect(examples.some((entry) => entry.collection === 'companies')).toBe(true);
	});

	test.each(own.map((item) => [item.url, item] as const))('%s: title, description, Open Graph and the page', (_, { entry, locale, url }) => {
		const data = entry.versions[locale]!.data;
		const current = page(url);
		expect(current.title).toBe(collapse(`${label(locale, String(data.title))} | ${t(locale, 'site.name')}`));
		expect(current.meta('description')).toBe(label(locale, String(data.description)));
		expect(current.property('og:title')).toBe(label(locale, String(data.title)));
		expect(current.property('og:description')).toBe(label(locale, String(data.description)));
		expect(current.one('.notice--example'), 'notice on the page').toBeDefined();
	});

	test('in the search index: title and description of every example page', () => {
		const records = searchRecords();
		const problems: string[] = [];
		for (const { entry, locale, url } of own) {
			const data = entry.versions[locale]!.data;
			const record = records.get(url);
			if (!record) problems.push(`${url}: not indexed`);
			else if (record.meta.title !== label(locale, String(data.title)) || record.meta.description !== label(locale, String(data.description))) {
				problems.push(`${url}: “${record.meta.title}” / “${record.meta.description}”`);
			}
		}
		for (const entry of real) {
			const record = records.get(entryUrl(entry.collection, 'ja', entry.key));
			if (record?.meta.title.startsWith(label('ja', ''))) problems.push(`${entry.key}: a real entry labelled as an example`);
		}
		expect(problems).toEqual([]);
	});

	test.each([...locales])('%s: the stories feed labels examples in title and summary', (locale) => {
		const feed = readDist(`/${locale}/stories/feed.xml`);
		const stories = entries('stories').filter((entry) => isTranslated(entry, locale));
		expect(stories.length).toBeGreaterThan(0);
		const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
		for (const entry of stories) {
			const data = entry.versions[locale]!.data;
			const title = data.example === true ? label(locale, String(data.title)) : String(data.title);
			const summary = data.example === true ? label(locale, String(data.description)) : String(data.description);
			expect(feed, entry.key).toContain(`<title>${escapeXml(title)}</title>`);
			expect(feed, entry.key).toContain(`<summary>${escapeXml(summary)}</summary>`);
		}
	});

	test.each([...locales])('%s: cards of examples carry the example badge (stories, companies, home)', (locale) => {
		const problems: string[] = [];
		for (const entry of examples) {
			const lists = [listUrl(entry.collection as 'stories', locale), `/${locale}/`];
			for (const list of lists) {
				const card = cardOf(list, entryUrl(entry.collection, locale, entry.key));
				if (!card) continue;
				if (
					!page(list)
						.all('.badge--example')
						.some((badge) => isInside(badge, card))
				)
					problems.push(`${list} → ${entry.key}`);
			}
		}
		expect(problems).toEqual([]);
	});

	test.each([...locales])('%s: programme pages do not present stories as real examples', (locale) => {
		const claims: Record<Locale, RegExp> = { ja: /実例/, en: /real examples?/i, zh: /真实(事例|案例)/, ko: /실제 사례/ };
		for (const entry of entries('programmes')) expect(page(entryUrl('programmes', locale, entry.key)).mainText, entry.key).not.toMatch(claims[locale]);
	});
});

describe('guides', () => {
	const guides = entries('guides');

	test.each(guides.flatMap((entry) => locales.map((locale) => [entryUrl('guides', locale, entry.key), entry, locale] as const)))(
		'%s links its official sources (absolute https, noopener) and says when it was last reviewed',
		(url, entry, locale) => {
			const data = entry.versions[shownLocale(entry, locale)]!.data;
			const current = page(url);
			const section = current.one('.sources')!;
			const links = current.all('a').filter((link) => isInside(link, section));
			expect(links.map((link) => attr(link, 'href'))).toEqual((data.sources as { url: string }[]).map((source) => source.url));
			for (const link of links) {
				expect(attr(link, 'href')).toMatch(/^https:\/\/[^/\s]+\.[^/\s]+/);
				expect(attr(link, 'rel') ?? '').toMatch(/\bnoopener\b/);
			}
			const reviewed = current.all('time').find((time) => attr(time, 'datetime') === isoDay(data.lastReviewed));
			expect(reviewed, 'last reviewed').toBeDefined();
			expect(textOf(current.one('.facts')!)).toContain(t(locale, 'guide.lastReviewed'));
		},
	);

	test.each([...locales])('%s: the guides index lists every guide under its topic', (locale) => {
		const index = page(listUrl('guides', locale));
		for (const entry of guides) {
			const heading = index.one(`#topic-${String(ja(entry).topic)}`);
			expect(heading, String(ja(entry).topic)).toBeDefined();
			expect(textOf(heading!)).toBe(t(locale, `guideTopic.${String(ja(entry).topic)}`));
			const link = index.one(`a[href="${entryUrl('guides', locale, entry.key)}"]`);
			expect(link && isInside(link, heading!.parentNode!), entry.key).toBe(true);
		}
	});
});

describe('the FAQ', () => {
	const [faq] = entries('faq');

	test.each([...locales])('%s: FAQPage structured data that validates, one Question per item, and answers linking to guides', (locale) => {
		const current = page(entryUrl('faq', locale, faq.key));
		const items = faq.versions[shownLocale(faq, locale)]!.data.items as { id: string; question: string }[];
		for (const item of items) expect(textOf(current.one(`#${item.id}`)!)).toBe(item.question);
		expect(current.all('a').some((link) => (attr(link, 'href') ?? '').startsWith(`/${shownLocale(faq, locale)}/guides/`))).toBe(true);
		const blocks = current.jsonLd.filter((block) => block.data?.['@type'] === 'FAQPage');
		if (!isTranslated(faq, locale)) return expect(blocks).toEqual([]);
		expect(blocks).toHaveLength(1);
		expect(faqPageProblems(blocks[0].data)).toEqual([]);
		expect(blocks[0].data.mainEntity.map((question: { name: string }) => question.name)).toEqual(items.map((item) => item.question));
	});
});

describe('host companies', () => {
	const companies = entries('companies');

	test.each([...locales])('%s: the list filters by industry and working language without JavaScript', (locale) => {
		const list = page(listUrl('companies', locale));
		expect(list.scripts).toEqual([]);
		for (const url of companyFilterUrls(locale)) expect(list.one(`a[href="${url}"]`), url).toBeDefined();
		for (const url of companyFilterUrls(locale)) {
			const [, , , facet, value] = url.split('/');
			const expected = companies.filter((entry) =>
				facet === 'industry' ? ja(entry).industry === value : (ja(entry).workingLanguages as string[]).includes(value),
			);
			const listed = companies.filter((entry) => page(url).one(`a[href="${entryUrl('companies', locale, entry.key)}"]`));
			expect(
				listed.map((entry) => entry.key),
				url,
			).toEqual(expected.map((entry) => entry.key));
		}
	});

	test.each([...locales])('%s: a company page lists its stories, and each story links back to its company', (locale) => {
		for (const story of entries('stories').filter((entry) => ja(entry).companyKey)) {
			const key = String(ja(story).companyKey);
			expect(distFile(entryUrl('companies', locale, key)), key).toBeDefined();
			expect(page(entryUrl('companies', locale, key)).one(`a[href="${entryUrl('stories', locale, story.key)}"]`), `${key} → ${story.key}`).toBeDefined();
			expect(page(entryUrl('stories', locale, story.key)).one(`a[href="${entryUrl('companies', locale, key)}"]`), `${story.key} → ${key}`).toBeDefined();
		}
	});
});

describe('consultation desks and inquiries', () => {
	const settings = readSettings();
	const desks = (settings.desks?.list ?? []) as unknown[];

	test.each([...locales])('%s: the desks page lists the desks, or says they are being set up and gives the Tokyo contact', (locale) => {
		const current = page(`/${locale}/desks/`);
		if (desks.length === 0) {
			expect(current.one('.desks__empty'), 'notice while there are none').toBeDefined();
			expect(current.one('.desks')).toBeUndefined();
			expect(current.mainText).toContain(String(settings.phone));
		} else {
			expect(current.all('.desk')).toHaveLength(desks.length);
		}
	});

	test.each([...locales])('%s: the inquiries page points to the desks page, and offers to write only where settings say how', (locale) => {
		const current = page(`/${locale}/inquiries/`);
		expect(current.one(`a[href="/${locale}/desks/"]`), 'link to the desks page').toBeDefined();
		const mailto = current.all('a').filter((link) => (attr(link, 'href') ?? '').startsWith('mailto:'));
		expect(mailto.map((link) => attr(link, 'href'))).toEqual(settings.contactEmail ? [`mailto:${settings.contactEmail}`] : []);
		expect(Boolean(current.one('.write-to-us'))).toBe(Boolean(settings.contactEmail || settings.contactFormUrl));
	});

	test('the consultation desks programme points to the desks page, not to the inquiries page for contacts', () => {
		for (const locale of locales) expect(page(entryUrl('programmes', locale, 'consultation-desks')).one(`a[href="/${locale}/desks/"]`), locale).toBeDefined();
	});
});
