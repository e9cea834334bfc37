import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		reporters: ['default', './tests/support/summary-reporter.ts'],
		projects: [
			{ test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
			{ test: { name: 'integration', include: ['tests/integration/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 60_000 } },
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
