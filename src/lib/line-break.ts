/**
 * Line breaking for the release PDFs, measured with any width function (pdfkit's widthOfString).
 * Japanese and Chinese break between characters with kinsoku shori (no closing punctuation at a
 * line's start, no opening bracket at its end); Korean and English break at spaces only, as browsers
 * do with `word-break: keep-all`. Latin words inside CJK text stay whole.
 */

/** Characters that never start a line (closing brackets, stops, small kana, prolonged sound mark). */
const noStart = new Set([...'、。，．,.：:；;！!？?）)］]｝}」』】〕〉》〗〙〟’”・ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々〻‐゠–〜～%％']);
/** Characters that never end a line (opening brackets and quotes). */
const noEnd = new Set([...'（(［[｛{「『【〔〈《〖〘〝‘“']);

/** A character of a script written without spaces (Han, kana, CJK punctuation, full-width forms). */
const cjk = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/u;

export type BreakStyle = 'cjk' | 'spaces';

/** Pieces of the text between which a line may break; joined, they give the text back. */
export function breakUnits(text: string, style: BreakStyle): string[] {
	const units: string[] = [];
	let glueNext = false;
	const chars = [...text];
	for (let index = 0; index < chars.length; index += 1) {
		const char = chars[index];
		const last = units.length - 1;
		const previous = index > 0 ? chars[index - 1] : '';
		// A break is allowed after a space, and (cjk) before and after a CJK character.
		const opportunity = previous === ' ' || (style === 'cjk' && (cjk.test(char) || cjk.test(previous)));
		const starts = last < 0 || (opportunity && !glueNext && !noStart.has(char) && char !== ' ');
		if (starts) units.push(char);
		else units[last] += char;
		glueNext = noEnd.has(char);
	}
	return units;
}

/**
 * Lines of at most `width` (a unit wider than a line is cut by characters); spaces at line ends are
 * dropped. Each unit is measured once and widths are summed, so long paragraphs cost linear time.
 */
export function breakLines(text: string, width: number, measure: (text: string) => number, style: BreakStyle): string[] {
	const widths = new Map<string, number>();
	const widthOf = (piece: string) => {
		let known = widths.get(piece);
		if (known === undefined) {
			known = measure(piece);
			widths.set(piece, known);
		}
		return known;
	};
	const lines: string[] = [];
	let line = '';
	/** The line's width with its trailing spaces, and without them. */
	let full = 0;
	let trimmed = 0;
	const push = (unit: string) => {
		const unitTrimmed = widthOf(unit.trimEnd());
		trimmed = full + unitTrimmed;
		full += widthOf(unit);
		line += unit;
	};
	for (const unit of breakUnits(text, style)) {
		if (line !== '' && full + widthOf(unit.trimEnd()) > width) {
			lines.push(line.trimEnd());
			line = '';
			full = 0;
			trimmed = 0;
			push(unit.trimStart());
		} else push(unit);
		// A unit too wide for a line of its own: cut it by characters where it overflows.
		while (trimmed > width && [...line].length > 1) {
			const chars = [...line];
			let fit = 1;
			while (fit < chars.length && measure(chars.slice(0, fit + 1).join('')) <= width) fit += 1;
			lines.push(chars.slice(0, fit).join(''));
			const rest = chars.slice(fit).join('');
			line = '';
			full = 0;
			trimmed = 0;
			push(rest);
		}
	}
	if (line.trimEnd() !== '') lines.push(line.trimEnd());
	return lines;
}
