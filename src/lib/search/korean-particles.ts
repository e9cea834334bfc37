/**
 * Korean query words read by rule: particles (조사) stripped from nouns, with the form that fits
 * the noun's last syllable (인턴십이나 → 인턴십, but 하노이 keeps its 이: 노 has no final consonant),
 * stacks of particles too (창구에서는, 인재에게는), 하다-verbs reduced to their noun (사용하나요 →
 * 사용), and question and verb words that carry no topic (언제, 있나요) left out.
 */

/** Final consonant (받침) of a syllable: 0 none, 8 ㄹ, other values the rest. */
export function finalConsonant(syllable: string): number {
	const code = syllable.codePointAt(0) ?? 0;
	return code >= 0xac00 && code <= 0xd7a3 ? (code - 0xac00) % 28 : 0;
}

type After = 'consonant' | 'vowel' | 'any';
interface Particle {
	text: string;
	/** What the noun must end with for this form: 은 after a consonant, 는 after a vowel. */
	after: After;
}

/** Particles that come straight after a noun. 으로 after a consonant other than ㄹ; 로 after a vowel or ㄹ. */
const single: Particle[] = [
	...['은', '이', '을', '과', '이나', '이랑', '이며', '이란', '이라도', '이라는', '이라고', '이든', '이야'].map((text) => ({
		text,
		after: 'consonant' as const,
	})),
	...['는', '가', '를', '와', '나', '랑', '며', '란', '라도', '라는', '라고', '든', '야'].map((text) => ({ text, after: 'vowel' as const })),
	...[
		'의',
		'에',
		'에서',
		'에게',
		'께',
		'께서',
		'한테',
		'하고',
		'까지',
		'부터',
		'만',
		'도',
		'처럼',
		'보다',
		'마다',
		'조차',
		'밖에',
		'뿐',
		'대로',
		'에게서',
		'한테서',
		'에서부터',
		'로',
		'로서',
		'로써',
		'로부터',
		'으로',
		'으로서',
		'으로써',
		'으로부터',
	].map((text) => ({ text, after: 'any' as const })),
];

/** Particles that follow another particle (에서 + 는 = 에서는), each in the form that fits the first. */
const second = { consonant: ['은', '이', '을', '의', '도', '만', '까지', '부터'], vowel: ['는', '가', '를', '의', '도', '만', '까지', '부터'] };
const stackable = [
	'에',
	'에서',
	'에게',
	'께',
	'한테',
	'하고',
	'까지',
	'부터',
	'만',
	'처럼',
	'보다',
	'마다',
	'와',
	'과',
	'로',
	'으로',
	'로서',
	'으로서',
	'로부터',
	'으로부터',
	'에서부터',
	'에게서',
];

/** Every particle and stack, longest first. */
export const koreanParticles: Particle[] = [
	...single,
	...stackable.flatMap((first) => {
		const after = single.find((particle) => particle.text === first)?.after ?? 'any';
		const forms = finalConsonant(first.slice(-1)) === 0 ? second.vowel : second.consonant;
		return forms.filter((form) => form !== first).map((form) => ({ text: first + form, after }));
	}),
].sort((a, b) => b.text.length - a.text.length);

function fits(stem: string, particle: Particle): boolean {
	const final = finalConsonant(stem.slice(-1));
	if (particle.text.startsWith('으로')) return final !== 0 && final !== 8;
	if (particle.after === 'consonant') return final !== 0;
	if (particle.after === 'vowel') return final === 0 || (particle.text.startsWith('로') && final === 8);
	if (particle.text.startsWith('로')) return final === 0 || final === 8;
	return true;
}

const HANGUL_WORD = /^[\uAC00-\uD7A3]+$/;

/** The noun of a word with particles after it (two syllables at least), or the word itself. */
export function stripParticles(word: string, minimum = 2): string {
	if (!HANGUL_WORD.test(word)) return word;
	for (const particle of koreanParticles) {
		if (!word.endsWith(particle.text)) continue;
		const stem = word.slice(0, -particle.text.length);
		if ([...stem].length >= minimum && fits(stem, particle)) return stem;
	}
	return word;
}

/** Endings of 하다-verbs: 사용하나요, 지원하려면, 참가할, 신청하고 싶어요 → the noun before 하. */
const HADA_VERB =
	/^([\uAC00-\uD7A3]{2,}?)(?:하(?:나요|려면|려고|는|고|면|기|여|세요|십시오|니까|지|게|도록|는지|던)?|할|한|합니다|합니까|했|해요|해서|해야|됩니다|되나요|되려면|된|될)$/;

/** Words that ask or link but say nothing of the topic, and endings of other verbs (열리나요, 있나요). */
const QUESTION_WORDS = new Set([
	'언제',
	'어디',
	'어디에',
	'어디서',
	'어디에서',
	'무엇',
	'무엇을',
	'뭐',
	'어떻게',
	'왜',
	'누가',
	'누구',
	'어떤',
	'무슨',
	'몇',
	'수',
	'및',
	'또는',
	'그리고',
	'좀',
	'제가',
	'저는',
]);
const VERB_ENDING = /(나요|까요|니까|려면|려고|세요|어요|아요|해요|습니다|는지|은지|을까)$/;

/**
 * A Korean query word as the index should be asked: the noun without particles (a prefix of the
 * word as typed, so the index still finds what the word finds), the noun of a 하다-verb, or null
 * for a word that carries no topic.
 */
export function koreanQueryWord(word: string): string | null {
	if (!HANGUL_WORD.test(word)) return word;
	if (QUESTION_WORDS.has(word)) return null;
	const verb = HADA_VERB.exec(word);
	if (verb) return verb[1];
	const stem = stripParticles(word);
	if (stem !== word) return stem;
	if (VERB_ENDING.test(word) && [...word].length >= 3) return null;
	return word;
}
