import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Where the tests build the site: SITE_DIST, or a folder of its own so a developer's dist/ is left alone. */
export const testDist = process.env.TEST_DIST ?? path.join(projectRoot, 'node_modules/.cache/test-dist');
