/**
 * Korean search terms added at index time.
 *
 * Pagefind splits Korean on spaces only, so a word in the index is a noun with whatever particle
 * (조사) followed it in the text: 인턴십을, 인턴십에서. A query matches the words that *start with*
 * it, so 인턴십 finds 인턴십을, but 인턴십에 or 중소기업의 find only the pages that happen to write
 * that exact form. Queries are left alone. Instead, every time a page uses a noun, the index also
 * gets that noun with each common particle, with the same weight (a noun in the title counts as a
 * title word), so a noun-plus-particle query ranks pages as the bare noun would.
 *
 * A noun is recognised the way a reader would: a word the site writes with a particle after it
 * (중소기업이며 → 중소기업) somewhere; its bare uses then count too. Stems that end like verbs
 * (참가하는 → 참가하) are refused. Pure functions without dependencies: the build imports this file directly.
 */

/** Particles stripped from words to find noun stems, longest first. */
const strippable = [
	'에서부터',
	'으로부터',
	'에서는',
	'에서도',
	'에서의',
	'에게는',
	'에게서',
	'으로는',
	'으로서',
	'으로써',
	'으로의',
	'이라는',
	'이라고',
	'이라도',
	'까지는',
	'부터는',
	'에는',
	'에도',
	'에서',
	'에게',
	'께서',
	'까지',
	'부터',
	'마다',
	'처럼',
	'보다',
	'으로',
	'이나',
	'이란',
	'이랑',
	'이며',
	'하고',
	'와의',
	'과의',
	'와는',
	'과는',
	'로는',
	'로서',
	'로써',
	'라는',
	'라고',
	'은',
	'는',
	'이',
	'가',
	'을',
	'를',
	'의',
	'에',
	'로',
	'와',
	'과',
	'도',
	'만',
];

/**
 * Stems that end like a verb or adjective (참가하는 → 참가하, 선정된 → 선정되), not a noun. Kept
 * short on purpose: nouns end in 요, 한, 할, 지, 서 too (필요, 기한, 역할, 페이지, 이력서).
 */
const VERB_LIKE = /(하|되|했|됐|겠|았|었|였|있|없|된|될|던)$/;
const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;
/** How many uses of one noun, at one weight, the extra terms repeat (enough for ranking; BM25 saturates). */
const MAX_REPEATS = 3;

/** Final consonant (받침) of a syllable: 0 none, 8 ㄹ, other values the rest. */
function finalConsonant(syllable: string): number {
	const code = syllable.codePointAt(0) ?? 0;
	return code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 : 0;
}

export function hasFinalConsonant(syllable: string): boolean {
	return finalConsonant(syllable) !== 0;
}

/** The noun stem of a Korean word followed by a particle, or undefined (no particle, or not a noun). */
export function nounStem(word: string): string | undefined {
	if (!HANGUL_WORD.test(word)) return undefined;
	for (const particle of strippable) {
		if (!word.endsWith(particle)) continue;
		const stem = word.slice(0, -particle.length);
		if (stem.length < 2 || VERB_LIKE.test(stem)) continue;
		return stem;
	}
	return undefined;
}

/**
 * A noun with the particles a query may add, in the form that fits its last syllable. Each is
 * written out, not left to prefix matching (에서 would serve a query ending in 에), because Pagefind
 * ranks an exact word above a longer one that merely starts with the query.
 */
export function particleForms(stem: string): string[] {
	const final = finalConsonant(stem.slice(-1));
	const particles = final === 0 ? ['는', '가', '를', '와', '로'] : ['은', '이', '을', '과', final === 8 ? '로' : '으로'];
	return [...particles, '의', '에', '에서', '에는', '도'].map((particle) => stem + particle);
}

/** Text with the weight Pagefind gives it (7 for an h1, 1 for running text). */
export interface WeightedText {
	text: string;
	weight: number;
}

/** Extra words to index, grouped by the weight they should carry. */
export interface KoreanTerms {
	weight: number;
	words: string[];
}

/** Korean words of a text: runs of Hangul syllables (punctuation and Latin split them, as in Pagefind). */
function hangulWords(text: string): string[] {
	return text.split(/[^\p{L}\p{N}]+/u).filter((word) => HANGUL_WORD.test(word));
}

/** The nouns a text writes with a particle after them. */
export function koreanNouns(texts: string[]): Set<string> {
	return new Set(
		texts
			.flatMap(hangulWords)
			.map(nounStem)
			.filter((stem): stem is string => stem !== undefined),
	);
}

/**
 * The extra words for a Korean page: for each use of each noun, the noun with every particle form
 * except the one written, at the weight of the place it was used (repeats capped per weight).
 * `lexicon` adds nouns found elsewhere on the site, so that a noun this page only writes bare
 * (웹 접근성 정책) is still recognised.
 */
export function koreanIndexTerms(regions: WeightedText[], lexicon: ReadonlySet<string> = new Set()): KoreanTerms[] {
	const uses = regions.map((region) => ({ weight: region.weight, words: hangulWords(region.text) }));
	const stems = new Set([...lexicon, ...koreanNouns(regions.map((region) => region.text))]);
	const byWeight = new Map<number, Map<string, string[]>>();
	for (const { weight, words } of uses) {
		const counts = byWeight.get(weight) ?? new Map<string, string[]>();
		byWeight.set(weight, counts);
		for (const word of words) {
			const stem = stems.has(word) ? word : nounStem(word);
			if (!stem) continue;
			const written = counts.get(stem) ?? [];
			if (written.length < MAX_REPEATS) written.push(word);
			counts.set(stem, written);
		}
	}
	return [...byWeight]
		.map(([weight, counts]) => ({
			weight,
			words: [...counts].flatMap(([stem, written]) => written.flatMap((word) => particleForms(stem).filter((form) => form !== word))),
		}))
		.filter((terms) => terms.words.length > 0)
		.sort((a, b) => b.weight - a.weight);
}
