/**
 * Synthetic content for the search benchmark, written into a temporary copy of the project
 * (never into content/): N entries, each in ja, en, zh and ko, made of the real content's own
 * sentences and headings per language, so each language's index has realistic vocabulary. Titles
 * are headings with a made-up name (a real site does not repeat its titles a hundred times), and
 * one entry in seven also carries sentences whose words collide with the real ones (京都 in 東京都,
 * 大手 in 大手町, intern in international, 인도 in 인도네시아…), so that the recall and precision
 * set, run on this corpus, must find the right page among thousands of near misses. The people and
 * companies of the real stories are renamed in the copied sentences: a site of a thousand stories
 * has a thousand people, and the recall set's names must point at one page, not at every copy.
 *
 *   npx node scripts/generate-bench-content.ts [--entries 1000]   prints the copy's folder
 *
 * scripts/bench-search.ts calls it and removes the copy afterwards.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Locale, locales } from '../src/i18n/locales.ts';
import { countries, industries } from '../src/lib/taxonomies.ts';
import { copyProject } from './support/project-copy.ts';

/** A small deterministic random generator, so every run generates the same site. */
function random(seed: number) {
	let state = seed >>> 0;
	return () => {
		state = (state * 1664525 + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

export interface Pool {
	headings: string[];
	paragraphs: string[];
	titles: string[];
	descriptions: string[];
	/** People and companies of the real stories, and the parts of their names, longest first. */
	names: string[];
}

/** Headings, paragraphs, titles and descriptions of a locale's real content. */
export function readPool(root: string, locale: Locale): Pool {
	const pool: Pool = { headings: [], paragraphs: [], titles: [], descriptions: [], names: [] };
	const names = new Set<string>();
	const content = path.join(root, 'content');
	for (const collection of readdirSync(content)) {
		const folder = path.join(content, collection, locale);
		let files: string[];
		try {
			files = readdirSync(folder).filter((file) => file.endsWith('.mdx'));
		} catch {
			continue;
		}
		for (const file of files) {
			const source = readFileSync(path.join(folder, file), 'utf8');
			const [, front = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
			const title = /^title: (.+)$/m.exec(front)?.[1];
			const description = /^description: (.+)$/m.exec(front)?.[1];
			if (title) pool.titles.push(title.replace(/^['"]|['"]$/g, ''));
			for (const field of ['person', 'company']) {
				const name = new RegExp(`^${field}: (.+)$`, 'm').exec(front)?.[1].replace(/^['"]|['"]$/g, '');
				if (!name) continue;
				const bare = name.replace(/^株式会社|株式会社$|^주식회사 | 주식회사$|株式会社$| (?:Inc\.|Co\., Ltd\.)$/g, '').trim();
				const parts = field === 'person' ? bare.split(/[\s・·]+/) : [];
				for (const part of [name, bare, ...parts]) if ([...part].length >= 3) names.add(part);
			}
			if (description) pool.descriptions.push(description.replace(/^['"]|['"]$/g, ''));
			for (const line of body.split('\n')) {
				const text = line.trim();
				if (/^#{2,3} /.test(text)) pool.headings.push(text.replace(/^#+ /, ''));
				else if (text && !/^[|<-]|^\d+\./.test(text)) pool.paragraphs.push(text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1'));
			}
		}
	}
	pool.names = [...names].sort((a, b) => b.length - a.length);
	return pool;
}

/** Text with the real people and companies renamed (`Person 12`), Latin names only as whole words. */
function renamed(text: string, names: string[], index: number): string {
	return names.reduce((result, name) => {
		const pattern = /^[\p{Script=Latin}\s.,]+$/u.test(name) ? new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g') : name;
		return result.replaceAll(pattern, `Person ${index}`);
	}, text);
}

const yamlString = (value: string) => JSON.stringify(value);

/**
 * Sentences about other places and things, written with words that share characters, prefixes or
 * stems with the real content's words: a search that reads queries loosely finds these pages.
 */
export const collisions: Record<Locale, string[]> = {
	ja: [
		'京都府の中小企業が、京都市内で海外人材向けの見学会を開きました。',
		'京都で働く外国人材の住まい探しを、大手不動産会社が支援しています。',
		'大手企業の求人が多い大阪で、中小企業の魅力を伝える催しがありました。',
		'在留外国人の生活相談は、市役所の窓口で受け付けています。',
		'インドの大学と連携して、北海道の企業が技術研修を行いました。',
		'東北の工場では、受入体制を整えるための研修を行っています。',
	],
	en: [
		'An international school in Kyoto hosts an open day for families moving from abroad.',
		'Internal training at a large company in Osaka covers hosting visitors from overseas.',
		'The desktop app helps hostel owners in Kyoto answer questions from international guests.',
		'A matchbox museum in Osaka opened a new wing for visitors from India.',
		'Interns at a hotel in Kyoto learn the basics of customer service in their first week.',
		'The phone shop near Osaka station repairs screens within an hour.',
	],
	zh: [
		'京都府的中小企业在京都市内为海外人才举办了参观活动。',
		'大阪的大型企业为外国留学生提供住房咨询服务。',
		'在京都工作的外国人可以在市政府的窗口咨询生活问题。',
		'北海道的企业与印度的大学合作开展了技术培训。',
		'京都的酒店为实习生准备了为期一周的服务培训。',
		'东北地区的工厂正在完善接收外国员工的体制。',
	],
	ko: [
		'교토의 중소기업이 해외 인재를 위한 견학회를 열었습니다.',
		'인도의 대학과 협력하여 홋카이도의 기업이 기술 연수를 실시했습니다.',
		'오사카의 대기업은 외국인 유학생에게 주거 상담을 제공합니다.',
		'교토에서 일하는 외국인은 시청 창구에서 생활 상담을 받을 수 있습니다.',
		'설명서를 읽고 인터넷으로 신청할 수 있습니다.',
		'도쿄역 근처의 상점에서 휴대전화 화면을 수리합니다.',
	],
};

/**
 * Writes `entries` keys × every locale into the copy's content/: a mix of stories, press releases,
 * events and programmes (4 : 3 : 2 : 1). Returns the number of files written.
 */
export function generateEntries(copy: string, entries: number): number {
	const pools = Object.fromEntries(locales.map((locale) => [locale, readPool(copy, locale)])) as Record<Locale, Pool>;
	const photo = readdirSync(path.join(copy, 'content/media/stories')).find((file) => file.endsWith('.jpg'));
	let written = 0;
	for (let index = 0; index < entries; index += 1) {
		const kind = (['stories', 'stories', 'stories', 'stories', 'press', 'press', 'press', 'events', 'events', 'programmes'] as const)[index % 10];
		const key = `bench-${kind}-${String(index).padStart(4, '0')}`;
		const pick = random(index + 1);
		const shared = {
			country: countries[Math.floor(pick() * countries.length)],
			industry: industries[Math.floor(pick() * industries.length)],
			day: new Date(Date.UTC(2020, 0, 1) + Math.floor(pick() * 1800) * 86_400_000).toISOString().slice(0, 10),
		};
		for (const locale of locales) {
			const pool = pools[locale];
			const pickFrom = <T>(items: T[]) => items[Math.floor(pick() * items.length)];
			const choose = <T>(items: T[]) => {
				const item = pickFrom(items);
				return (typeof item === 'string' ? renamed(item, pool.names, index) : item) as T;
			};
			const colliding = index % 7 === 3;
			const title = `${choose(pool.headings)} ${index + 1}${colliding ? ` ${choose(collisions[locale]).slice(0, 12)}` : ''}`;
			const description = choose(pool.descriptions).slice(0, 190);
			const sections = [1, 2, 3].map(() => `## ${choose(pool.headings)}\n\n${[1, 2].map(() => choose(pool.paragraphs)).join('\n\n')}`);
			if (colliding) sections.push(`## ${choose(pool.headings)}\n\n${collisions[locale].join(' ')}`);
			const fields: string[] = [`key: ${key}`, `title: ${yamlString(title)}`, `description: ${yamlString(description)}`];
			if (kind === 'stories') {
				fields.push(
					`date: ${shared.day}`,
					`person: ${yamlString(`Person ${index}`)}`,
					`country: ${shared.country}`,
					`role: ${yamlString(choose(pool.headings))}`,
					`company: ${yamlString(`Company ${index}`)}`,
					`industry: ${shared.industry}`,
					`photo: ../../media/stories/${photo}`,
					`photoAlt: ${yamlString(choose(pool.headings))}`,
					`quote: ${yamlString(choose(pool.paragraphs).slice(0, 150))}`,
					'example: true',
				);
			} else if (kind === 'press') {
				fields.push(`date: ${shared.day}`, `bureau: ${yamlString(choose(pool.headings))}`, `section: ${yamlString(choose(pool.headings))}`);
			} else if (kind === 'events') {
				fields.push(
					`start: ${shared.day}T13:00:00+09:00`,
					`end: ${shared.day}T14:30:00+09:00`,
					`venue:\n  name: ${yamlString(choose(pool.headings))}\n  address: ${yamlString(choose(pool.headings))}`,
					'online: true',
				);
			} else {
				fields.push(`order: ${100 + index}`, 'audience: everyone');
			}
			const file = path.join(copy, 'content', kind, locale, `${key}.mdx`);
			mkdirSync(path.dirname(file), { recursive: true });
			writeFileSync(file, `---\n${fields.join('\n')}\n---\n\n${choose(pool.paragraphs)}\n\n${sections.join('\n\n')}\n`);
			written += 1;
		}
	}
	return written;
}

if (import.meta.main) {
	const { values } = parseArgs({ options: { entries: { type: 'string', default: '1000' } } });
	const copy = copyProject('lwit-bench-content-');
	const written = generateEntries(copy, Number(values.entries));
	console.log(`${written} files in ${copy}`);
}
