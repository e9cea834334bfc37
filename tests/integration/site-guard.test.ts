/** A production build on the placeholder origin stops before building, naming SITE_URL (src/integrations/site-url.ts). */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { copyProject, removeProject } from '../../scripts/support/project-copy.ts';
import { projectNode, terminalEnv } from '../../scripts/support/run-project.ts';

let root: string;
beforeAll(() => {
	root = copyProject('site-guard-');
}, 60_000);
afterAll(() => removeProject(root));

// The build stops at its configuration: seconds, but a loaded 2-core machine may take a minute to start it.
test('npm run build:production without SITE_URL fails with a message naming it, and builds nothing', { timeout: 120_000 }, () => {
	const env = terminalEnv({ NO_COLOR: '1', FORCE_COLOR: '0' });
	delete env.SITE_URL;
	delete env.SITE_ENV;
	const result = spawnSync(projectNode, ['scripts/build.ts', '--production', '--outDir', 'dist'], {
		cwd: root,
		encoding: 'utf8',
		env,
		timeout: 120_000,
	});
	expect(result.status).not.toBe(0);
	expect(`${result.stdout}${result.stderr}`).toContain('SITE_URL is not set: a production build (SITE_ENV=production) would print QR codes');
	expect(existsSync(path.join(root, 'dist/index.html'))).toBe(false);
});
