/**
 * The real build refuses hostile content with file, line and reason: each fixture of
 * tests/fixtures/hostile/ goes into its own copy of the project as content/pages/ja/hostile.mdx, and
 * `astro build` must fail with that file's message. A copy with only the editor components
 * (tests/fixtures/cms/components.mdx) must build, so the failures come from the content alone.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCopy, copyProject, removeProject } from '../support/cms.ts';
import { hostileFixtures } from '../fixtures/hostile/expected.ts';
import { projectRoot } from '../support/paths.ts';

const copies: string[] = [];
afterAll(() => copies.forEach(removeProject));

function copyWith(fixture: string): string {
	const root = copyProject('cms-hostile-');
	copies.push(root);
	copyFileSync(path.join(projectRoot, 'tests/fixtures', fixture), path.join(root, 'content/pages/ja/hostile.mdx'));
	return root;
}

describe('the build refuses hostile MDX in content/', () => {
	for (const [name, expected] of Object.entries(hostileFixtures)) {
		it.concurrent(`${name}: fails with file, line and reason`, async () => {
			const root = copyWith(`hostile/${name}`);
			const { status, output } = await buildCopy(root);
			expect(status).not.toBe(0);
			const line = output.split('\n').find((text) => text.startsWith('content/pages/ja/hostile.mdx:'));
			expect(line, output.slice(-3000)).toBeDefined();
			expect(line).toMatch(new RegExp(`^content/pages/ja/hostile\\.mdx:${expected.line}:\\d+: `));
			expect(line).toMatch(expected.reason);
			expect(existsSync(path.join(root, 'dist/ja/hostile/index.html'))).toBe(false);
		});
	}

	it.concurrent('builds the same page when it uses only the editor components with literal props', async () => {
		const root = copyWith('cms/components.mdx');
		const { status, output } = await buildCopy(root);
		expect(status, output.slice(-3000)).toBe(0);
		const html = readFileSync(path.join(root, 'dist/ja/hostile/index.html'), 'utf8');
		expect(html).toContain('class="callout callout--important"');
		expect(html).toContain('8月15日まで受け付けます { 波括弧 } &lt;タグ&gt;');
		expect(html).toContain('<figcaption>写真はイメージです &amp; 説明</figcaption>');
		expect(html).toMatch(/<a class="button" href="https:\/\/www\.example\.org\/apply">応募する<\/a>/);
	});
});
