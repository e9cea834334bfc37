/**
 * `npm run translations` (scripts/translations.ts) on a small project of fixture files: the report,
 * the exit codes of --strict and what --mark-current records.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sourceHash } from '../../src/lib/translation-state.ts';
import { fixtureFiles, stories, story } from '../fixtures/translations.ts';
import { projectRoot } from '../support/paths.ts';

// Each test runs the command a few times (a Node start each): seconds on a busy machine.
describe('npm run translations', { timeout: 30_000 }, () => {
	let root: string | undefined;
	afterEach(() => {
		if (root) rmSync(root, { recursive: true, force: true });
		root = undefined;
	});

	function project(files: Record<string, string>) {
		root = mkdtempSync(path.join(tmpdir(), 'cms-translations-'));
		for (const [file, text] of Object.entries(files)) {
			mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
			writeFileSync(path.join(root, file), text);
		}
		return root;
	}
	const run = (...args: string[]) =>
		spawnSync(process.execPath, [path.join(projectRoot, 'scripts/translations.ts'), '--root', root as string, ...args], { encoding: 'utf8' });

	it('prints the report, and with --strict exits 1 while anything is missing or out of date', () => {
		project(fixtureFiles());
		const plain = run();
		expect(plain.status).toBe(0);
		expect(plain.stdout).toContain('zh: out of date: the Japanese changed since it was translated');
		const strict = run('--strict');
		expect(strict.status).toBe(1);
		expect(strict.stderr).toContain('Some translations are missing or out of date');
		expect(JSON.parse(run('--json').stdout).totals).toEqual({ current: 1, outdated: 1, unrecorded: 0, missing: 4 });
	});

	it('exits 0 with --strict when every translation is up to date; --mark-current records the Japanese', () => {
		const files = fixtureFiles();
		project({
			'content/stories/ja/chen-wei.mdx': files['content/stories/ja/chen-wei.mdx'],
			'content/stories/en/chen-wei.mdx': files['content/stories/en/chen-wei.mdx'],
			'content/stories/zh/chen-wei.mdx': files['content/stories/zh/chen-wei.mdx'],
			'content/stories/ko/chen-wei.mdx': files['content/stories/zh/chen-wei.mdx'].replace(/^translatedFrom:.*\n/m, ''),
		});
		expect(run('--strict').status).toBe(1);
		// Without files, only translations with no record at all (ko); zh stays out of date.
		expect(run('--mark-current').stdout).toContain('marked up to date: content/stories/ko/chen-wei.mdx');
		expect(run('--strict').status).toBe(1);
		const zh = path.join(root as string, 'content/stories/zh/chen-wei.mdx');
		const before = readFileSync(zh, 'utf8');
		execFileSync(process.execPath, [path.join(projectRoot, 'scripts/translations.ts'), '--root', root as string, '--mark-current', zh]);
		const after = readFileSync(zh, 'utf8');
		expect(after).toBe(before.replace('ja-00000000000000', sourceHash(story, stories)));
		const strict = run('--strict');
		expect(strict.stdout).toContain('Translations: 3 up to date, 0 out of date, 0 missing.');
		expect(strict.status).toBe(0);
	});
});
