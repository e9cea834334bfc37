/** Press kits: a zip with sorted entries, fixed timestamps and a README listing them; the same files give the same bytes. */
import { unzipSync } from 'fflate';
import { expect, test } from 'vitest';
import { type KitFile, pressKitPath, pressKitZip } from '../../src/lib/press-kit.ts';

const files: KitFile[] = [
	{ name: 'qr/release.svg', data: new TextEncoder().encode('<svg/>'), about: 'QR code' },
	{ name: 'pdf/release-ja.pdf', data: new Uint8Array([37, 80, 68, 70]), about: 'the release in 日本語' },
	{ name: 'attachments/leaflet.pdf', data: new Uint8Array(1000), about: 'Leaflet (ja)' },
];
const kit = { title: 'Release', url: 'https://example.org/ja/press/release/', date: new Date('2022-07-15'), files };

test('the same files, in any order, give the same bytes', () => {
	expect(Buffer.from(pressKitZip(kit)).equals(Buffer.from(pressKitZip({ ...kit, files: [...files].reverse() })))).toBe(true);
});

test('entries are sorted, README.txt first, and the README lists every file with its size', () => {
	const entries = unzipSync(pressKitZip(kit));
	expect(Object.keys(entries)).toEqual(['README.txt', 'attachments/leaflet.pdf', 'pdf/release-ja.pdf', 'qr/release.svg']);
	const readme = new TextDecoder().decode(entries['README.txt']);
	expect(readme).toContain('https://example.org/ja/press/release/');
	expect(readme).toContain('attachments/leaflet.pdf (1000 bytes): Leaflet (ja)');
	expect(readme).toContain('pdf/release-ja.pdf (4 bytes): the release in 日本語');
	expect(entries['pdf/release-ja.pdf']).toEqual(files[1].data);
});

test('every entry is dated by the release, not by the build', () => {
	const zip = Buffer.from(pressKitZip(kit));
	// Local file headers: signature PK\x03\x04, DOS date at offset 12 (bits: year-1980, month, day).
	let offset = zip.indexOf('PK\x03\x04', 0, 'latin1');
	let headers = 0;
	while (offset >= 0) {
		const date = zip.readUInt16LE(offset + 12);
		expect([1980 + (date >> 9), (date >> 5) & 15, date & 31]).toEqual([2022, 7, 15]);
		headers += 1;
		offset = zip.indexOf('PK\x03\x04', offset + 4, 'latin1');
	}
	expect(headers).toBe(4);
});

test('two files of one name are refused', () => {
	expect(() => pressKitZip({ ...kit, files: [...files, files[0]] })).toThrow('two files share a name');
	expect(pressKitPath('2022-07-15-x')).toBe('/press-kits/2022-07-15-x.zip');
});
