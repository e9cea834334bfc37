/**
 * Translation state and report (src/lib/translation-state.ts, src/lib/translation-report.ts): what
 * counts as a change of the Japanese, the four states and the report. The command `npm run
 * translations` is tested in tests/integration/translations-cli.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { translatedCollections } from '../../cms/config.ts';
import { parseEntryFile } from '../../src/lib/frontmatter.ts';
import { buildTranslationReport, formatTranslationReport, reportNeedsWork, withTranslatedFrom } from '../../src/lib/translation-report.ts';
import { sourceHash, translationStatus } from '../../src/lib/translation-state.ts';
import { config, fieldsOf, fixtureFiles, stories, story } from '../fixtures/translations.ts';

const events = fieldsOf('events');

describe('the hash of the Japanese (translatedFrom)', () => {
	const hash = sourceHash(story, stories);

	it('is a prefixed hex string YAML reads as text', () => {
		expect(hash).toMatch(/^ja-[0-9a-f]{14}$/);
	});

	it('does not change when only the formatting changes (the CMS re-writes Markdown)', () => {
		const reformatted = {
			...story,
			title: ' 東京の AI スタートアップで働く！ ',
			body: '## 来日まで\n\n* 2023年に来日\n* 日本語を勉強中\n\n\n詳しくは [事業](/ja/programmes/) をご覧ください\n',
		};
		expect(sourceHash(reformatted, stories)).toBe(hash);
	});

	it('does not change with language-neutral fields or bookkeeping', () => {
		expect(sourceHash({ ...story, date: '2025-01-01', country: 'tw', photo: 'x.jpg', key: 'other', translatedFrom: 'ja-1' }, stories)).toBe(hash);
	});

	it('changes when the wording changes, in any translatable field', () => {
		expect(sourceHash({ ...story, title: '東京のAIスタートアップで働く人' }, stories)).not.toBe(hash);
		expect(sourceHash({ ...story, body: story.body.replace('2023年', '2024年') }, stories)).not.toBe(hash);
		expect(sourceHash({ ...story, photoAlt: '青い背景' }, stories)).not.toBe(hash);
		const event = { title: '説明会', description: 'x', venue: { name: '会場A', address: '千代田区' }, start: '2022-07-13T13:00:00+09:00' };
		expect(sourceHash({ ...event, venue: { name: '会場B', address: '千代田区' } }, events)).not.toBe(sourceHash(event, events));
		expect(sourceHash({ ...event, start: '2023-01-01T10:00:00+09:00' }, events)).toBe(sourceHash(event, events));
	});
});

describe('translation status', () => {
	const hash = sourceHash(story, stories);
	it('is missing without a file or for a stub without a title', () => {
		expect(translationStatus(story, undefined, stories)).toBe('missing');
		expect(translationStatus(story, { key: 'chen-wei', date: '2024-05-01', title: '  ' }, stories)).toBe('missing');
	});
	it('is unrecorded, outdated or current by translatedFrom', () => {
		expect(translationStatus(story, { title: 'Working in Tokyo' }, stories)).toBe('unrecorded');
		expect(translationStatus(story, { title: 'Working in Tokyo', translatedFrom: 'ja-00000000000000' }, stories)).toBe('outdated');
		expect(translationStatus(story, { title: 'Working in Tokyo', translatedFrom: hash }, stories)).toBe('current');
		expect(translationStatus({ ...story, quote: '新しいひとこと' }, { title: 'Working in Tokyo', translatedFrom: hash }, stories)).toBe('outdated');
	});
});

describe('translation report', () => {
	it('lists each translation of each entry with its state', () => {
		const report = buildTranslationReport(translatedCollections(config), fixtureFiles());
		const storiesState = report.collections.find((collection) => collection.name === 'stories');
		expect(storiesState?.entries.map((entry) => [entry.key, Object.fromEntries(Object.entries(entry.locales).map(([l, s]) => [l, s.status]))])).toEqual([
			['chen-wei', { en: 'current', zh: 'outdated', ko: 'missing' }],
		]);
		expect(storiesState?.orphans).toEqual(['no-japanese']);
		const pages = report.collections.find((collection) => collection.name === 'pages');
		expect(pages?.entries[0].locales).toEqual({
			en: { status: 'missing', file: undefined },
			zh: { status: 'missing', file: undefined },
			ko: { status: 'missing', file: undefined },
		});
		expect(report.totals).toEqual({ current: 1, outdated: 1, unrecorded: 0, missing: 4 });
		expect(reportNeedsWork(report)).toBe(true);
		const text = formatTranslationReport(report);
		expect(text).toContain(
			'  chen-wei — 東京のAIスタートアップで働く\n    zh: out of date: the Japanese changed since it was translated (content/stories/zh/chen-wei.mdx)\n    ko: missing',
		);
		expect(text).not.toContain('content/stories/en/chen-wei.mdx');
		expect(text).toContain('no-japanese: no Japanese entry');
		expect(text).toContain('Translations: 1 up to date, 1 out of date, 4 missing.');
	});

	it('reads frontmatter strings as strings and sets translatedFrom without touching other lines', () => {
		const text = '---\nkey: a\ndate: 2024-02-14\ntitle: "Quoted: yes"\n---\nBody\n';
		expect(parseEntryFile(text)).toEqual({ data: { key: 'a', date: '2024-02-14', title: 'Quoted: yes' }, body: 'Body\n' });
		const marked = withTranslatedFrom(text, 'ja-0123456789abcd');
		expect(marked).toBe('---\nkey: a\ndate: 2024-02-14\ntitle: "Quoted: yes"\ntranslatedFrom: ja-0123456789abcd\n---\nBody\n');
		expect(withTranslatedFrom(marked, 'ja-ffffffffffffff')).toBe(marked.replace('0123456789abcd', 'ffffffffffffff'));
	});
});
