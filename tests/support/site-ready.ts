/**
 * Imported by the helpers that read the built site (dist.ts, e2e.ts): a test file that uses them starts
 * once global setup's build of this run is in place (build-site.ts), and fails with its output if the
 * build failed. Outside the projects that build the site, nothing is awaited.
 */
import { existsSync, readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { buildIdFile, failureFile } from './build-site.ts';

const id = inject('siteBuild');
const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);
const until = Date.now() + 600_000;
while (id && id !== 'reuse' && read(buildIdFile) !== id) {
	const failure = read(failureFile(id));
	if (failure) throw new Error(failure);
	if (Date.now() > until) throw new Error('the site was not built within 10 minutes (tests/support/build-site.ts)');
	await new Promise((resolve) => setTimeout(resolve, 250));
}
