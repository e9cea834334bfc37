/** Press attachments: what a download link must say — format, size and language. */
import { statSync } from 'node:fs';
import path from 'node:path';

export interface AttachmentFile {
	/** Upper-case extension: PDF, DOCX, PNG. */
	format: string;
	bytes: number;
}

/** Reads an attachment under public/; a missing file is an error naming the entry that lists it. */
export function inspectAttachment(file: string, listedIn: string, publicDir = path.resolve('public')): AttachmentFile {
	const absolute = path.join(publicDir, file);
	let bytes: number;
	try {
		bytes = statSync(absolute).size;
	} catch {
		throw new Error(`${listedIn}: attachments.file "${file}" does not exist (expected public${file}). Upload it in the CMS or fix the path.`);
	}
	return { format: path.extname(file).slice(1).toUpperCase(), bytes };
}
