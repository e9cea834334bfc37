/** Byte snapshots of a folder, to show that a run changed no file but the expected ones (CMS tests). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every file under `folder`, relative path → bytes. */
export function snapshot(folder: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	const walk = (directory: string) => {
		for (const entry of readdirSync(directory, { withFileTypes: true })) {
			const full = path.join(directory, entry.name);
			if (entry.isDirectory()) walk(full);
			else files.set(path.relative(folder, full).split(path.sep).join('/'), readFileSync(full));
		}
	};
	walk(folder);
	return files;
}
