import path from 'node:path';
import { projectRoot } from '../../scripts/support/run-project.ts';

export { projectRoot };

/** Where the tests build the site: TEST_DIST, or a folder of its own so a developer's dist/ is left alone. */
export const testDist = process.env.TEST_DIST ?? path.join(projectRoot, 'node_modules/.cache/test-dist');
