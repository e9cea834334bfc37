import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the tests build the site: TEST_DIST, or a folder of its own so a developer's dist/ is left alone. */
export const testDist = process.env.TEST_DIST ?? path.join(projectRoot, 'node_modules/.cache/test-dist');

/**
 * How the tests build a site: `npx node scripts/build.ts`, i.e. with the project's own Node (a
 * devDependency: Astro needs Node 22) whatever Node runs the tests. Append `--outDir DIR`.
 */
export const buildCommand = { command: 'npx', args: ['--no-install', 'node', 'scripts/build.ts'] } as const;

/** Variables vitest puts into process.env (NODE_ENV=test, and import.meta.env's MODE, DEV, PROD…). */
const vitestVariables = new Set(['NODE_ENV', 'TEST', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'FORCE_TTY']);

/**
 * The environment for a build started from the tests: the tests' own, minus what vitest sets. Left in,
 * NODE_ENV=test and PROD='' make Astro build in development mode (import.meta.env.PROD false), which is
 * not what `npm run build` ships (e.g. example stories stay in whatever the setting says).
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
	const env: NodeJS.ProcessEnv = {};
	for (const [name, value] of Object.entries(process.env)) {
		if (vitestVariables.has(name) || name.startsWith('VITEST')) continue;
		env[name] = value;
	}
	return { ...env, ...extra };
}
