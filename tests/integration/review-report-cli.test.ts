/**
 * `npm run translations` lists the guides whose review is overdue, on the day SITE_TODAY pins: run on
 * the real content/ — a year and a day after the latest review every guide is listed, the day before
 * none is.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { entries } from '../support/content.ts';
import { projectRoot } from '../support/paths.ts';

const guides = entries('guides').map((entry) => ({ key: entry.key, reviewed: entry.versions.ja!.data.lastReviewed as Date }));
const day = (date: Date, plus: number) => new Date(date.getTime() + plus * 86_400_000).toISOString().slice(0, 10);
const latest = new Date(Math.max(...guides.map((guide) => +guide.reviewed)));
const earliest = new Date(Math.min(...guides.map((guide) => +guide.reviewed)));

const report = (today: string) =>
	spawnSync(process.execPath, [path.join(projectRoot, 'scripts/translations.ts'), '--root', projectRoot], {
		encoding: 'utf8',
		env: { ...process.env, SITE_TODAY: today },
	});

test('the content has guides to review', () => {
	expect(guides.length).toBeGreaterThan(0);
});

test('a year and a day after the last review, every guide is listed as overdue, with its file', () => {
	const run = report(day(latest, 366));
	expect(run.status).toBe(0);
	expect(run.stdout).toContain('Reviews overdue');
	for (const guide of guides) expect(run.stdout).toContain(`guides/${guide.key} — `);
	for (const guide of guides) expect(run.stdout).toContain(`(content/guides/ja/${guide.key}.mdx)`);
});

test('within a year of every review, none is', () => {
	const run = report(day(earliest, 365));
	expect(run.status).toBe(0);
	expect(run.stdout).not.toContain('Reviews overdue');
});
