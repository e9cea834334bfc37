/**
 * The term base (src/i18n/terms/<locale>.json): per language, the preferred term for each concept and
 * the variants to avoid. checkTerms() is pure: a text and its file name in, findings out.
 *
 * When a variant is fine (kept small on purpose):
 * - inside an occurrence of the preferred term itself (zh 都内 inside 东京都内; en "Internship Host
 *   Companies" inside "Call for Internship Host Companies");
 * - inside one of the term's `allow` phrases, e.g. a gloss such as ko 재류 자격(체류 자격);
 * - anywhere in a file under one of the term's `allowIn` path prefixes, e.g. `content/press/`, where
 *   the press release keeps the wording of the release it reproduces;
 * - in link targets and URLs, which are not text;
 * - in an entry's search `keywords` (frontmatter), which list the words readers use, variants included.
 * Matching is case-sensitive (list case variants separately). A variant that starts or ends with a
 * Latin letter or digit matches whole words only, so "program" does not match "programme".
 */

export interface Term {
	/** The concept, the same id in every language's file. */
	id: string;
	preferred: string;
	avoid?: string[];
	/** Phrases in which a variant may stand. */
	allow?: string[];
	/** Path prefixes (project-relative, `/`-separated) of files where the variants may stand. */
	allowIn?: string[];
	note?: string;
}

export interface TermBase {
	language: string;
	terms: Term[];
}

export interface TermFinding {
	file: string;
	/** 1-based. */
	line: number;
	found: string;
	preferred: string;
	note?: string;
}

const wordChar = /[\p{L}\p{N}]/u;
const latinEdge = /[A-Za-z0-9]/;

/** Link targets `](…)`, autolinks `<http…>` and bare URLs, blanked so columns stay where they were. */
function maskUrls(line: string): string {
	const blank = (match: string) => ' '.repeat(match.length);
	return line
		.replace(/\]\([^)\s]*\)/g, (match) => `]${blank(match.slice(1))}`)
		.replace(/<https?:[^>\s]*>/g, blank)
		.replace(/https?:\/\/\S+/g, blank);
}

function occurrences(line: string, phrase: string): number[] {
	const found: number[] = [];
	if (!phrase) return found;
	for (let index = line.indexOf(phrase); index !== -1; index = line.indexOf(phrase, index + 1)) found.push(index);
	return found;
}

/** Whole-word check, on the sides of the phrase that are Latin letters or digits. */
function standsAlone(line: string, start: number, phrase: string): boolean {
	const before = line[start - 1];
	const after = line[start + phrase.length];
	if (latinEdge.test(phrase[0]) && before !== undefined && wordChar.test(before)) return false;
	if (latinEdge.test(phrase.at(-1)!) && after !== undefined && wordChar.test(after)) return false;
	return true;
}

/** Indexes of the lines of a frontmatter `keywords:` list (the list's items). */
function keywordLines(lines: string[]): Set<number> {
	const found = new Set<number>();
	if (lines[0] !== '---') return found;
	let inList = false;
	for (let index = 1; index < lines.length && lines[index] !== '---'; index += 1) {
		if (/^keywords:\s*$/.test(lines[index])) inList = true;
		else if (inList && /^\s+- /.test(lines[index])) found.add(index);
		else inList = false;
	}
	return found;
}

/** Every use of an avoided variant in `text`, by line, with the term to use instead. */
export function checkTerms(base: TermBase | readonly Term[], text: string, file: string): TermFinding[] {
	const terms = 'terms' in base ? base.terms : base;
	const path = file.split('\\').join('/');
	const findings: TermFinding[] = [];
	const lines = text.split(/\r?\n/);
	const keywords = keywordLines(lines);
	lines.forEach((raw, index) => {
		if (keywords.has(index)) return;
		const line = maskUrls(raw);
		for (const term of terms) {
			if (term.allowIn?.some((prefix) => path.startsWith(prefix))) continue;
			// Spans where a variant is part of something allowed.
			const spans = [term.preferred, ...(term.allow ?? [])].flatMap((phrase) =>
				occurrences(line, phrase).map((start) => [start, start + phrase.length] as const),
			);
			for (const variant of term.avoid ?? []) {
				for (const start of occurrences(line, variant)) {
					const end = start + variant.length;
					if (!standsAlone(line, start, variant)) continue;
					if (spans.some(([from, to]) => from <= start && end <= to)) continue;
					findings.push({ file: path, line: index + 1, found: variant, preferred: term.preferred, note: term.note });
				}
			}
		}
	});
	return findings.sort((a, b) => a.line - b.line);
}

/** One finding as a line of a test failure: `file:line: "found" → "preferred" (note)`. */
export function formatTermFinding(finding: TermFinding): string {
	const note = finding.note ? ` (${finding.note})` : '';
	return `${finding.file}:${finding.line}: “${finding.found}” → “${finding.preferred}”${note}`;
}
