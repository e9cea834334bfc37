/**
 * A landing's links are checked while content loads (`astro sync`, as in every build): a target that
 * does not exist, or an external one whose origin is not on the settings allow-list, stops it with the
 * file, the field and the value. One `astro sync` per case on a copy of the project, no build.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyProject, removeProject } from '../../scripts/support/project-copy.ts';
import { projectRoot, terminalEnv } from '../../scripts/support/run-project.ts';

let root: string;
beforeAll(() => {
	root = copyProject('landing-links-');
	// What the checks read: landings, the programmes they point at, the settings. The rest only slows the sync.
	for (const collection of ['events', 'stories', 'press', 'pages']) rmSync(path.join(root, 'content', collection), { recursive: true });
}, 60_000);
afterAll(() => removeProject(root));

/** A Japanese landing with the given `target:` block, written into the copy. */
function writeLanding(key: string, target: string) {
	const source = readFileSync(path.join(root, 'content/landings/ja/internship.mdx'), 'utf8')
		.replace(/^key: internship$/m, `key: ${key}`)
		.replace(/^programme: internship$/m, `programme: internship\ntarget:\n${target}`);
	writeFileSync(path.join(root, `content/landings/ja/${key}.mdx`), source);
}

function sync(): { ok: boolean; output: string } {
	const result = spawnSync(process.execPath, [path.join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'sync'], {
		cwd: root,
		encoding: 'utf8',
		env: terminalEnv({ ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' }),
		timeout: 120_000,
	});
	// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes
	return { ok: result.status === 0, output: `${result.stdout}\n${result.stderr}`.replace(/\u001b\[[0-9;]*m/g, '') };
}

// Each test runs `astro sync` once or twice: up to 120 s each on a loaded 2-core machine.
describe('landing links', { timeout: 240_000 }, () => {
	test('a target entry that does not exist stops the sync, naming the file, the field and the value', () => {
		writeLanding('missing-target', '  collection: programmes\n  key: no-such-programme');
		const { ok, output } = sync();
		expect(ok).toBe(false);
		expect(output).toContain('content/landings/ja/missing-target.mdx: field "target": "programmes/no-such-programme" does not exist');
	});

	test('an external target off the allow-list stops it too; on the list, it passes', () => {
		rmSync(path.join(root, 'content/landings/ja/missing-target.mdx'));
		writeLanding('external-target', '  url: https://campaign.example.org/tokyo');
		const refused = sync();
		expect(refused.ok).toBe(false);
		expect(refused.output).toContain('content/landings/ja/external-target.mdx: field "target.url": "https://campaign.example.org/tokyo"');
		expect(refused.output).toContain('not on the allow-list (allowedExternalOrigins in content/settings/site.yml)');

		const settings = path.join(root, 'content/settings/site.yml');
		writeFileSync(
			settings,
			readFileSync(settings, 'utf8').replace('allowedExternalOrigins: []', 'allowedExternalOrigins:\n  - origin: https://campaign.example.org'),
		);
		const allowed = sync();
		expect(allowed.output).not.toContain('external-target.mdx');
		expect(allowed.ok).toBe(true);
	});
});
