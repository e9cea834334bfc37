/** Serves a built site as a static host would: directory index, .html, 404 page, content types. */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const types: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css',
	'.js': 'text/javascript',
	'.mjs': 'text/javascript',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.pdf': 'application/pdf',
	'.ics': 'text/calendar; charset=utf-8',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.wasm': 'application/wasm',
	'.pf_meta': 'application/octet-stream',
};

function resolveFile(root: string, urlPath: string): string | undefined {
	const clean = path.normalize(decodeURIComponent(urlPath.split('?')[0])).replace(/^(\.\.[/\\])+/, '');
	const candidate = path.join(root, clean);
	if (!candidate.startsWith(root)) return undefined;
	if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
	const index = path.join(candidate, 'index.html');
	if (existsSync(index)) return index;
	return undefined;
}

export interface StaticServer {
	url: string;
	close(): Promise<void>;
}

export async function serveStatic(root: string): Promise<StaticServer> {
	const server: Server = createServer((request, response) => {
		const file = resolveFile(root, request.url ?? '/');
		const status = file ? 200 : 404;
		const served = file ?? path.join(root, '404.html');
		response.writeHead(status, { 'Content-Type': types[path.extname(served)] ?? 'application/octet-stream' });
		createReadStream(served).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
