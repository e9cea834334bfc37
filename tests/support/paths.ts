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
