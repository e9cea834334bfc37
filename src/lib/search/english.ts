/**
 * English query words: stop words (how, the, do …) left out, singular and plural forms searched
 * together, and a "did you mean" from the index's own words for a word that matches nothing.
 * Pagefind stems English words itself (companies → compani), so the folding here adds the forms a
 * stemmer does not relate (people ↔ person) and lets the search page tell a typo from a word.
 */

/** Words that say how a question is asked, not what it is about. */
export const englishStopWords = new Set(
	(
		'a an the and or but of to in on at by for from with about into onto over under as than then so if ' +
		'is are was were be been being am do does did doing done has have had having can could shall should will would may might must ' +
		'i me my mine we us our ours you your yours he him his she her it its they them their this that these those there here ' +
		'what which who whom whose when where why how ' +
		'any some all each every no not only also just very too more most much many such own same other ' +
		'get got find want need like please tell show know let'
	).split(' '),
);

/** Irregular plurals the site's topics use. */
const irregular: [string, string][] = [
	['person', 'people'],
	['man', 'men'],
	['woman', 'women'],
	['child', 'children'],
	['analysis', 'analyses'],
	['criterion', 'criteria'],
	['thesis', 'theses'],
	['crisis', 'crises'],
	['medium', 'media'],
	['datum', 'data'],
];

/** The word with its singular or plural form(s): companies → company; desk → desks; people → person. */
export function numberForms(word: string): string[] {
	const forms = new Set([word]);
	for (const [one, many] of irregular) {
		if (word === one) forms.add(many);
		if (word === many) forms.add(one);
	}
	if (forms.size === 1 && word.length > 3) {
		if (/[^aeiou]ies$/.test(word)) forms.add(`${word.slice(0, -3)}y`);
		else if (/(s|x|z|ch|sh)es$/.test(word)) forms.add(word.slice(0, -2));
		else if (/[^s]s$/.test(word) && !/(ss|us|is)$/.test(word)) forms.add(word.slice(0, -1));
		else if (/[^aeiou]y$/.test(word)) forms.add(`${word.slice(0, -1)}ies`);
		else if (/(s|x|z|ch|sh)$/.test(word)) forms.add(`${word}es`);
		else if (/[a-z]$/.test(word)) forms.add(`${word}s`);
	}
	return [...forms];
}

/**
 * Edit distance with adjacent transpositions (optimal string alignment), or `limit + 1` as soon
 * as it is certain to exceed `limit`.
 */
export function editDistance(a: string, b: string, limit = 2): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let previous2: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		let best = i;
		for (let j = 1; j <= b.length; j += 1) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, previous2[j - 2] + 1);
			current.push(value);
			best = Math.min(best, value);
		}
		if (best > limit) return limit + 1;
		previous2 = previous;
		previous = current;
	}
	return previous[b.length];
}

/** How far a typo may be from the word meant: none for short words, one edit up to 7 letters, then two. */
export function typoLimit(word: string): number {
	return word.length < 4 ? 0 : word.length < 8 ? 1 : 2;
}

/**
 * The index word a reader most likely meant: the closest within `typoLimit`, the one on more
 * pages when two are as close. `words` maps each word of the index to the number of its pages.
 */
export function didYouMean(word: string, words: ReadonlyMap<string, number>): string | undefined {
	const limit = typoLimit(word);
	if (limit === 0) return undefined;
	let best: { word: string; distance: number; pages: number } | undefined;
	for (const [candidate, pages] of words) {
		if (candidate === word || !/^\p{L}/u.test(candidate)) continue;
		const distance = editDistance(word, candidate, limit);
		if (distance > limit) continue;
		if (!best || distance < best.distance || (distance === best.distance && pages > best.pages)) best = { word: candidate, distance, pages };
	}
	return best?.word;
}
