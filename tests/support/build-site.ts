/**
 * Global setup of the projects that read the built site (build, e2e, content): starts `npm run build`
 * of the real project once per run, however many of those projects run, and returns at once, so
 * tests that need no build (unit, integration, the CMS) run meanwhile. Reading the site waits for it
 * (site-ready.ts). TEST_SKIP_BUILD=1 reuses the last build. The build goes to a folder of its own
 * and is swapped in when complete, so test runs started side by side never read a half-written site.
 */
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildProject } from '../../scripts/support/run-project.ts';
import { projectRoot, testDist } from './paths.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** This run's build: what testDist/.build-id says once it is in place, or "reuse". */
		siteBuild: string;
	}
}

/** A file that records this run's build, in the site once it is there. */
export const buildIdFile = path.join(testDist, '.build-id');
/** Where a failed build of `id` leaves its output. */
export const failureFile = (id: string) => `${testDist}.failed-${id}`;

/** Held on globalThis: each project loads this file anew, but they share the process. */
const run = globalThis as { siteBuild?: { id: string; done: Promise<void> } };

export default function setup(project: TestProject) {
	run.siteBuild ??= start();
	project.provide('siteBuild', run.siteBuild.id);
	// Teardown: the run ends with its build, never leaving it behind.
	return async () => {
		await run.siteBuild?.done;
		rmSync(failureFile(run.siteBuild!.id), { force: true });
	};
}

function start() {
	if (process.env.TEST_SKIP_BUILD && existsSync(path.join(testDist, 'index.html'))) return { id: 'reuse', done: Promise.resolve() };
	const id = `${process.pid}-${Date.now()}`;
	return { id, done: buildSite(id) };
}

async function buildSite(id: string) {
	const fresh = `${testDist}.building-${process.pid}`;
	const stale = `${testDist}.stale-${process.pid}`;
	rmSync(fresh, { recursive: true, force: true });
	const started = performance.now();
	const build = await buildProject(projectRoot, fresh);
	if (!build.ok) {
		rmSync(fresh, { recursive: true, force: true });
		writeFileSync(failureFile(id), `npm run build failed:\n${build.output.slice(-4000)}`);
		return;
	}
	if (build.output.trim()) console.log(build.output.trim());
	writeFileSync(path.join(fresh, '.build-id'), id);
	if (existsSync(testDist)) renameSync(testDist, stale);
	renameSync(fresh, testDist);
	rmSync(stale, { recursive: true, force: true });
	console.log(`[build-site] built ${testDist} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
