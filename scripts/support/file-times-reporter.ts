/**
 * A vitest reporter for `npm run test:times`: each test file's project and whole time (import, hooks
 * and tests; vitest's JSON report only has the tests' own time), written as JSON to $TEST_TIMES_FILES.
 */
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

export interface FileTimes {
	file: string;
	project: string;
	/** Milliseconds: environment, setup, import and collection, then every test and hook. */
	whole: number;
}

export default class FileTimesReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>) {
		const output = process.env.TEST_TIMES_FILES;
		if (!output) return;
		const files: FileTimes[] = testModules.map((module) => {
			const time = module.diagnostic();
			return {
				file: module.moduleId,
				project: module.project.name,
				whole: time.environmentSetupDuration + time.prepareDuration + time.setupDuration + time.collectDuration + time.duration,
			};
		});
		writeFileSync(output, JSON.stringify(files));
	}
}
