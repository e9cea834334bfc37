/**
 * The components editors may use in MDX, by the name they write. The build refuses any other
 * component; each one has a matching Decap editor component.
 */
import ButtonLink from './ButtonLink.astro';
import Callout from './Callout.astro';
import Figure from './Figure.astro';

export const editorComponents = { ButtonLink, Callout, Figure };
export type EditorComponentName = keyof typeof editorComponents;
