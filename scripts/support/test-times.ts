/**
 * Reading and printing vitest JSON reports for `npm run test:times`: the whole wall time, a table per
 * project and one per file, slowest first, and the comparison of two reports. A report written by the
 * script also has, per file, its project and whole time (`project`, `whole`: import, hooks and tests);
 * vitest's own JSON has only the time of the tests themselves, so a plain report is compared on that.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface FileTime {
	/** Path under tests/, e.g. unit/urls.test.ts. */
	file: string;
	project?: string;
	/** Seconds from the first test's start to the last test's end (hooks and import not included). */
	tests: number;
	/** Seconds for the whole file (import, hooks and tests), when the report has it. */
	whole?: number;
	passed: boolean;
}

export interface TimesReport {
	/** Seconds. */
	wall: number;
	/** True when the wall time was measured around the run, false when it is read from the report's test times. */
	measured: boolean;
	files: FileTime[];
}

interface VitestJson {
	startTime: number;
	/** Added by scripts/test-times.ts. */
	wall?: number;
	testResults: { name: string; startTime: number; endTime: number; status: string; project?: string; whole?: number }[];
}

/** tests/unit/x.test.ts → unit/x.test.ts, whatever folder the report was written in. */
const underTests = (file: string) =>
	file
		.split(path.sep)
		.join('/')
		.replace(/^.*\/tests\//, '');

export function readTimes(reportFile: string): TimesReport {
	const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestJson;
	const files = report.testResults.map((result) => ({
		file: underTests(result.name),
		project: result.project,
		tests: (result.endTime - result.startTime) / 1000,
		whole: result.whole === undefined ? undefined : result.whole / 1000,
		passed: result.status === 'passed',
	}));
	const lastEnd = Math.max(report.startTime, ...report.testResults.map((result) => result.endTime));
	return { wall: report.wall ?? (lastEnd - report.startTime) / 1000, measured: report.wall !== undefined, files };
}

const seconds = (value: number | undefined) => (value === undefined ? '—' : `${value.toFixed(1)} s`);
const time = (file: FileTime) => file.whole ?? file.tests;

function table(header: string[], rows: string[][]): string {
	const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => row[column].length)));
	const line = (row: string[]) =>
		row
			.map((cell, column) => (column === row.length - 1 ? cell : cell.padStart(widths[column])))
			.join('  ')
			.trimEnd();
	return [line(header), ...rows.map(line)].join('\n');
}

export function formatTimes(report: TimesReport, top = Number.POSITIVE_INFINITY): string {
	const whole = report.files.some((file) => file.whole !== undefined);
	// A plain vitest report does not name projects: its files are grouped by folder.
	const groupOf = (file: FileTime) => file.project ?? `${file.file.split('/')[0]}/`;
	const projects = new Map<string, FileTime[]>();
	for (const file of report.files) projects.set(groupOf(file), [...(projects.get(groupOf(file)) ?? []), file]);
	const byProject = table(
		['files', 'time', report.files.every((file) => file.project) ? 'project' : 'project (or folder/)'],
		[...projects].sort(([, a], [, b]) => sum(b) - sum(a)).map(([name, files]) => [String(files.length), seconds(sum(files)), name]),
	);
	const slowest = [...report.files].sort((a, b) => time(b) - time(a)).slice(0, top);
	const byFile = table(
		whole ? ['whole', 'tests', 'file'] : ['tests', 'file'],
		slowest.map((file) => [...(whole ? [seconds(file.whole)] : []), seconds(file.tests), `${file.file}${file.passed ? '' : '  (failed)'}`]),
	);
	return [
		`Whole suite: ${seconds(report.wall)} wall${report.measured ? '' : ' (from the report: first start to last test end)'}, ${report.files.length} files.`,
		`\nPer project (sum of ${whole ? 'whole-file' : 'test'} times; files run side by side):\n${byProject}`,
		`\nPer file, slowest first (${whole ? 'whole: import, hooks and tests; tests: the tests alone' : 'the tests alone, hooks not included'}):\n${byFile}`,
	].join('\n');
}

const sum = (files: FileTime[]) => files.reduce((total, file) => total + time(file), 0);

/** Files of `after` paired with those of `before`: same path, else the same file name moved to another folder. */
function pair(before: FileTime[], after: FileTime[]) {
	const unmatched = new Set(before);
	const pairs: { before?: FileTime; after?: FileTime }[] = [];
	for (const file of after) {
		const same = before.find((old) => unmatched.has(old) && old.file === file.file);
		if (same) unmatched.delete(same);
		pairs.push({ before: same, after: file });
	}
	for (const item of pairs.filter((candidate) => !candidate.before)) {
		const name = path.posix.basename(item.after!.file);
		const moved = [...unmatched].filter((old) => path.posix.basename(old.file) === name);
		if (moved.length === 1) {
			item.before = moved[0];
			unmatched.delete(moved[0]);
		}
	}
	return [...pairs, ...[...unmatched].map((old) => ({ before: old, after: undefined }))];
}

export function formatComparison(before: TimesReport, after: TimesReport): string {
	// Compare like with like: whole-file times only when both reports have them.
	const whole = before.files.every((file) => file.whole !== undefined) && after.files.every((file) => file.whole !== undefined);
	const measure = (file: FileTime | undefined) => (file ? (whole ? file.whole : file.tests) : undefined);
	const change = (from: number | undefined, to: number | undefined) =>
		// Under a second, a percentage says nothing.
		from === undefined || to === undefined || Math.max(from, to) < 1 ? '' : `${to >= from ? '+' : ''}${Math.round(((to - from) / from) * 100)} %`;
	const rows = pair(before.files, after.files)
		.sort((a, b) => Math.max(measure(b.before) ?? 0, measure(b.after) ?? 0) - Math.max(measure(a.before) ?? 0, measure(a.after) ?? 0))
		.map(({ before: old, after: now }) => {
			const name = now ? `${now.file}${old && old.file !== now.file ? ` (was ${old.file})` : ''}` : `${old!.file} (gone)`;
			return [seconds(measure(old)), seconds(measure(now)), change(measure(old), measure(now)), name];
		});
	return [
		`Whole suite: ${seconds(before.wall)} → ${seconds(after.wall)} wall (${change(before.wall, after.wall)})${before.measured ? '' : '; before: first start to last test end of its report'}.`,
		`\nPer file, slowest first (${whole ? 'whole file: import, hooks and tests' : 'the tests alone: the earlier report has no hook or import times'}):`,
		table(['before', 'after', 'change', 'file'], rows),
	].join('\n');
}
