import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { SiteLastSequencer } from './tests/support/sequencer.ts';

/** The projects that read the site as `npm run build` writes it: built once per run, while the other projects run. */
const builtSite = ['tests/support/build-site.ts'];
const cores = availableParallelism();

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		// The slow files mostly wait on a child process (a build, a dev server, Chromium): one file per core.
		maxWorkers: cores,
		sequence: { sequencer: SiteLastSequencer },
		projects: [
			// Pure: no child process, no copy of the project, no build. Files share a worker and its modules
			// (isolate: false: a third of the CPU), so a test leaves no module state behind (see fake-content.ts).
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], isolate: false } },
			// `astro sync`, the project's CLIs, `npm start` and builds of project copies; test.concurrent at most one per core.
			{ test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], maxConcurrency: cores } },
			// The real site's dist/, read as files (a test may parse every page: seconds on a busy machine). The
			// files only read: they share a worker and each page's parse (isolate: false: 14 s of CPU → 6 s).
			{ test: { name: 'build', include: ['tests/build/**/*.test.ts'], globalSetup: builtSite, testTimeout: 30_000, isolate: false } },
			// Chromium (Debian's, through playwright-core) on the built site or the CMS.
			{ test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], globalSetup: builtSite, testTimeout: 30_000, hookTimeout: 30_000 } },
			// Checks tied to today's content (the seed's facts, the search recall set): an editor's change may
			// rightly break them; they still run with the rest.
			{ test: { name: 'content', include: ['tests/content/**/*.test.ts'], globalSetup: builtSite, testTimeout: 30_000, hookTimeout: 30_000 } },
		],
	},
});
