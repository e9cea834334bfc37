/**
 * The components editors may use in MDX (content/), written once: their props (always literal
 * text), which are required, the values allowed, extra checks, and what may go between the tags.
 * Derived from it: the build's MDX check (src/integrations/mdx-safety.ts), the components map
 * (src/components/mdx/index.ts: one `<Name>.astro` each, whose props are `EditorComponentProps`) and
 * the CMS's editor components (cms/editor-components.ts). Pure: no Node, browser or Astro API.
 */

export interface PropSpec {
	required?: boolean;
	/** The only values allowed. */
	oneOf?: readonly string[];
	/** The value when the prop is left out (the component's default, which the CMS writes out). */
	default?: string;
	/** Extra check of the value; returns the reason it is refused. */
	check?: (value: string) => string | undefined;
}

export interface ComponentSpec {
	props: Record<string, PropSpec>;
	/** What may go between the tags. */
	children: 'none' | 'text';
}

/** Safe link: a path, a fragment, or an http(s), mailto or tel URL. */
export function unsafeUrlReason(url: string): string | undefined {
	// Browsers ignore control characters and spaces inside a scheme (java\tscript:), so do we.
	// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it removes
	const cleaned = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
	const scheme = /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
	if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) {
		return `links may use http, https, mailto or tel; "${scheme}:" is not allowed`;
	}
	return undefined;
}

/** An uploaded image: a /media/… path (src/lib/media.ts resolves it under content/media/). */
export function mediaPathReason(value: string): string | undefined {
	return /^\/media\/[a-z0-9][a-z0-9/._-]*$/.test(value) && !value.includes('..')
		? undefined
		: `"${value}" is not an uploaded image; pick one in the CMS (its path starts with /media/)`;
}

export const editorComponentSpecs = {
	Figure: {
		props: { src: { required: true, check: mediaPathReason }, alt: { required: true }, caption: {} },
		children: 'none',
	},
	Callout: { props: { title: {}, tone: { oneOf: ['info', 'important'], default: 'info' } }, children: 'text' },
	ButtonLink: { props: { href: { required: true, check: unsafeUrlReason } }, children: 'text' },
} as const satisfies Record<string, ComponentSpec>;

export type EditorComponentName = keyof typeof editorComponentSpecs;

export const editorComponentNames = Object.keys(editorComponentSpecs) as EditorComponentName[];

type PropsOf<N extends EditorComponentName> = (typeof editorComponentSpecs)[N]['props'];
type ValueOf<P> = P extends { oneOf: readonly (infer V)[] } ? V : string;
type RequiredNames<N extends EditorComponentName> = { [P in keyof PropsOf<N>]: PropsOf<N>[P] extends { required: true } ? P : never }[keyof PropsOf<N>];

/** The props of an editor component's `.astro`, as its spec defines them. */
export type EditorComponentProps<N extends EditorComponentName> = { [P in RequiredNames<N>]: ValueOf<PropsOf<N>[P]> } & {
	[P in Exclude<keyof PropsOf<N>, RequiredNames<N>>]?: ValueOf<PropsOf<N>[P]>;
};
