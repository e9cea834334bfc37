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
import { SAFE_NAME, type UploadKind, uploadFolders, uploadProblem } from '../lib/uploads-rules.ts';

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

/** Uploads referred to by a content file (frontmatter `photo`, `attachments[].file`, `<Figure src>`). */
export function mediaReferences(file: string, text: string): MediaReference[] {
	const references: MediaReference[] = [];
	const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
	const photo = /^photo:\s*['"]?([^'"\n]+?)['"]?\s*$/m.exec(frontmatter)?.[1];
	if (photo) references.push({ file, field: 'photo', target: path.posix.normalize(path.posix.join(path.posix.dirname(file), photo)) });
	let index = 0;
	for (const match of frontmatter.matchAll(/^\s*-?\s*file:\s*['"]?(\/uploads\/[^'"\n]+?)['"]?\s*$/gm)) {
		references.push({ file, field: `attachments[${index++}].file`, target: `public${match[1]}` });
	}
	const lines = text.split('\n');
	lines.forEach((line, i) => {
		for (const match of line.matchAll(/<Figure\b[^>]*\bsrc="(\/media\/[^"]+)"/g)) {
			references.push({ file, field: `body (Figure, line ${i + 1})`, target: `content${match[1]}` });
		}
	});
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
export function checkUploads(root: string): string[] {
	const problems: string[] = [];
	const rel = (full: string) => path.relative(root, full).split(path.sep).join('/');
	const references = listFiles(path.join(root, 'content'))
		.filter((full) => /\.mdx?$/.test(full))
		.flatMap((full) => mediaReferences(rel(full), readFileSync(full, 'utf8')));
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
			'astro:build:start': () => {
				const problems = checkUploads(root);
				if (problems.length > 0) throw new Error(`Uploads are refused:\n${problems.join('\n')}`);
			},
			'astro:server:start': ({ logger }) => {
				for (const problem of checkUploads(root)) logger.warn(problem);
			},
		},
	};
}
