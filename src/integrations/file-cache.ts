/** A build cache of generated files: read when present, else made and written aside then renamed (builds side by side never read half a file). */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export async function cachedFile(file: string, make: () => Promise<Buffer>, stats: { made: number; cached: number }): Promise<Buffer> {
	try {
		const cached = readFileSync(file);
		stats.cached += 1;
		return cached;
	} catch {
		const made = await make();
		mkdirSync(path.dirname(file), { recursive: true });
		const partial = `${file}.${process.pid}.tmp`;
		writeFileSync(partial, made);
		renameSync(partial, file);
		stats.made += 1;
		return made;
	}
}
