/**
 * The components editors may use in MDX, by the name they write: one `<Name>.astro` here for each
 * component of src/lib/editor-components.ts (the build refuses any other; each one is also a Decap
 * editor component).
 */
import { type EditorComponentName, editorComponentNames } from '../../lib/editor-components.ts';

const files = import.meta.glob<{ default: unknown }>('./*.astro', { eager: true });

export const editorComponents = Object.fromEntries(
	editorComponentNames.map((name) => {
		const file = files[`./${name}.astro`];
		if (!file) throw new Error(`src/components/mdx/${name}.astro is missing: every editor component of src/lib/editor-components.ts needs one.`);
		return [name, file.default];
	}),
) as Record<EditorComponentName, unknown>;
