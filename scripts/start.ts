/**
 * `npm start`: local editing in one command. Runs the Astro dev server and decap-server (Decap CMS's
 * local backend, fs mode: it reads and writes content/ and public/uploads/ directly), and stops both
 * when it stops: Ctrl-C, SIGTERM, or either server exiting. A server also exits if this runner is
 * killed outright (scripts/support/exit-with-parent.ts), so no process is left behind.
 *
 *   npm start                               site on http://localhost:4321/, CMS on /admin/
 *   npm start -- --port 4400 --host 127.0.0.1 --decap-port 8090
 *
 * The CMS reaches decap-server through the dev server (/api/v1, see astro.config.mjs), so only the
 * site's port needs to be reachable.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from './support/free-port.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
	options: {
		port: { type: 'string' },
		host: { type: 'string', default: 'localhost' },
		'decap-port': { type: 'string' },
	},
});

const host = values.host;
const decapPort = values['decap-port'] ? Number(values['decap-port']) : await freePort(8081, '127.0.0.1');
const sitePort = values.port ? Number(values.port) : await freePort(4321, host === 'localhost' ? '127.0.0.1' : host);
const preload = ['--import', path.join(root, 'scripts/support/exit-with-parent.ts')];

const children: Array<{ name: string; child: ChildProcess }> = [];
let stopping = false;

function run(name: string, args: string[], env: NodeJS.ProcessEnv) {
	const child = spawn(process.execPath, [...preload, ...args], {
		cwd: root,
		env: { ...process.env, ...env },
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	children.push({ name, child });
	child.on('exit', (code, signal) => {
		if (!stopping) {
			console.error(`\n${name} stopped (${signal ?? `exit code ${code}`}); stopping the other server.`);
			void stop(code ?? 1);
		}
	});
	return child;
}

async function stop(exitCode = 0) {
	if (stopping) return;
	stopping = true;
	const running = children.filter(({ child }) => child.exitCode === null && child.signalCode === null);
	await Promise.all(
		running.map(
			({ child }) =>
				new Promise<void>((resolve) => {
					const force = setTimeout(() => child.kill('SIGKILL'), 5000);
					child.once('exit', () => {
						clearTimeout(force);
						resolve();
					});
					child.kill('SIGTERM');
				}),
		),
	);
	process.exit(exitCode);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(0));

const decap = run('decap-server', [path.join(root, 'node_modules/decap-server/dist/index.js')], {
	PORT: String(decapPort),
	BIND_HOST: '127.0.0.1',
	MODE: 'fs',
	GIT_REPO_DIRECTORY: root,
	LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
});
const astro = run('astro dev', [path.join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(sitePort), '--host', host], {
	DECAP_SERVER_PORT: String(decapPort),
});

/** Waits until both servers answer, then says where to go. */
async function waitUntilReady() {
	const site = `http://${host.includes(':') ? `[${host}]` : host}:${sitePort}`;
	for (let attempt = 0; attempt < 600 && !stopping; attempt++) {
		try {
			const [info, admin] = await Promise.all([
				fetch(`${site}/api/v1/`, {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: '{"action":"info"}',
					signal: AbortSignal.timeout(10_000),
				}),
				fetch(`${site}/admin/`, { signal: AbortSignal.timeout(30_000) }),
			]);
			// In dev, Astro's i18n routing answers pages outside /<locale>/ with status 404 but still
			// serves them; the admin page is ready when its configuration is there.
			if (info.ok && (await admin.text()).includes('id="cms-config"')) {
				console.log(
					`\nReady: the site is at ${site}/ja/ and the CMS at ${site}/admin/ (runner pid ${process.pid}, astro pid ${astro.pid}, decap-server pid ${decap.pid}). Ctrl-C stops both.\n`,
				);
				return;
			}
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 200));
	}
}

await waitUntilReady();
