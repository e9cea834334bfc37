/** Builds the real site once for the build and e2e tests (skip with TEST_SKIP_BUILD=1 to reuse the last one). */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot, testDist } from './paths';

export default function setup() {
	if (process.env.TEST_SKIP_BUILD && existsSync(path.join(testDist, 'index.html'))) return;
	execFileSync('npx', ['node', 'scripts/build.ts', '--outDir', testDist], {
		cwd: projectRoot,
		stdio: 'inherit',
		env: { ...process.env, ASTRO_LOG_LEVEL: 'warn' },
	});
}
