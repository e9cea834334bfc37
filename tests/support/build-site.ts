/**
 * Global setup of the projects that read the built site (build, e2e, content): `npm run build` of the
 * real project, once per run however many of those projects run (skip it with TEST_SKIP_BUILD=1 to
 * reuse the last build). The build goes to a folder of its own and is swapped in when complete, so
 * test runs started side by side never read a half-written site.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildProject } from '../../scripts/support/run-project.ts';
import { projectRoot, testDist } from './paths.ts';

/** Held on globalThis: each project loads this file anew, but they share the process. */
const run = globalThis as { siteBuild?: Promise<void> };

export default function setup(): Promise<void> {
	run.siteBuild ??= buildSite();
	return run.siteBuild;
}

async function buildSite() {
	if (process.env.TEST_SKIP_BUILD && existsSync(path.join(testDist, 'index.html'))) return;
	const fresh = `${testDist}.building-${process.pid}`;
	const stale = `${testDist}.stale-${process.pid}`;
	rmSync(fresh, { recursive: true, force: true });
	const started = performance.now();
	const build = await buildProject(projectRoot, fresh);
	if (!build.ok) {
		rmSync(fresh, { recursive: true, force: true });
		throw new Error(`npm run build failed:\n${build.output.slice(-4000)}`);
	}
	if (build.output.trim()) console.log(build.output.trim());
	if (existsSync(testDist)) renameSync(testDist, stale);
	renameSync(fresh, testDist);
	rmSync(stale, { recursive: true, force: true });
	console.log(`[build-site] built ${testDist} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
