/**
 * The MDX safety rules (src/integrations/mdx-safety.ts) on the same parser the build uses: every hostile
 * fixture is refused with its line and reason; what editors may write, and all real content, passes.
 * tests/integration/mdx-safety.test.ts shows the build refusing one of them, file and line named.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMdxSource, formatProblems } from '../../src/integrations/mdx-safety.ts';
import { unsafeUrlReason } from '../../src/lib/editor-components.ts';
import { hostileFixtures } from '../fixtures/hostile/expected.ts';
import { projectRoot } from '../support/paths.ts';

const fixture = (...parts: string[]) => readFileSync(path.join(projectRoot, 'tests/fixtures', ...parts), 'utf8');

function contentFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(directory, entry.name);
		return entry.isDirectory() ? contentFiles(full) : /\.mdx?$/.test(entry.name) ? [full] : [];
	});
}

describe('MDX safety check', () => {
	for (const [name, expected] of Object.entries(hostileFixtures)) {
		it(`refuses ${name} with its line and reason`, async () => {
			const problems = await checkMdxSource(fixture('hostile', name));
			expect(problems.length).toBeGreaterThan(0);
			expect(problems[0].line).toBe(expected.line);
			expect(problems.map((problem) => problem.reason).join('\n')).toMatch(expected.reason);
			expect(formatProblems(`content/pages/ja/${name}`, problems)).toMatch(new RegExp(`^content/pages/ja/${name.replace('.', '\\.')}:${expected.line}:\\d+: `));
		});
	}

	it('accepts the editor components with literal props', async () => {
		expect(await checkMdxSource(fixture('cms', 'components.mdx'))).toEqual([]);
	});

	it('accepts all real content', async () => {
		const problems: string[] = [];
		for (const file of contentFiles(path.join(projectRoot, 'content'))) {
			const found = await checkMdxSource(readFileSync(file, 'utf8'));
			if (found.length) problems.push(formatProblems(path.relative(projectRoot, file), found));
		}
		expect(problems).toEqual([]);
	});

	it('refuses what slips past a naive check', async () => {
		const reasons = async (source: string) => (await checkMdxSource(source)).map((problem) => problem.reason).join('\n');
		expect(await reasons('{/* a comment */}')).toMatch(/MDX comments/);
		expect(await reasons('<SCRIPT>x</SCRIPT>')).toMatch(/<SCRIPT> is not allowed/);
		expect(await reasons('<Callout {...props}>x</Callout>')).toMatch(/spread props/);
		expect(await reasons('<Callout tone="danger">x</Callout>')).toMatch(/must be one of info, important/);
		expect(await reasons('<Callout>**bold** text</Callout>')).toMatch(/plain text only/);
		expect(await reasons('<ButtonLink href=" JaVa\tScRiPt:alert(1)">Go</ButtonLink>')).toMatch(/"javascript:" is not allowed/);
		expect(await reasons('<Figure src="https://evil.example/x.jpg" alt="x" />')).toMatch(/not an uploaded image/);
		expect(await reasons('[x]: data:text/html,<script>1</script>\n\n[link][x]')).toMatch(/"data:" is not allowed/);
		expect(await reasons('<>fragment</>')).toMatch(/fragments/);
		expect(await reasons('<div onClick="x">y</div>')).toMatch(/<div> is not an editor component/);
		expect(await reasons('<!-- html comment -->')).toMatch(/Unexpected character/);
	});

	it('allows ordinary links', () => {
		for (const url of [
			'https://example.org',
			'http://example.org',
			'/ja/programmes/',
			'#top',
			'mailto:a@example.org',
			'tel:0353204628',
			'page/',
			'a:b/c'.slice(2),
		]) {
			expect(unsafeUrlReason(url), url).toBeUndefined();
		}
		for (const url of ['javascript:x', 'vbscript:x', 'data:text/html,x', 'file:///etc/passwd', 'java\nscript:x']) {
			expect(unsafeUrlReason(url), url).toBeDefined();
		}
	});
});
