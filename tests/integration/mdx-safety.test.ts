/**
 * The real build refuses hostile content with file, line and reason: the MDX safety plugin is wired
 * into `npm run build`. One hostile fixture (code that would run at build time) goes into a copy of
 * the project as content/pages/ja/hostile.mdx, and the build must fail naming that file's line.
 * Every fixture is checked through the same plugin code in tests/unit/mdx-safety.test.ts; a page
 * using every editor component builds in tests/integration/editor-changes.test.ts.
 */
import { copyFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProjectCopy } from '../../scripts/support/project-copy.ts';
import { hostileFixtures } from '../fixtures/hostile/expected.ts';
import { projectRoot } from '../support/paths.ts';

const fixture = 'expression.mdx';
let copy: ProjectCopy | undefined;
afterAll(() => copy?.dispose());

describe('the build refuses hostile MDX in content/', () => {
	it(`${fixture}: fails with file, line and reason`, async () => {
		copy = ProjectCopy.create('lwit-hostile-');
		copyFileSync(path.join(projectRoot, 'tests/fixtures/hostile', fixture), copy.path('content/pages/ja/hostile.mdx'));
		const { ok, output } = await copy.build();
		expect(ok).toBe(false);
		const expected = hostileFixtures[fixture];
		const line = output.split('\n').find((text) => text.startsWith('content/pages/ja/hostile.mdx:'));
		expect(line, output.slice(-3000)).toBeDefined();
		expect(line).toMatch(new RegExp(`^content/pages/ja/hostile\\.mdx:${expected.line}:\\d+: `));
		expect(line).toMatch(expected.reason);
		expect(existsSync(copy.path('dist/ja/hostile/index.html'))).toBe(false);
	}, 180_000);
});
