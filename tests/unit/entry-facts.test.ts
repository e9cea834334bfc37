/** What entry pages (and the CMS previews) state besides the text: the eyebrow and the story and press facts. */
import { describe, expect, test } from 'vitest';
import { useTranslations } from '../../src/i18n/index.ts';
import { entryEyebrow, pressFacts, storyFacts } from '../../src/lib/entry-facts.ts';
import { contentLang } from '../../src/lib/fallback.ts';

const en = useTranslations('en');
const ja = useTranslations('ja');

describe('contentLang', () => {
	test('marks text in another language than the page, and nothing else', () => {
		expect(contentLang('zh', 'en')).toBe('en');
		expect(contentLang('ko', 'ja')).toBe('ja');
		expect(contentLang('en', 'zh')).toBe('zh-Hans');
		expect(contentLang('en', 'en')).toBeUndefined();
	});
});

describe('entryEyebrow', () => {
	test('names the kind of entry; a story adds its date', () => {
		expect(entryEyebrow('programmes', {}, 'en', en)).toBe('Programmes');
		expect(entryEyebrow('events', {}, 'ja', ja)).toBe('イベント');
		expect(entryEyebrow('press', { date: new Date('2022-07-15') }, 'en', en)).toBe('Press releases');
		expect(entryEyebrow('stories', { date: new Date('2024-06-01') }, 'en', en)).toBe(`${en('stories.title')} · June 1, 2024`);
		expect(entryEyebrow('stories', { date: new Date('2024-06-01') }, 'ja', ja)).toBe(`${ja('stories.title')} · 2024年6月1日`);
	});

	test('is empty for plain pages', () => {
		expect(entryEyebrow('pages', {}, 'en', en)).toBeUndefined();
	});
});

describe('storyFacts', () => {
	const story = { country: 'vn', role: 'Engineer', company: 'Example KK', industry: 'ai-data' } as const;

	test('country and industry in the reader’s language; role and company as written', () => {
		expect(storyFacts(story, 'en', en)).toEqual([
			{ label: 'From', value: 'Vietnam' },
			{ label: 'Role', value: 'Engineer', lang: undefined },
			{ label: 'Company', value: 'Example KK', lang: undefined },
			{ label: 'Industry', value: 'AI and data' },
		]);
	});

	test('marks the entry’s own text on a page that borrows it', () => {
		const facts = storyFacts(story, 'ko', useTranslations('ko'), 'en');
		expect(facts.map((fact) => fact.lang)).toEqual([undefined, 'en', 'en', undefined]);
		expect(facts[0].value).toBe('베트남');
	});
});

describe('pressFacts', () => {
	const release = { date: new Date('2022-07-15'), bureau: 'Bureau of Industrial and Labor Affairs', section: 'Employment Promotion Section' };

	test('the date (with its ISO day) and the issuer, in the release’s language order', () => {
		expect(pressFacts(release, 'en', en)).toEqual([
			{ label: 'Published', value: 'July 15, 2022', datetime: '2022-07-15' },
			{ label: 'Issued by', value: 'Employment Promotion Section, Bureau of Industrial and Labor Affairs', lang: undefined },
		]);
	});

	test('a borrowed release keeps its own language’s order, marked', () => {
		const facts = pressFacts({ ...release, bureau: '産業労働局', section: '就業推進課' }, 'en', en, 'ja');
		expect(facts[1]).toEqual({ label: 'Issued by', value: '産業労働局 就業推進課', lang: 'ja' });
	});
});
