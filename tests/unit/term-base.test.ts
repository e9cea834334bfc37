/**
 * The term base (src/i18n/terms/<locale>.json) holds for every content file and every UI string
 * file, per language; failures name file, line, the variant and the preferred term.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkTerms, formatTermFinding, type TermBase } from '../../src/lib/term-base.ts';

const root = path.resolve(import.meta.dirname, '../..');
const locales = ['ja', 'en', 'zh', 'ko'] as const;
type Locale = (typeof locales)[number];

const termBase = (locale: Locale): TermBase => JSON.parse(readFileSync(path.join(root, `src/i18n/terms/${locale}.json`), 'utf8'));

function filesUnder(folder: string): string[] {
	return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

/** What each language's text is: content/<collection>/<locale>/*.mdx, its lines of content/settings/*.yml, its UI JSON. */
function textsOf(locale: Locale): { file: string; text: string }[] {
	const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
	const mdx = filesUnder('content').filter((file) => file.endsWith('.mdx') && file.split('/')[2] === locale);
	// Settings hold every language side by side (`  ja: …`): keep this language's lines, blank the rest.
	const settings = filesUnder('content/settings')
		.filter((file) => /\.ya?ml$/.test(file))
		.map((file) => ({
			file,
			text: read(file)
				.split('\n')
				.map((line) => (new RegExp(`^\\s+${locale}:\\s`).test(line) ? line : ''))
				.join('\n'),
		}));
	return [...mdx.map((file) => ({ file, text: read(file) })), ...settings, { file: `src/i18n/ui/${locale}.json`, text: read(`src/i18n/ui/${locale}.json`) }];
}

describe.each([...locales])('term base %s', (locale) => {
	test('is well-formed: unique ids, a preferred term, variants that differ from it', () => {
		const base = termBase(locale);
		expect(base.language).toBe(locale);
		const ids = base.terms.map((term) => term.id);
		expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
		for (const term of base.terms) {
			expect(term.preferred.trim(), term.id).not.toBe('');
			expect(term.avoid ?? [], term.id).not.toContain(term.preferred);
		}
	});

	test('content and UI strings use the preferred terms', () => {
		const texts = textsOf(locale);
		expect(texts.length).toBeGreaterThan(3);
		const findings = texts.flatMap(({ file, text }) => checkTerms(termBase(locale), text, file));
		expect(findings.map(formatTermFinding)).toEqual([]);
	});
});

describe('checkTerms', () => {
	const ko = termBase('ko');

	test('catches a planted variant, with file, line and the preferred term', () => {
		const text = '---\ntitle: 인턴십 참여 기업 모집\n---\n\n인턴십 수용 기업을 모집합니다.\n';
		expect(checkTerms(ko, text, 'content/programmes/ko/planted.mdx')).toEqual([
			expect.objectContaining({ file: 'content/programmes/ko/planted.mdx', line: 5, found: '수용 기업', preferred: '참여 기업' }),
		]);
		expect(formatTermFinding(checkTerms(ko, text, 'content/programmes/ko/planted.mdx')[0])).toMatch(
			/^content\/programmes\/ko\/planted\.mdx:5: “수용 기업” → “참여 기업”/,
		);
	});

	test('allows a variant in an entry’s search keywords, the words readers use, but not elsewhere in the frontmatter', () => {
		const text = '---\ntitle: 인턴십 참여 기업 모집\nkeywords:\n  - 수용 기업\ndescription: 수용 기업\n---\n\n본문\n';
		expect(checkTerms(ko, text, 'content/programmes/ko/planted.mdx').map((finding) => finding.line)).toEqual([5]);
	});

	test('allows a variant inside the preferred term or an allowed phrase', () => {
		expect(checkTerms(termBase('zh'), '东京都内的中小企业', 'x.mdx')).toEqual([]);
		expect(checkTerms(termBase('zh'), '都内的中小企业', 'x.mdx').map((finding) => finding.preferred)).toEqual(['东京都内']);
		expect(checkTerms(ko, '재류 자격(체류 자격) 절차', 'x.mdx')).toEqual([]);
		expect(checkTerms(ko, '체류 자격 절차', 'x.mdx').map((finding) => finding.found)).toEqual(['체류 자격']);
		expect(checkTerms(termBase('en'), 'see the Call for Internship Host Companies', 'x.mdx')).toEqual([]);
	});

	test('allows a variant in the files its term allows (the press release keeps the seed wording)', () => {
		const text = '東京で働く外国人材の実例を紹介し';
		expect(checkTerms(termBase('ja'), text, 'content/press/ja/2022-07-15-x.mdx')).toEqual([]);
		expect(checkTerms(termBase('ja'), text, 'content/programmes/ja/website.mdx')).toHaveLength(1);
	});

	test('ignores link targets and matches Latin variants as whole words', () => {
		const en = termBase('en');
		expect(checkTerms(en, '[Events](/en/events/briefing-session/) and https://example.org/program', 'x.mdx')).toEqual([]);
		expect(checkTerms(en, 'the programme and its programmes', 'x.mdx')).toEqual([]);
		expect(checkTerms(en, 'the program', 'x.mdx').map((finding) => finding.found)).toEqual(['program']);
	});
});
