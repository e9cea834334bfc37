/**
 * Editors' uploads: what may be uploaded, and a build-time check of what was.
 *
 * The rules (types, sizes, folders, names) are in src/lib/uploads-rules.ts; Decap renames uploads
 * to safe names with the `slug` settings of cms/config.yml. The CMS refuses a wrong type or size at upload
 * time (cms/upload-guard.ts); the build refuses whatever got in some other way (`uploadsCheck`).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parseEntryFile } from '../lib/frontmatter.ts';
import { SAFE_NAME, type UploadKind, uploadFile, uploadFolders, uploadProblem } from '../lib/uploads-rules.ts';
import { type MdastNode, parseMdx } from './mdx-safety.ts';

export * from '../lib/uploads-rules.ts';

/** A reference from content to an upload: which file and which field point at it. */
export interface MediaReference {
	/** The content file, relative to the project. */
	file: string;
	/** The field, e.g. `photo`, `attachments[1].file`, `body (Figure, line 12)`. */
	field: string;
	/** The upload, relative to the project (content/media/…, public/uploads/…). */
	target: string;
}

/** The literal `src` of every `<Figure>` in an MDX tree, with its line. */
function figureSources(node: MdastNode, found: { src: string; line?: number }[] = []) {
	if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Figure') {
		const src = node.attributes?.find((attribute) => attribute.name === 'src')?.value;
		if (typeof src === 'string') found.push({ src, line: node.position?.start?.line });
	}
	for (const child of node.children ?? []) figureSources(child, found);
	return found;
}

/**
 * Uploads referred to by a content file: frontmatter `photo` (relative to the file, as astro:assets
 * resolves it) and `attachments[].file`, and `<Figure src>` in the text. Read with the parsers the
 * build uses; a file they cannot read has no references here (the content loader and the MDX check
 * report it).
 */
export async function mediaReferences(file: string, text: string): Promise<MediaReference[]> {
	const references: MediaReference[] = [];
	let data: Record<string, unknown> = {};
	try {
		data = parseEntryFile(text).data;
	} catch {
		// YAML that does not parse: the content loader names the file and line.
	}
	if (typeof data.photo === 'string') {
		references.push({ file, field: 'photo', target: path.posix.normalize(path.posix.join(path.posix.dirname(file), data.photo)) });
	}
	const attachments: unknown[] = Array.isArray(data.attachments) ? data.attachments : [];
	attachments.forEach((attachment, index) => {
		const target = (attachment as { file?: unknown } | null)?.file;
		if (typeof target === 'string') references.push({ file, field: `attachments[${index}].file`, target: uploadFile(target) });
	});
	let figures: { src: string; line?: number }[] = [];
	try {
		figures = figureSources(await parseMdx(text));
	} catch {
		// MDX that does not parse: the build's MDX check names the file and line.
	}
	for (const { src, line } of figures) {
		if (src.startsWith('/media/')) references.push({ file, field: `body (Figure, line ${line})`, target: uploadFile(src) });
	}
	return references;
}

function listFiles(directory: string): string[] {
	let names: string[];
	try {
		names = readdirSync(directory);
	} catch {
		return [];
	}
	return names.flatMap((name) => {
		const full = path.join(directory, name);
		return statSync(full).isDirectory() ? listFiles(full) : [full];
	});
}

/**
 * Every problem with uploads in a project: files of a type, size or name not allowed (with the content
 * files and fields that use them), and references to uploads that do not exist.
 */
export async function checkUploads(root: string): Promise<string[]> {
	const problems: string[] = [];
	const rel = (full: string) => path.relative(root, full).split(path.sep).join('/');
	const files = listFiles(path.join(root, 'content')).filter((full) => /\.mdx?$/.test(full));
	const references = (await Promise.all(files.map((full) => mediaReferences(rel(full), readFileSync(full, 'utf8'))))).flat();
	const usedBy = (target: string) => {
		const users = references.filter((reference) => reference.target === target);
		return users.length ? ` (used by ${users.map((user) => `${user.file} ${user.field}`).join(', ')})` : '';
	};
	const existing = new Set<string>();
	for (const kind of Object.keys(uploadFolders) as UploadKind[]) {
		for (const full of listFiles(path.join(root, uploadFolders[kind]))) {
			const file = rel(full);
			existing.add(file);
			const name = path.basename(full);
			const problem = uploadProblem(kind, name, statSync(full).size);
			if (problem) problems.push(`${file}: ${problem.split('\n')[1]}${usedBy(file)}`);
			else if (!SAFE_NAME.test(name)) {
				problems.push(`${file}: the name must use lower-case letters, digits, dots, hyphens and underscores only${usedBy(file)}`);
			}
		}
	}
	for (const reference of references) {
		if (!existing.has(reference.target)) {
			problems.push(`${reference.file}: ${reference.field} points to ${reference.target}, which does not exist; upload it in the CMS.`);
		}
	}
	return problems;
}

/** Fails the build (and warns in dev) when uploads break the rules above. */
export function uploadsCheck(): AstroIntegration {
	let root = process.cwd();
	return {
		name: 'uploads-check',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = fileURLToPath(config.root);
			},
			'astro:build:start': async () => {
				const problems = await checkUploads(root);
				if (problems.length > 0) throw new Error(`Uploads are refused:\n${problems.join('\n')}`);
			},
			'astro:server:start': async ({ logger }) => {
				for (const problem of await checkUploads(root)) logger.warn(problem);
			},
		},
	};
}
