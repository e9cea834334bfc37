/**
 * The real Decap CMS, driven in Chromium as an editor would, against `npm start` (the Astro dev server
 * and decap-server in fs mode) on a throw-away copy of the project:
 * - /admin/ is the CMS bundled from the project (noindex, nothing from another origin);
 * - an upload of a type or size not allowed is refused with a message;
 * - a required field left empty blocks the save with Decap's message;
 * - an editor creates a story in Japanese, translates it into English and saves: the ja and en files
 *   appear (zh and ko as Decap's stubs), the English records the Japanese it was made from;
 * - the preview uses the site's stylesheet and the language being edited;
 * - a QR landing's preview shows its short URL and its code (decoded here), with the downloads;
 * - event times are edited in Tokyo time whatever the editor's time zone; an event's programme is a relation;
 * - a build then has /ja/ and /en/ pages for the story and /zh/, /ko/ fallbacks with their notice, the
 *   translation report lists it, and no public page loads Decap;
 * - the built /admin/ on a production host uses the GitHub backend, not decap-server;
 * - no other file under content/ (or public/) changed, byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import jsQR from 'jsqr';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCmsConfig } from '../../cms/config.ts';
import { launchBrowser } from '../../scripts/support/browser.ts';
import { copyProject, removeProject } from '../../scripts/support/project-copy.ts';
import { type RunningCms, startCms, waitFor } from '../../scripts/support/run-cms.ts';
import { buildProject } from '../../scripts/support/run-project.ts';
import en from '../../src/i18n/ui/en.json' with { type: 'json' };
import ko from '../../src/i18n/ui/ko.json' with { type: 'json' };
import zh from '../../src/i18n/ui/zh.json' with { type: 'json' };
import { parseEntryFile } from '../../src/lib/frontmatter.ts';
import { sourceHash } from '../../src/lib/translation-state.ts';
import { snapshot } from '../support/snapshot.ts';

const KEY = 'chen-wei-ai-startup';
const ja = {
	title: '東京のAIスタートアップで働く　中国出身の機械学習エンジニア',
	description: '中国・成都出身のチェン・ウェイさんは、海外相談窓口で情報を集め、渋谷区のAIスタートアップに入社しました。',
	person: 'チェン・ウェイ',
	role: '機械学習エンジニア',
	company: '株式会社サンプルAI',
	photoAlt: 'オレンジ色の背景の前に置かれたノートパソコン。',
	quote: '東京は新しいことに挑戦できる街です。',
	body: 'チェンさんは2023年に来日しました。',
};
const english = {
	title: 'Working at an AI start-up in Tokyo: a machine learning engineer from China',
	description: 'Chen Wei from Chengdu gathered information at an overseas consultation desk and joined an AI start-up in Shibuya.',
	person: 'Chen Wei',
	role: 'Machine learning engineer',
	company: 'Sample AI Inc.',
	photoAlt: 'A laptop in front of an orange background.',
	quote: 'Tokyo is a city where you can try new things.',
	body: 'Chen came to Japan in 2023.',
};

const callout = { title: '応募の締め切り', text: '8月15日まで {process.env.SECRET} <script>alert(1)</script> *必読*' };

const labels = {
	key: 'キー（URL）/ Key (URL)',
	title: 'タイトル / Title',
	description: '概要 / Summary',
	person: 'お名前 / Name',
	country: '出身国 / Country',
	role: '職種 / Job',
	company: '勤務先 / Company',
	industry: '業種 / Industry',
	photoAlt: '写真の説明（代替テキスト）/ Photo description (alt text)',
	quote: 'ひとこと / Quote',
};

let root: string;
let cms: RunningCms;
let browser: Browser;
let before: { content: Map<string, Buffer>; public: Map<string, Buffer> };
const dialogs: string[] = [];
const workDir = () => path.join(root, '.cms-test');

beforeAll(async () => {
	root = copyProject('cms-e2e-');
	before = { content: snapshot(path.join(root, 'content')), public: snapshot(path.join(root, 'public')) };
	cms = await startCms(root);
	browser = await launchBrowser();
	// Files an editor might pick from their computer.
	mkdirSync(workDir(), { recursive: true });
	writeFileSync(
		path.join(workDir(), 'Chen Wei Photo.JPG'),
		await sharp({ create: { width: 960, height: 720, channels: 3, background: '#d9822b' } })
			.jpeg()
			.toBuffer(),
	);
	writeFileSync(path.join(workDir(), 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
	writeFileSync(path.join(workDir(), 'huge-photo.jpg'), Buffer.alloc(6 * 1024 * 1024, 1));
}, 180_000);

afterAll(async () => {
	await browser?.close();
	await cms?.stop();
	removeProject(root);
}, 60_000);

async function newPage(context?: BrowserContext): Promise<Page> {
	const page = await (context ?? browser).newPage({ viewport: { width: 1500, height: 1000 } });
	// The dev server bundles the CMS's dependencies on the first visit: well over Playwright's 30 s on a busy machine.
	page.setDefaultNavigationTimeout(90_000);
	page.on('dialog', async (dialog) => {
		dialogs.push(dialog.message());
		await dialog.dismiss();
	});
	return page;
}

/** Opens the CMS, logs in to the local backend, and goes to `hash` (e.g. /collections/stories/new). */
async function openCms(page: Page, hash: string) {
	await page.goto(`${cms.url}/admin/`);
	await page.getByRole('button', { name: 'ログイン' }).click();
	await page.getByText('成功事例 / Success stories').first().waitFor();
	await page.goto(`${cms.url}/admin/#${hash}`);
	await page.getByLabel(labels.title).first().waitFor();
}

