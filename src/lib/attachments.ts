/** Press attachments: what a download link must say — format, size and language. */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { useTranslations } from '../i18n/index.ts';
import { type Locale, localeInfo } from '../i18n/locales.ts';
import { formatBytes, languageName } from './format.ts';
import { pdfPageCount } from './pdf-pages.ts';
import { uploadFile } from './uploads-rules.ts';

export interface AttachmentFile {
	/** Upper-case extension: PDF, DOCX, PNG. */
	format: string;
	bytes: number;
	/** A PDF's page count, read from the file (undefined when unreadable or not a PDF). */
	pages?: number;
}

/** Reads an attachment under public/; a missing file is an error naming the entry that lists it. */
export function inspectAttachment(file: string, listedIn: string, publicDir = path.resolve('public')): AttachmentFile {
	const absolute = path.join(publicDir, file);
	let bytes: number;
	try {
		bytes = statSync(absolute).size;
	} catch {
		throw new Error(`${listedIn}: attachments.file "${file}" does not exist (expected ${uploadFile(file)}). Upload it in the CMS or fix the path.`);
	}
	const format = path.extname(file).slice(1).toUpperCase();
	return { format, bytes, pages: format === 'PDF' ? pdfPageCount(readFileSync(absolute)) : undefined };
}

export interface AttachmentLink {
	file: string;
	title: string;
	/** "PDF, 240 kB, 2 pages, Japanese" in the reader's language. */
	description: string;
	/** Who made it: "Prepared for this website" or "Original material of the bureau". */
	origin: string;
	hreflang: string;
	type?: string;
}

/** A release's attachments as download links that say their format, size and language. */
export function attachmentLinks(
	attachments: { file: string; language: Locale; title: string; origin?: 'site' | 'bureau' }[],
	listedIn: string,
	locale: Locale,
	publicDir?: string,
): AttachmentLink[] {
	const t = useTranslations(locale);
	return attachments.map((attachment) => {
		const { format, bytes, pages } = inspectAttachment(attachment.file, listedIn, publicDir);
		const facts = { format, size: formatBytes(bytes, locale), language: languageName(attachment.language, locale) };
		return {
			file: attachment.file,
			title: attachment.title,
			description:
				pages === undefined ? t('press.attachmentMeta', facts) : t('press.attachmentMetaPages', { ...facts, pages: t('press.pages', { count: pages }) }),
			origin: t(attachment.origin === 'bureau' ? 'press.origin.bureau' : 'press.origin.site'),
			hreflang: localeInfo[attachment.language].tag,
			type: format === 'PDF' ? 'application/pdf' : undefined,
		};
	});
}
