/**
 * `npm run test:times`: runs the tests with vitest's JSON reporter and prints the whole wall time, the
 * time per project and per file, slowest first. Arguments after `--` go to `vitest run`.
 *
 *   npm run test:times                                     the whole suite (as `npm test`)
 *   npm run test:times -- --project unit                   one project
 *   npm run test:times -- --compare /tmp/baseline.json     and a comparison with an earlier report
 *   npm run test:times -- --report FILE [--compare OLD]    print an existing report, run nothing
 *
 * The report is kept in node_modules/.cache/test-times.json (--out FILE for another place).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { FileTimes } from './support/file-times-reporter.ts';
import { projectRoot } from './support/run-project.ts';
import { formatComparison, formatTimes, readTimes } from './support/test-times.ts';

const { values } = parseArgs({
	allowPositionals: true,
	strict: false,
	options: {
		compare: { type: 'string' },
		report: { type: 'string' },
		out: { type: 'string', default: path.join(projectRoot, 'node_modules/.cache/test-times.json') },
	},
});
const passThrough = process.argv.slice(2).filter((argument, index, all) => {
	const own = ['--compare', '--report', '--out'];
	return !own.some((name) => argument === name || argument.startsWith(`${name}=`) || all[index - 1] === name);
});

let reportFile = values.report as string | undefined;
let status = 0;
if (!reportFile) {
	reportFile = path.resolve(values.out as string);
	mkdirSync(path.dirname(reportFile), { recursive: true });
	const filesFile = `${reportFile}.files`;
	const started = performance.now();
	const run = spawnSync(
		'npx',
		[
			'--no-install',
			'vitest',
			'run',
			'--reporter=default',
			'--reporter=json',
			`--outputFile.json=${reportFile}`,
			'--reporter=./scripts/support/file-times-reporter.ts',
			...passThrough,
		],
		{ cwd: projectRoot, stdio: 'inherit', env: { ...process.env, TEST_TIMES_FILES: filesFile } },
	);
	const wall = (performance.now() - started) / 1000;
	status = run.status ?? 1;
	if (!existsSync(reportFile)) throw new Error(`vitest wrote no report (exit ${status})`);
	// One file: vitest's report, with the wall time and each file's project and whole time added.
	const report = JSON.parse(readFileSync(reportFile, 'utf8'));
	const files = existsSync(filesFile) ? (JSON.parse(readFileSync(filesFile, 'utf8')) as FileTimes[]) : [];
	const times = new Map(files.map((file) => [file.file, file]));
	for (const result of report.testResults) {
		const time = times.get(result.name);
		if (time) Object.assign(result, { project: time.project, whole: time.whole });
	}
	writeFileSync(reportFile, JSON.stringify({ ...report, wall }, null, 1));
	rmSync(filesFile, { force: true });
	console.log(`\nReport: ${path.relative(process.cwd(), reportFile)}`);
}

console.log(`\n${formatTimes(readTimes(reportFile))}`);
if (values.compare) console.log(`\nCompared with ${values.compare}:\n${formatComparison(readTimes(values.compare as string), readTimes(reportFile))}`);
process.exitCode = status;
