/**
 * `npm run bench:cms`: the CMS figures of issue 3, measured, not judged.
 *
 * 1. The admin bundle: the JavaScript /admin/ loads before the CMS can start (its entry script and
 *    everything that imports statically), raw and gzip -9, plus the chunks it may load later.
 * 2. The time from `npm start` to an editable /admin: on a fresh copy of the project, `npm start` is
 *    spawned while Chromium keeps trying /admin/; the clock stops when an entry's title field can be
 *    typed into. The first run is cold (no Vite dependency cache in the copy), the others warm.
 *
 *   npm run bench:cms                          both, 3 start-up runs
 *   npm run bench:cms -- --runs 5
 *   npm run bench:cms -- --dist /tmp/site      bundle only, of an existing build
 *   npm run bench:cms -- --skip-startup        bundle only (builds a copy first)
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './support/browser.ts';
import { copyProject, removeProject } from './support/project-copy.ts';
import { startCms } from './support/run-cms.ts';
import { buildProject } from './support/run-project.ts';

const { values } = parseArgs({
	options: {
		dist: { type: 'string' },
		runs: { type: 'string', default: '3' },
		'skip-startup': { type: 'boolean', default: false },
	},
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;

/** The module graph of the admin page: the entry and its static imports, then dynamic imports. */
function adminBundle(dist: string) {
	const html = readFileSync(path.join(dist, 'admin/index.html'), 'utf8');
	const entries = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((match) => match[1]);
	const initial = new Set<string>();
	const lazy = new Set<string>();
	const dynamic: string[] = [];
	const visit = (url: string, into: Set<string>) => {
		if (initial.has(url) || into.has(url)) return;
		into.add(url);
		const code = readFileSync(path.join(dist, url), 'utf8');
		const dir = path.posix.dirname(url);
		for (const match of code.matchAll(/(?:from|import)\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) visit(path.posix.join(dir, match[1]), into);
		for (const match of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+\.js)["'`]\s*\)/g)) dynamic.push(path.posix.join(dir, match[1]));
	};
	for (const entry of entries) visit(entry, initial);
	// Then what those load on demand (and what that imports), which is not loaded at start anyway.
	while (dynamic.length > 0) visit(dynamic.shift() as string, lazy);
	const size = (urls: Set<string>) => {
		let raw = 0;
		let gzip = 0;
		for (const url of urls) {
			const bytes = readFileSync(path.join(dist, url));
			raw += bytes.length;
			gzip += gzipSync(bytes, { level: 9 }).length;
		}
		return { files: urls.size, raw, gzip };
	};
	return { html: gzipSync(Buffer.from(html), { level: 9 }).length, initial: size(initial), lazy: size(lazy) };
}

let copy: string | undefined;
try {
	let dist = values.dist ? path.resolve(values.dist) : undefined;
	if (!dist) {
		copy = copyProject('bench-cms-');
		dist = path.join(copy, 'dist');
		console.log('Building a copy of the project for the bundle figures…');
		const build = await buildProject(copy, dist);
		if (!build.ok) throw new Error(`build failed:\n${build.output}`);
	}
	if (!existsSync(path.join(dist, 'admin/index.html'))) throw new Error(`${dist} has no admin/index.html`);
	const bundle = adminBundle(dist);
	console.log('\nAdmin bundle (/admin/):');
	console.log(`  loaded at start: ${bundle.initial.files} file(s), ${kb(bundle.initial.raw)} raw, ${kb(bundle.initial.gzip)} gzip -9`);
	console.log(`  loaded on demand (editor modes, image encoders…): ${bundle.lazy.files} file(s), ${kb(bundle.lazy.raw)} raw, ${kb(bundle.lazy.gzip)} gzip -9`);
	console.log(`  page HTML (with the embedded configuration): ${kb(bundle.html)} gzip -9`);

	if (!values['skip-startup']) {
		const runs = Number(values.runs);
		const root = copyProject('bench-cms-start-');
		const browser = await launchBrowser();
		console.log(`\nTime from \`npm start\` to an editable /admin/ (${runs} runs on a fresh copy; run 1 is cold):`);
		try {
			for (let run = 1; run <= runs; run++) {
				const page = await browser.newPage();
				let editable: Promise<number> | undefined;
				const cms = await startCms(root, {
					onSpawn: (url, started) => {
						editable = (async () => {
							// An editor opening /admin/ straight away, reloading until the CMS is there.
							for (;;) {
								try {
									await page.goto(`${url}/admin/`, { timeout: 60_000 });
									await page.getByRole('button', { name: 'ログイン' }).click({ timeout: 60_000 });
									break;
								} catch {
									await page.waitForTimeout(100);
								}
							}
							await page.goto(`${url}/admin/#/collections/stories/entries/arjun-mehta-data-scientist`);
							const title = page.getByLabel('タイトル / Title').first();
							await title.waitFor({ timeout: 120_000 });
							// Editable means the entry is loaded into the field, not only the empty form.
							while ((await title.inputValue()) === '') await page.waitForTimeout(50);
							const before = await title.inputValue();
							await title.focus();
							await page.keyboard.press('End');
							await page.keyboard.type('x');
							if ((await title.inputValue()) !== `${before}x`) throw new Error('the title field did not take input');
							return Date.now() - started;
						})();
					},
				});
				try {
					const editableAfter = await (editable as Promise<number>);
					console.log(
						`  run ${run}: "Ready" printed after ${(cms.readyAfter / 1000).toFixed(1)} s; title field editable after ${(editableAfter / 1000).toFixed(1)} s`,
					);
				} finally {
					await page.close();
					await cms.stop();
				}
			}
		} finally {
			await browser.close();
			removeProject(root);
		}
	}
} finally {
	removeProject(copy);
}
