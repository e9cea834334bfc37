/** A release's body as PDF blocks, read from the same MDX the page is built from. */
import { expect, test } from 'vitest';
import { parseMdx } from '../../src/integrations/mdx-safety.ts';
import { type BodyNode, bodyBlocks } from '../../src/lib/release-document.ts';

test('headings, paragraphs, lists, tables and editor components become blocks, in order', async () => {
	const source = [
		'---',
		'title: T',
		'---',
		'',
		'Tokyo **invites** [companies](/en/) to host interns.',
		'',
		'## 1. Outline',
		'',
		'- Strategy 5',
		'- Strategy 12',
		'',
		'1. First',
		'',
		'| Item | Details |',
		'| --- | --- |',
		'| Period | 1 July to 15 August |',
		'',
		'<Callout title="Note">Apply by `15 August`.</Callout>',
		'',
		'<Figure src="/media/a.jpg" alt="A" caption="The venue" />',
	].join('\n');
	expect(bodyBlocks((await parseMdx(source)) as BodyNode)).toEqual([
		{ type: 'paragraph', text: 'Tokyo invites companies to host interns.' },
		{ type: 'heading', depth: 2, text: '1. Outline' },
		{ type: 'list', ordered: false, items: ['Strategy 5', 'Strategy 12'] },
		{ type: 'list', ordered: true, items: ['First'] },
		{
			type: 'table',
			rows: [
				['Item', 'Details'],
				['Period', '1 July to 15 August'],
			],
		},
		{ type: 'paragraph', text: 'Note' },
		{ type: 'paragraph', text: 'Apply by 15 August.' },
		{ type: 'paragraph', text: 'The venue' },
	]);
});
