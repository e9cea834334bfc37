/**
 * What editors may upload (pure rules, shared by the CMS in the browser and the build check in
 * src/integrations/uploads-check.ts). Two kinds, matching the CMS's two upload widgets:
 * - images (photos, figures) in content/media/, processed by astro:assets;
 * - files (press attachments) in public/uploads/, served as they are.
 */
export type UploadKind = 'image' | 'file';

export interface UploadRule {
	extensions: readonly string[];
	maxBytes: number;
	/** For messages. */
	description: string;
}

const MB = 1024 * 1024;

export const uploadRules: Record<UploadKind, UploadRule> = {
	image: { extensions: ['jpg', 'jpeg', 'png', 'webp', 'avif'], maxBytes: 5 * MB, description: 'JPEG, PNG, WebP or AVIF images' },
	file: {
		extensions: ['pdf', 'docx', 'xlsx', 'pptx', 'csv', 'txt', 'jpg', 'jpeg', 'png', 'webp'],
		maxBytes: 10 * MB,
		description: 'PDF, Word, Excel, PowerPoint, CSV, text or image files',
	},
};

/** Where each kind is stored, relative to the project. */
export const uploadFolders: Record<UploadKind, string> = { image: 'content/media', file: 'public/uploads' };

/**
 * The file, relative to the project, of an upload content names: press attachments (/uploads/…) are
 * served from public/; images in the text (/media/…) are processed from content/media/.
 */
export function uploadFile(reference: string): string {
	return reference.startsWith('/media/') ? `content${reference}` : `public${reference}`;
}

/** Upload names: lower-case ASCII letters, digits, dots, hyphens and underscores. */
export const SAFE_NAME = /^[a-z0-9][a-z0-9._-]*$/;

const formatSize = (bytes: number) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** Why an upload is refused (Japanese and English), or undefined when it is fine. Checks type and size. */
export function uploadProblem(kind: UploadKind, name: string, size: number): string | undefined {
	const rule = uploadRules[kind];
	const extension = /\.([^./]+)$/.exec(name)?.[1]?.toLowerCase() ?? '';
	if (!rule.extensions.includes(extension)) {
		return (
			`「${name}」はアップロードできません。使えるファイルの種類: ${rule.extensions.join(', ')}。\n` +
			`“${name}” cannot be uploaded: only ${rule.description} (${rule.extensions.join(', ')}) are allowed.`
		);
	}
	if (size > rule.maxBytes) {
		return (
			`「${name}」は大きすぎます（${formatSize(size)}）。${formatSize(rule.maxBytes)}以下にしてください。\n` +
			`“${name}” is too large (${formatSize(size)}); the limit is ${formatSize(rule.maxBytes)}.`
		);
	}
	return undefined;
}
