/**
 * The order test files start in. Vitest's own runs project after project (build, content, e2e, …): files
 * that read the built site would take the workers first and wait for the build. Here, files that need no
 * built site start first (the build runs meanwhile), then the others; within each, the slowest of the
 * last run first (files not run before first of all), so the longest files do not end the run alone.
 */
import { readFileSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Whether a test file uses the helpers that read the built site (they wait for its build: site-ready.ts). */
const readsSite = (file: string) => /support\/(dist|e2e)\.ts['"]/.test(readFileSync(file, 'utf8'));

export class SiteLastSequencer extends BaseSequencer {
	async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
		const site = new Map(files.map((spec) => [spec, readsSite(spec.moduleId)]));
		const last = (spec: TestSpecification) => this.ctx.cache.getTestSpecificationResult(spec);
		const duration = (spec: TestSpecification) => last(spec)?.duration ?? Number.POSITIVE_INFINITY;
		return [...files].sort(
			(a, b) => Number(site.get(a)) - Number(site.get(b)) || Number(last(b)?.failed ?? false) - Number(last(a)?.failed ?? false) || duration(b) - duration(a),
		);
	}
}
