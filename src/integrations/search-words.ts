/**
 * Each language's word list, written next to the Pagefind index it describes
 * (`pagefind/words/<lang>.json`, src/lib/search/lexicon.ts): the search page reads a query
 * against it before Pagefind sees it. Japanese and Chinese lists are the index's own words, read
 * from the index files Pagefind wrote (pagefind-index.ts), so the query is cut where the index was
 * cut. Pagefind does not segment English and Korean: their lists are the words of the indexed
 * text as Pagefind reads them (lower case, e-commerce as ecommerce and its parts), without the
 * Korean particle forms the index also holds, and without the stems of the English index
 * (compani), which are no words to suggest.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { type WordsFile, wordsFilePath } from '../lib/search/lexicon.ts';
import { readPagefindChunk, readPagefindMeta } from '../lib/search/pagefind-index.ts';

/** Languages Pagefind segments: their list comes from the index. */
const SEGMENTED = /^(ja|zh)/;

const read = async (file: string) => gunzipSync(await readFile(file));

/** The words of a written index (`language` as in its file names, e.g. zh-hans) with their page counts. */
export async function indexWords(bundle: string, language: string): Promise<Record<string, number>> {
	const metaFile = (await readdir(bundle)).find((file) => file.startsWith(`pagefind.${language}_`) && file.endsWith('.pf_meta'));
	if (!metaFile) throw new Error(`no Pagefind index for ${language} in ${bundle}`);
	const meta = readPagefindMeta(await read(path.join(bundle, metaFile)));
	const words: Record<string, number> = {};
	for (const chunk of meta.chunks) {
		for (const [word, pages] of readPagefindChunk(await read(path.join(bundle, 'index', `${chunk.hash}.pf_index`)))) words[word] = pages.length;
	}
	return words;
}

/** The words of texts as Pagefind reads them in a language it does not segment, with how many texts hold each. */
export function textWords(texts: string[]): Record<string, number> {
	const words: Record<string, number> = {};
	for (const text of texts) {
		const seen = new Set<string>();
		for (const chunk of text.toLowerCase().split(/\s+/)) {
			const whole = chunk.replace(/[^\p{L}\p{N}]/gu, '');
			const parts = chunk.split(/[^\p{L}\p{N}]+/u).filter((part) => part.length > 1);
			for (const word of [whole, ...parts]) if (word) seen.add(word);
		}
		for (const word of seen) words[word] = (words[word] ?? 0) + 1;
	}
	return words;
}

/** Writes every language's word list; `texts` holds the indexed text of each page, by `<html lang>`. */
export async function writeWordLists(bundle: string, texts: ReadonlyMap<string, string[]>): Promise<void> {
	await mkdir(path.join(bundle, 'words'), { recursive: true });
	for (const [lang, pages] of texts) {
		const language = lang.toLowerCase();
		const file: WordsFile = { language, words: SEGMENTED.test(language) ? await indexWords(bundle, language) : textWords(pages) };
		await writeFile(path.join(bundle, wordsFilePath(language)), JSON.stringify(file));
	}
}
