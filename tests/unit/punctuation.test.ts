/**
 * Japanese and Chinese running text uses full-width punctuation: no ASCII , ( ) : ; ! ? next to a
 * CJK character, in content (MDX bodies and frontmatter strings, settings) and UI strings.
 * Ignored: link targets and URLs, code, Markdown and MDX syntax (emphasis markers, component tags and
 * their props, frontmatter keys). Digits and Latin runs stay as they are (13:00, axe-core); only the
 * punctuation that touches CJK text counts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const locales = ['ja', 'zh'] as const;
type Locale = (typeof locales)[number];

/** Han, kana, the prolonged sound mark, CJK and full-width punctuation, and the curly quotes zh uses. */
const cjk = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\u30fb\u30fc\uff01-\uff60“”]/u;
const ascii = /[,():;!?]/g;

interface PunctuationFinding {
	file: string;
	line: number;
	char: string;
	context: string;
}

/** The text of a line a reader sees: no URLs, link targets, code, tags or emphasis markers. */
function readable(line: string): string {
	return line
		.replace(/`[^`]*`/g, ' ')
		.replace(/\]\([^)]*\)/g, ']')
		.replace(/<https?:[^>]*>/g, ' ')
		.replace(/https?:\/\/\S+/g, ' ')
		.replace(/<\/?[A-Za-z][^>]*>/g, ' ')
		.replace(/\*+|__+|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '');
}

function lineFindings(text: string, file: string, line: number): PunctuationFinding[] {
	const findings: PunctuationFinding[] = [];
	for (const match of text.matchAll(ascii)) {
		const at = match.index!;
		if (cjk.test(text[at - 1] ?? '') || cjk.test(text[at + 1] ?? '')) {
			findings.push({ file, line, char: match[0], context: text.slice(Math.max(0, at - 12), at + 13).trim() });
		}
	}
	return findings;
}

/** ASCII punctuation touching CJK text in an MDX file (frontmatter values and body). */
function checkMdx(source: string, file: string): PunctuationFinding[] {
	const findings: PunctuationFinding[] = [];
	let frontmatter = false;
	let fence = false;
	for (const [index, raw] of source.split(/\r?\n/).entries()) {
		if (index === 0 && raw === '---') frontmatter = true;
		else if (frontmatter) {
			if (raw === '---') frontmatter = false;
			// Keys (`title:`, `- file:`) are YAML, not text.
			else findings.push(...lineFindings(readable(raw.replace(/^\s*(?:-\s+)?[\w-]+:\s?/, '')), file, index + 1));
		} else if (/^\s*(```|~~~)/.test(raw)) fence = !fence;
		else if (!fence) findings.push(...lineFindings(readable(raw), file, index + 1));
	}
	return findings;
}

/** The same in a UI JSON file (values only) or the settings (this language's values only). */
function checkValues(source: string, file: string, locale: Locale): PunctuationFinding[] {
	const value = file.endsWith('.json') ? /^\s*"[^"]+":\s*"(.*)",?\s*$/ : new RegExp(`^\\s+${locale}:\\s*(.*)$`);
	return source.split(/\r?\n/).flatMap((raw, index) => {
		const match = value.exec(raw);
		return match ? lineFindings(readable(match[1]), file, index + 1) : [];
	});
}

const format = (finding: PunctuationFinding) => `${finding.file}:${finding.line}: ASCII “${finding.char}” next to CJK text: …${finding.context}…`;

function filesUnder(folder: string): string[] {
	return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe.each([...locales])('%s punctuation', (locale) => {
	test('content (MDX frontmatter and bodies) uses full-width punctuation next to CJK text', () => {
		const files = filesUnder('content').filter((file) => file.endsWith('.mdx') && file.split('/')[2] === locale);
		expect(files.length).toBeGreaterThan(10);
		expect(files.flatMap((file) => checkMdx(read(file), file)).map(format)).toEqual([]);
	});

	test('UI strings and settings use full-width punctuation next to CJK text', () => {
		const files = [`src/i18n/ui/${locale}.json`, ...filesUnder('content/settings').filter((file) => /\.ya?ml$/.test(file))];
		expect(files.flatMap((file) => checkValues(read(file), file, locale)).map(format)).toEqual([]);
	});
});

describe('the check', () => {
	test('catches planted half-width punctuation, naming file and line', () => {
		const planted = [
			'---',
			'title: 説明会(7月13日)',
			'---',
			'',
			'- **自動チェック**:axe（axe-core）を使い',
			'“新型工作方式支援项目”(New Work Style Support Project)',
		].join('\n');
		expect(checkMdx(planted, 'content/pages/ja/planted.mdx').map((finding) => [finding.line, finding.char])).toEqual([
			[2, '('],
			[2, ')'],
			[5, ':'],
			[6, '('],
		]);
		expect(format(checkMdx(planted, 'content/pages/ja/planted.mdx')[0])).toMatch(/^content\/pages\/ja\/planted\.mdx:2: ASCII “\(”/);
		expect(checkValues('{\n  "x": "対応言語:日本語"\n}', 'src/i18n/ui/ja.json', 'ja').map((finding) => finding.line)).toEqual([2]);
	});

	test('leaves URLs, link targets, code, component props, times and Latin runs alone', () => {
		const fine = [
			'---',
			'key: briefing-2022-07-13',
			'start: 2022-07-13T13:00:00+09:00',
			'---',
			'[説明会](/ja/events/briefing-2022-07-13/)は13:00から。詳しくは<https://example.org/a,b>へ。',
			'`npm run build -- --outDir x` を実行します。',
			'<Callout type="note" title="お知らせ">本文です。</Callout>',
			'Web Content Accessibility Guidelines（WCAG）2.2 の axe (axe-core) を使います。',
			'```',
			'代码(示例):',
			'```',
		].join('\n');
		expect(checkMdx(fine, 'content/pages/ja/fine.mdx')).toEqual([]);
	});
});
