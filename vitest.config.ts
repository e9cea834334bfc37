import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			// Subprocesses and copies of the project; each file builds what it needs, at most once.
			{ test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 300_000 } },
			{
				test: {
					name: 'site',
					include: ['tests/build/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
					globalSetup: ['tests/support/build-site.ts'],
					testTimeout: 120_000,
					hookTimeout: 300_000,
				},
			},
		],
	},
});
