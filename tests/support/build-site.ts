/**
 * Builds the real site once for the build and e2e tests (skip with TEST_SKIP_BUILD=1 to reuse the last one).
 * The build goes to a folder of its own and is swapped in when complete, so test runs started side by
 * side never read a half-written site.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildCommand, buildEnv, projectRoot, testDist } from './paths.ts';

export default function setup() {
	if (process.env.TEST_SKIP_BUILD && existsSync(path.join(testDist, 'index.html'))) return;
	const fresh = `${testDist}.building-${process.pid}`;
	const stale = `${testDist}.stale-${process.pid}`;
	rmSync(fresh, { recursive: true, force: true });
	const started = performance.now();
	try {
		execFileSync(buildCommand.command, [...buildCommand.args, '--outDir', fresh], {
			cwd: projectRoot,
			stdio: 'inherit',
			env: buildEnv({ ASTRO_LOG_LEVEL: 'warn' }),
		});
	} catch (error) {
		rmSync(fresh, { recursive: true, force: true });
		throw error;
	}
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	if (existsSync(testDist)) renameSync(testDist, stale);
	renameSync(fresh, testDist);
	rmSync(stale, { recursive: true, force: true });
	console.log(`[build-site] built ${testDist} in ${seconds} s`);
}
