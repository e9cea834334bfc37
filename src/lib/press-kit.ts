/**
 * A release's press kit: one zip with its PDF in every language, its attachments, its images and the
 * QR code of its page, plus a README.txt listing them. Reproducible: entries sorted by name, every
 * timestamp the release's date (as local wall-clock time, which is what a zip stores), so the same
 * files give the same bytes on any machine.
 */
import { zipSync } from 'fflate';

export interface KitFile {
	/** Path inside the zip, e.g. pdf/ja.pdf. */
	name: string;
	data: Uint8Array;
	/** One line for the README: what the file is. */
	about: string;
}

/** `/press-kits/<key>.zip`: one kit per release, for every language. */
export function pressKitPath(key: string): string {
	return `/press-kits/${key}.zip`;
}

/** The README listing the kit's files, in English and Japanese (a kit serves every language). */
export function kitReadme(title: string, url: string, files: KitFile[]): string {
	const lines = [
		`Press kit / プレスキット: ${title}`,
		url,
		'',
		'Contents / 内容:',
		...files.map((file) => `  ${file.name} (${file.data.length} bytes): ${file.about}`),
		'',
	];
	return lines.join('\r\n');
}

/** The zip's bytes. */
export function pressKitZip(options: { title: string; url: string; date: Date; files: KitFile[] }): Uint8Array {
	const files = [...options.files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	const names = new Set(files.map((file) => file.name));
	if (names.size !== files.length || names.has('README.txt')) throw new Error(`Press kit of ${options.url}: two files share a name`);
	const day = options.date;
	// Noon of the release day, read as local time: the same DOS timestamp whatever the build's time zone.
	const mtime = new Date(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 12);
	const readme = new TextEncoder().encode(kitReadme(options.title, options.url, files));
	const entries: Record<string, [Uint8Array, { mtime: Date }]> = { 'README.txt': [readme, { mtime }] };
	for (const file of files) entries[file.name] = [file.data, { mtime }];
	return zipSync(entries, { level: 9, mtime });
}