/** The field `label` in the Japanese (0) or English (1) pane. */
const field = (page: Page, label: string, pane: 0 | 1) => page.getByLabel(label, { exact: true }).nth(pane);

async function choose(page: Page, label: string, text: string) {
	const input = field(page, label, 0);
	await input.click();
	await input.fill(text);
	await page.keyboard.press('Enter');
}

async function publish(page: Page) {
	await page.getByRole('button', { name: '公開', exact: true }).click();
	await page.getByRole('menuitem', { name: '公開する' }).click();
}

const storyFile = (locale: string, key = KEY) => path.join(root, 'content/stories', locale, `${key}.mdx`);

// Each test drives the real CMS on a dev server that compiles what it serves on first request: a minute is ordinary on a busy machine.
describe('Decap CMS at /admin/ (npm start on a copy of the project)', { timeout: 120_000 }, () => {
	it('serves the CMS bundled from the project, marked noindex, loading nothing from another origin', async () => {
		const page = await newPage();
		const requests: string[] = [];
		page.on('request', (request) => requests.push(request.url()));
		await page.goto(`${cms.url}/admin/`);
		await page.getByRole('button', { name: 'ログイン' }).waitFor();
		expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex, nofollow');
		expect(requests.filter((url) => !url.startsWith(cms.url) && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
		expect(requests.some((url) => /\/cms\/admin\.ts/.test(url))).toBe(true);
		// The translation report is there too, linked from the CMS.
		await page.getByRole('link', { name: '翻訳の状況 / Translation report' }).click();
		await page.getByRole('heading', { name: '翻訳の状況 / Translation report' }).waitFor();
		expect(await page.locator('tr[data-key="arjun-mehta-data-scientist"] td[data-locale="en"]').getAttribute('data-status')).toBe('current');
		await page.close();
	});

	it('refuses an upload of a type or size not allowed, with a message, and stores nothing', async () => {
		const page = await newPage();
		await openCms(page, '/collections/stories/new');
		await page.getByRole('button', { name: '画像を選択' }).first().click();
		const upload = page.locator('input[type="file"]');
		await upload.setInputFiles(path.join(workDir(), 'logo.svg'));
		await waitFor(() => dialogs.some((message) => message.includes('“logo.svg” cannot be uploaded')), 10_000, 'the refusal of logo.svg');
		await upload.setInputFiles(path.join(workDir(), 'huge-photo.jpg'));
		await waitFor(
			() => dialogs.some((message) => message.includes('“huge-photo.jpg” is too large (6.0 MB); the limit is 5.0 MB')),
			10_000,
			'the refusal of huge-photo.jpg',
		);
		await expect.poll(() => page.getByText('logo.svg').count()).toBe(0);
		await expect.poll(() => page.getByText('huge-photo.jpg').count()).toBe(0);
		expect(existsSync(path.join(root, 'content/media/stories/logo.svg'))).toBe(false);
		expect(existsSync(path.join(root, 'content/media/stories/huge-photo.jpg'))).toBe(false);
		await page.close();
	});

	it('blocks the save when a required field is left empty, with Decap’s message', async () => {
		const page = await newPage();
		await openCms(page, '/collections/stories/new');
		await field(page, labels.key, 0).fill('incomplete-story');
		await field(page, labels.person, 0).fill('名前だけ');
		await publish(page);
		await expect.poll(() => page.getByText('すべての必須項目を入力してください。').count(), { timeout: 10_000 }).toBeGreaterThan(0);
		await expect.poll(() => page.getByText(`${labels.title}は必須です。`).count()).toBeGreaterThan(0);
		await page.waitForTimeout(1000);
		for (const locale of ['ja', 'en', 'zh', 'ko']) expect(existsSync(storyFile(locale, 'incomplete-story')), locale).toBe(false);
		await page.close();
	});

	it('creates a story in Japanese, translates it into English and saves: both files appear, zh and ko as stubs', async () => {
		const page = await newPage();
		await openCms(page, '/collections/stories/new');
		await field(page, labels.key, 0).fill(KEY);
		for (const name of ['title', 'description', 'person', 'role', 'company', 'photoAlt', 'quote'] as const) {
			await field(page, labels[name], 0).fill(ja[name]);
		}
		await choose(page, labels.country, '中国');
		await choose(page, labels.industry, 'AI');
		await page.getByRole('button', { name: '画像を選択' }).first().click();
		await page.locator('input[type="file"]').setInputFiles(path.join(workDir(), 'Chen Wei Photo.JPG'));
		// Decap renames the upload to a safe name and selects it.
		await page.getByText('chen-wei-photo.jpg').waitFor();
		await page.getByRole('button', { name: '選択する' }).click();
		const bodies = page.locator('[data-slate-editor="true"]');
		await bodies.nth(0).click();
		await page.keyboard.type(ja.body);
		// An editor component, with text that would be code or markup if written out raw.
		await page.getByTitle('コンポーネント追加').first().click();
		await page.getByRole('menuitem', { name: '注意書き / Call-out' }).click();
		await page.getByLabel('見出し / Heading').fill(callout.title);
		await page.getByLabel('注意書きの文 / Call-out text').fill(callout.text);

		for (const name of ['title', 'description', 'person', 'role', 'company', 'photoAlt', 'quote'] as const) {
			await field(page, labels[name], 1).fill(english[name]);
		}
		await bodies.nth(1).click();
		await page.keyboard.type(english.body);
		// The English pane records that it is a translation of the current Japanese.
		await expect.poll(() => page.locator('[data-status]').nth(1).getAttribute('data-status'), { timeout: 5000 }).toBe('current');

		await publish(page);
		await waitFor(() => existsSync(storyFile('ja')) && existsSync(storyFile('en')), 20_000, 'the story files');
		await page.close();

		const jaFile = parseEntryFile(readFileSync(storyFile('ja'), 'utf8'));
		expect(jaFile.data).toMatchObject({
			key: KEY,
			...Object.fromEntries(Object.entries(ja).filter(([name]) => name !== 'body')),
			country: 'cn',
			industry: 'ai-data',
			photo: '../../media/stories/chen-wei-photo.jpg',
			example: false,
		});
		expect(jaFile.data.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		expect(jaFile.data.translatedFrom).toBeUndefined();
		expect(jaFile.body.trim()).toBe(
			`${ja.body}\n\n<Callout title="${callout.title}" tone="info">8月15日まで \\{process.env.SECRET\\} \\<script\\>alert(1)\\</script\\> \\*必読\\*</Callout>`,
		);

		const enFile = parseEntryFile(readFileSync(storyFile('en'), 'utf8'));
		expect(enFile.data).toMatchObject({
			key: KEY,
			...Object.fromEntries(Object.entries(english).filter(([name]) => name !== 'body')),
			country: 'cn',
			date: jaFile.data.date,
			photo: jaFile.data.photo,
		});
		expect(enFile.body.trim()).toBe(english.body);
		const fields = loadCmsConfig({}).collections.find((collection) => collection.name === 'stories')?.fields ?? [];
		expect(enFile.data.translatedFrom).toBe(sourceHash({ ...jaFile.data, body: jaFile.body }, fields));

		for (const locale of ['zh', 'ko']) {
			// Decap's stub: language-neutral fields only, which the site counts as a missing translation.
			const stub = parseEntryFile(readFileSync(storyFile(locale), 'utf8'));
			expect(stub.data.title, locale).toBeUndefined();
			expect(stub.data.key, locale).toBe(KEY);
		}
		expect(readFileSync(path.join(root, 'content/media/stories/chen-wei-photo.jpg')).subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
	});

	it('previews with the site’s stylesheet, in the language being edited', async () => {
		const page = await newPage();
		await openCms(page, `/collections/stories/entries/${KEY}`);
		await page.getByTitle('プレビュー表示を切り替える').click();
		const preview = page.frameLocator('#preview-pane');
		await expect.poll(() => preview.locator('h1').textContent(), { timeout: 10_000 }).toBe(ja.title);
		expect(await preview.locator('html').getAttribute('lang')).toBe('ja');
		expect(await preview.locator('main').getAttribute('lang')).toBe('ja');
		// --brand-dark from src/styles/global.css, and the story's own markup classes.
		expect(await preview.locator('h1').evaluate((element) => getComputedStyle(element).color)).toBe('rgb(0, 47, 87)');
		expect(await preview.locator('.story__quote p').textContent()).toBe(ja.quote);
		await page.getByRole('button', { name: '言語: JA' }).click();
		await page.getByRole('menuitem', { name: 'EN' }).click();
		await expect.poll(() => preview.locator('h1').textContent()).toBe(english.title);
		expect(await preview.locator('html').getAttribute('lang')).toBe('en');
		await page.close();
	});

	it('shows a QR landing’s short URL and its code in the preview, with the downloads', async () => {
		const page = await newPage();
		await openCms(page, '/collections/landings/entries/internship');
		await page.getByTitle('プレビュー表示を切り替える').click();
		const preview = page.frameLocator('#preview-pane');
		const shortUrl = new URL('/q/internship/', String(loadCmsConfig(process.env).site_url)).href;
		await expect.poll(() => preview.locator('.qr-preview code').textContent(), { timeout: 10_000 }).toBe(shortUrl);
		// The code drawn in the preview is the one printed: decoded, it is the short URL.
		const image = preview.locator('.qr-preview img');
		await image.evaluate((element: HTMLImageElement) => element.decode());
		const { data, info } = await sharp(await image.screenshot())
			.ensureAlpha()
			.raw()
			.toBuffer({ resolveWithObject: true });
		expect(jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data).toBe(shortUrl);
		const downloads = await preview.locator('.qr-preview a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
		expect(downloads).toEqual([
			new URL('/qr/internship.svg', shortUrl).href,
			new URL('/qr/internship.png', shortUrl).href,
			new URL('/ja/campaigns/internship/print/', shortUrl).href,
		]);
		await page.close();
	});

	it('edits event times in Tokyo time, whatever the editor’s time zone', async () => {
		const context = await browser.newContext({ timezoneId: 'America/New_York' });
		const page = await newPage(context);
		await openCms(page, '/collections/events/entries/briefing-2022-07-13');
		const start = page.getByLabel('開始日時（東京時間）/ Starts (Tokyo time)').first();
		expect(await start.inputValue()).toBe('2022-07-13T13:00');
		// The programme is a relation to a programme entry, shown by its title.
		await expect.poll(() => page.getByText('インターンシップ受入企業の募集', { exact: true }).count(), { timeout: 10_000 }).toBeGreaterThan(0);
		await context.close();
	});

	it('builds /ja/ and /en/ pages for the new story, and /zh/, /ko/ fallbacks with their notice', async () => {
		const outDir = path.join(workDir(), 'dist');
		const build = await buildProject(root, outDir);
		expect(build.ok, build.output.slice(-3000)).toBe(true);
		const page = (locale: string) => readFileSync(path.join(outDir, locale, 'stories', KEY, 'index.html'), 'utf8');
		const jaPage = page('ja');
		expect(jaPage).toContain(`<h1>${ja.title}</h1>`);
		// The call-out as the site's component, its text as text.
		expect(jaPage).toContain(`<p class="callout__title">${callout.title}</p>`);
		expect(jaPage).toMatch(/class="callout__body"[^>]*>8月15日まで \{process\.env\.SECRET\} &lt;script&gt;alert\(1\)&lt;\/script&gt; \*必読\*</);
		expect(jaPage).not.toContain('notice--fallback');
		const enPage = page('en');
		expect(enPage).toContain(`<h1>${english.title}</h1>`);
		expect(enPage).not.toContain('notice--fallback');
		for (const [locale, strings] of [
			['zh', zh],
			['ko', ko],
		] as const) {
			const html = page(locale);
			// zh and ko fall back to English first, with the notice in their own language, and stay out of search engines.
			const notice = strings['fallback.notice'].split('{{shown}}')[0];
			expect(html, locale).toMatch(new RegExp(`class="notice notice--fallback"[^>]*>${notice}`));
			expect(html, locale).toContain(english.title);
			expect(html, locale).toMatch(/<meta name="robots" content="noindex/);
		}

		// The translation report page lists the new story: English up to date, Chinese and Korean missing.
		const report = readFileSync(path.join(outDir, 'admin/translations/index.html'), 'utf8');
		const row = new RegExp(`<tr data-key="${KEY}"[^>]*>([\\s\\S]*?)</tr>`).exec(report)?.[1] ?? '';
		expect([...row.matchAll(/data-locale="(\w+)" data-status="(\w+)"/g)].map((match) => `${match[1]}:${match[2]}`)).toEqual([
			'en:current',
			'zh:missing',
			'ko:missing',
		]);
		expect(report).toMatch(/<meta name="robots" content="noindex, nofollow"/);

		// Decap stays on /admin/: no public page loads its script.
		const adminScripts = [...readFileSync(path.join(outDir, 'admin/index.html'), 'utf8').matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]);
		expect(adminScripts.length).toBeGreaterThan(0);
		const pages = spawnSync('find', [outDir, '-name', '*.html', '-not', '-path', `${outDir}/admin/*`], { encoding: 'utf8' })
			.stdout.trim()
			.split('\n');
		expect(pages.length).toBeGreaterThan(50);
		const publicScripts = new Set<string>();
		for (const file of pages) {
			const html = readFileSync(file, 'utf8');
			for (const script of adminScripts) expect(html.includes(script), file).toBe(false);
			for (const match of html.matchAll(/<script[^>]+src="(\/[^"]+)"/g)) publicScripts.add(match[1]);
		}
		for (const script of publicScripts) {
			if (existsSync(path.join(outDir, script))) expect(readFileSync(path.join(outDir, script), 'utf8'), script).not.toMatch(/decap-cms|DecapCms/);
		}
		expect(en['fallback.notice']).toBeDefined();
	}, 180_000);

	it('uses the GitHub backend of the configuration, never the local one, when /admin/ is not on localhost', async () => {
		// The built /admin/ served as if from the production host.
		const outDir = path.join(workDir(), 'dist');
		const page = await newPage();
		const requested: string[] = [];
		await page.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			requested.push(url.href);
			if (url.host !== 'cms.example.org') return route.abort();
			const file = path.join(outDir, url.pathname.endsWith('/') ? `${url.pathname}index.html` : url.pathname);
			if (!existsSync(file)) return route.fulfill({ status: 404, body: '' });
			const type = file.endsWith('.html')
				? 'text/html'
				: file.endsWith('.js')
					? 'text/javascript'
					: file.endsWith('.css')
						? 'text/css'
						: 'application/octet-stream';
			return route.fulfill({ status: 200, body: readFileSync(file), contentType: type });
		});
		await page.goto('https://cms.example.org/admin/');
		await page.getByRole('button', { name: 'GitHub でログインする' }).waitFor({ timeout: 30_000 });
		expect(await page.getByRole('button', { name: 'ログイン', exact: true }).count()).toBe(0);
		expect(requested.filter((url) => url.includes('/api/v1'))).toEqual([]);
		await page.close();
	});

	it('changed no other file under content/ or public/ (byte for byte)', () => {
		const expectedNew = [
			`stories/ja/${KEY}.mdx`,
			`stories/en/${KEY}.mdx`,
			`stories/zh/${KEY}.mdx`,
			`stories/ko/${KEY}.mdx`,
			'media/stories/chen-wei-photo.jpg',
		];
		const after = snapshot(path.join(root, 'content'));
		const added = [...after.keys()].filter((file) => !before.content.has(file)).sort();
		expect(added).toEqual([...expectedNew].sort());
		const changed = [...before.content].filter(([file, bytes]) => !after.get(file)?.equals(bytes)).map(([file]) => file);
		expect(changed).toEqual([]);
		const publicAfter = snapshot(path.join(root, 'public'));
		expect([...publicAfter.keys()].sort()).toEqual([...before.public.keys()].sort());
		expect([...before.public].filter(([file, bytes]) => !publicAfter.get(file)?.equals(bytes))).toEqual([]);
	});
});
