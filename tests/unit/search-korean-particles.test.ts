/** Korean query words read by rule (src/lib/search/korean-particles.ts). */
import { describe, expect, test } from 'vitest';
import { finalConsonant, koreanParticles, koreanQueryWord, stripParticles } from '../../src/lib/search/korean-particles.ts';

describe('Korean particles in queries', () => {
	test('the common particles and their stacks are known', () => {
		const texts = new Set(koreanParticles.map((particle) => particle.text));
		for (const particle of [
			'은',
			'는',
			'이',
			'가',
			'을',
			'를',
			'의',
			'에',
			'에서',
			'에게',
			'께',
			'한테',
			'으로',
			'로',
			'와',
			'과',
			'하고',
			'이나',
			'나',
			'까지',
			'부터',
			'만',
			'도',
			'처럼',
			'보다',
			'에서는',
			'에게는',
			'으로는',
			'까지는',
			'부터는',
			'에서도',
			'에게도',
			'만은',
		]) {
			expect(texts.has(particle), particle).toBe(true);
		}
	});

	test('particles are stripped, stacks too', () => {
		expect(stripParticles('인턴십까지')).toBe('인턴십');
		expect(stripParticles('인턴십부터')).toBe('인턴십');
		expect(stripParticles('중소기업에게')).toBe('중소기업');
		expect(stripParticles('창구에서는')).toBe('창구');
		expect(stripParticles('인재에게는')).toBe('인재');
		expect(stripParticles('설명회처럼')).toBe('설명회');
		expect(stripParticles('개인정보만')).toBe('개인정보');
		expect(stripParticles('접근성보다')).toBe('접근성');
		expect(stripParticles('기업으로')).toBe('기업');
	});

	test('the form must fit the last syllable: 이/은/을/으로 after a consonant, 가/는/를/로 after a vowel or ㄹ', () => {
		expect(finalConsonant('십')).not.toBe(0);
		expect(finalConsonant('울')).toBe(8);
		expect(stripParticles('인턴십이나')).toBe('인턴십');
		expect(stripParticles('회사나')).toBe('회사');
		// 하노이 is a name: 노 has no final consonant, so its 이 is no particle.
		expect(stripParticles('하노이')).toBe('하노이');
		expect(stripParticles('인도네시아')).toBe('인도네시아');
		expect(stripParticles('서울로')).toBe('서울');
		expect(stripParticles('기업로')).toBe('기업로');
		expect(stripParticles('리플릿과')).toBe('리플릿');
		expect(stripParticles('회사과')).toBe('회사과');
	});

	test('a stem keeps two syllables; non-Hangul words stay', () => {
		expect(stripParticles('집에')).toBe('집에');
		expect(stripParticles('Zoom으로')).toBe('Zoom으로');
	});

	test('query words: nouns without particles, nouns of 하다-verbs, no question words', () => {
		expect(koreanQueryWord('사용하나요')).toBe('사용');
		expect(koreanQueryWord('지원하려면')).toBe('지원');
		expect(koreanQueryWord('참가할')).toBe('참가');
		expect(koreanQueryWord('언제')).toBeNull();
		expect(koreanQueryWord('열리나요')).toBeNull();
		expect(koreanQueryWord('있나요')).toBeNull();
		expect(koreanQueryWord('되려면')).toBeNull();
		expect(koreanQueryWord('기업이')).toBe('기업');
		expect(koreanQueryWord('마하라니')).toBe('마하라니');
		expect(koreanQueryWord('문의')).toBe('문의');
		expect(koreanQueryWord('인재에게는')).toBe('인재');
	});
});
