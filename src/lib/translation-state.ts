/**
 * Translation state: is a translation missing, out of date, or current?
 *
 * A translation records in `translatedFrom` a hash of the Japanese it was made from. The hash covers
 * the translatable fields only (the fields marked `i18n: true` in cms/config.yml, body included), and
 * only their letters and digits: a change of wording in the Japanese makes translations out of date;
 * re-formatting (the CMS re-writing Markdown, punctuation, spacing) does not.
 *
 * Pure functions with no Node or browser API: the CMS widget (cms/widgets/translation-status.ts), the
 * report (src/lib/translation-report.ts, `npm run translations`, /admin/translations/) share them.
 */

import { isStub } from './entry-id.ts';

export type FieldI18n = 'translate' | 'duplicate' | 'none';

/** The part of a cms/config.yml field this module reads. */
export interface TranslationField {
	name: string;
	i18n?: boolean | FieldI18n;
	fields?: TranslationField[];
}

export type TranslationStatus = 'current' | 'outdated' | 'unrecorded' | 'missing';

/** Fields that say what a translation is made from, not what it says. */
const bookkeeping = new Set(['translatedFrom', 'key']);

const isTranslatable = (field: TranslationField) => field.i18n === true || field.i18n === 'translate';

/** A translation Decap CMS wrote as a stub (no title) is a missing one. */
export const isUntranslated = isStub;

/** Letters, marks and digits only, so that re-formatting does not count as a change. */
function words(value: string): string {
	return value.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}]+/gu, '');
}

function fingerprintValue(value: unknown, field: TranslationField, parts: string[], path: string) {
	if (value === undefined || value === null) return;
	if (field.fields && Array.isArray(value)) {
		value.forEach((item, index) => fingerprintValue(item, field, parts, `${path}[${index}]`));
		return;
	}
	if (field.fields && typeof value === 'object') {
		for (const child of field.fields) {
			if (!isTranslatable(child)) continue;
			fingerprintValue((value as Record<string, unknown>)[child.name], child, parts, `${path}.${child.name}`);
		}
		return;
	}
	if (Array.isArray(value)) {
		value.forEach((item, index) => parts.push(`${path}[${index}]=${words(String(item))}`));
		return;
	}
	parts.push(`${path}=${words(String(value))}`);
}

/** The translatable text of an entry, as one canonical string. `data.body` is the Markdown text. */
export function sourceFingerprint(data: Record<string, unknown>, fields: readonly TranslationField[]): string {
	const parts: string[] = [];
	for (const field of fields) {
		if (!isTranslatable(field) || bookkeeping.has(field.name)) continue;
		fingerprintValue(data[field.name], field, parts, field.name);
	}
	return parts.join('\n');
}

/** cyrb53: a fast 53-bit string hash, identical in Node and browsers. Enough to notice a change. */
function cyrb53(text: string): string {
	let h1 = 0xdeadbeef;
	let h2 = 0x41c6ce57;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/**
 * The value a translation stores in `translatedFrom` when it is made from this Japanese entry, e.g.
 * `ja-0085112f6d471a` (the prefix keeps YAML from ever reading it as a number).
 */
export function sourceHash(data: Record<string, unknown>, fields: readonly TranslationField[]): string {
	return `ja-${cyrb53(sourceFingerprint(data, fields))}`;
}

/** The state of one translation against the current Japanese entry. */
export function translationStatus(
	source: Record<string, unknown>,
	translation: Record<string, unknown> | undefined,
	fields: readonly TranslationField[],
): TranslationStatus {
	if (isUntranslated(translation)) return 'missing';
	const recorded = translation?.translatedFrom;
	if (typeof recorded !== 'string' || recorded.trim() === '') return 'unrecorded';
	return recorded.trim() === sourceHash(source, fields) ? 'current' : 'outdated';
}

/** What each state means, for editors (Japanese / English). */
export const statusLabels: Record<TranslationStatus, { ja: string; en: string }> = {
	current: { ja: '最新', en: 'up to date' },
	outdated: { ja: '要更新（日本語が変更されています）', en: 'out of date: the Japanese changed since it was translated' },
	unrecorded: { ja: '要確認（翻訳元の記録なし）', en: 'out of date: no record of the Japanese it was made from' },
	missing: { ja: '未翻訳', en: 'missing' },
};

/** Whether a state needs an editor's attention (what `npm run translations -- --strict` fails on). */
export const needsWork = (status: TranslationStatus) => status !== 'current';
