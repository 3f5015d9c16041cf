// The end-to-end user test: the packaged .vsix installed into the bundled VS Code server, the
// workbench driven in Chromium as a person would, one screenshot per step in test-results/e2e/.
// Expected values come from the sample text (who speaks on the line we go to), not from the engine.
import { cpSync, existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { installExtension, makeRunFolder, startServer } from './code-server.mjs';
import { launchBrowser, newWorkbenchPage } from './browser.mjs';
import {
	collapsePane, showContainer, goToLine, hoverText, languageMode, openFromExplorer, openPane, rowTexts, runCommand, spanColour, until, waitForWorkbench,
} from './workbench.mjs';

const SAMPLE = 's-pv-9901.txt';

/** 1-based line of the first line of the sample starting with `prefix`. */
function lineStartingWith(text, prefix) {
	const index = text.split('\n').findIndex(line => line.startsWith(prefix));
	if (index < 0) throw new Error(`the sample has no line starting with ${JSON.stringify(prefix)}`);
	return index + 1;
}

/** The steps; each gets the shared state and returns nothing or throws. */
function steps(ctx) {
	const { page, workspace, sampleText } = ctx;
	// Mr. Haldane's explanation of vote: a speaker label, a learned acronym (UNSMLC) on the same line.
	const haldaneLine = lineStartingWith(sampleText, 'Mr. Haldane (United Kingdom):');
	return [
		['opens a meeting record from the explorer in the UN Meeting Text mode, genre and counts in the status bar', async () => {
			await openFromExplorer(page, SAMPLE);
			await until(async () => /UN Meeting/i.test(await languageMode(page)), 'the language mode switches to UN Meeting Text', 60_000);
			// An S/PV record is a verbatim record; the status bar says so, with counts.
			const status = await until(async () => (await page.locator('.statusbar-item').allInnerTexts()).find(text => /Verbatim record: \d+ statements/i.test(text)),
				'the status bar shows "Verbatim record: N statements"');
			ctx.notes.push(`status bar: ${status}`);
		}],
		['colours the speaker and the institution differently from plain text', async () => {
			await goToLine(page, haldaneLine);
			const coloured = await until(async () => {
				const speaker = await spanColour(page, 'Haldane');
				const institution = await spanColour(page, 'UNSMLC');
				return speaker.colour && institution.colour && speaker.colour !== speaker.plain && institution.colour !== institution.plain
					? { speaker, institution } : null;
			}, 'semantic colours appear on "Haldane" and "UNSMLC"', 60_000);
			ctx.notes.push(`speaker ${coloured.speaker.colour}, institution ${coloured.institution.colour}, plain ${coloured.speaker.plain}`);
		}],
		['hovering the speaker names the delegation and the statements', async () => {
			const text = await hoverText(page, 'Haldane');
			ctx.notes.push(`hover: ${text.replace(/\s+/g, ' ').slice(0, 200)}`);
			if (!/United Kingdom/.test(text)) throw new Error(`hover does not name the United Kingdom: ${text}`);
			if (!/statement/i.test(text)) throw new Error(`hover does not mention statements: ${text}`);
			// The hover stays open for this step's screenshot; the next step closes it.
		}],
		['the Outline lists statements named by speaker', async () => {
			await page.keyboard.press('Escape');
			await collapsePane(page, 'Explorer Section');
			const pane = await openPane(page, 'Outline');
			// The Outline follows the cursor: moving it reveals the statement's row.
			await goToLine(page, haldaneLine + 2);
			const rows = await until(async () => {
				const texts = await rowTexts(pane);
				return texts.some(row => row.includes('Haldane')) ? texts : null;
			}, 'an Outline row names Haldane (the Outline follows the cursor)');
			ctx.notes.push(`outline rows: ${rows.slice(0, 6).join(' | ')}`);
		}],
		['the positions view lists speakers and their statements', async () => {
			await showContainer(page, 'Diplomatic Annotator');
			const pane = await openPane(page, 'Positions');
			const rows = await until(async () => {
				const texts = await rowTexts(pane);
				return texts.some(row => row.includes('Haldane')) ? texts : null;
			}, 'a positions row names Haldane');
			ctx.notes.push(`positions rows: ${rows.slice(0, 6).join(' | ')}`);
		}],
		['tagging a statement through the command palette writes the YAML and shows the tag', async () => {
			await page.locator('.tabs-container .tab', { hasText: SAMPLE }).first().click();
			await goToLine(page, haldaneLine + 4);
			await runCommand(page, 'Diplomatic Annotator: Tag Statement');
			await tagThroughQuickInputs(page, 'Sanctions', 'supports', 'e2e note', ctx.shot);
			const yamlPath = join(workspace, SAMPLE.replace(/\.txt$/, '.annotations.yaml'));
			// The samples come with annotations of their own: find the one this step wrote, by its note.
			const written = await until(() => existsSync(yamlPath)
				&& parse(readFileSync(yamlPath, 'utf8'))?.annotations?.find(a => a.note === 'e2e note'), `${yamlPath} holds the new annotation`);
			const problems = [
				JSON.stringify(written.themes) === '["sanctions"]' ? null : `themes ${JSON.stringify(written.themes)}`,
				written.stance === 'supports' ? null : `stance ${written.stance}`,
				written.anchor?.speaker?.includes('Haldane') ? null : `anchor speaker ${written.anchor?.speaker}`,
				sampleText.includes(written.anchor?.quote ?? '\0') ? null : 'the anchor quote is not in the text',
			].filter(Boolean);
			if (problems.length) throw new Error(`the written annotation is wrong: ${problems.join('; ')}`);
			await showContainer(page, 'Diplomatic Annotator');
			const pane = await openPane(page, 'Positions');
			// Speaker → statement → the user's tag (label: themes; description: stance · note).
			const speakerRow = pane.locator('.monaco-list-row', { hasText: 'Haldane' }).first();
			// The twistie: a click on a row that has a command (reveal) runs it instead of expanding.
			// The view refreshes when the new tag arrives and may redraw its rows: expand again until it holds.
			const expand = async row => {
				if ((await row.getAttribute('aria-expanded').catch(() => null)) === 'true') return true;
				await row.locator('.monaco-tl-twistie').click({ timeout: 2000 }).catch(() => {});
				return false;
			};
			await until(() => expand(speakerRow), 'Haldane\'s row expands');
			// His statement is the row right after his (rows carry their index in the list).
			const index = Number(await speakerRow.getAttribute('data-index'));
			const statementRow = pane.locator(`.monaco-list-row[data-index="${index + 1}"]`);
			await until(() => expand(statementRow), 'the statement row expands');
			const tagRow = await until(async () => (await rowTexts(pane)).find(row => /Sanctions/.test(row) && row.includes('e2e note')),
				'the positions view shows the tag with its note under Haldane\'s statement');
			ctx.notes.push(`tag row: ${tagRow}`);
		}],
	];
}

/**
 * Answers the tag command's three prompts as a user would: the themes quick pick (multi-select:
 * tick the theme, accept), the stance quick pick, then the note input box.
 */
async function tagThroughQuickInputs(page, themeLabel, stance, note, shot) {
	const widget = page.locator('.quick-input-widget');
	const input = widget.locator('.quick-input-box input');
	const prompt = async title => {
		await widget.locator('.quick-input-title', { hasText: title }).waitFor({ timeout: 30_000 });
	};
	await prompt('themes');
	await input.fill(themeLabel);
	const row = widget.locator('.monaco-list-row', { hasText: themeLabel }).first();
	await row.waitFor({ timeout: 30_000 });
	await row.click(); // in a multi-select pick, clicking a row ticks it
	await widget.locator('.quick-input-count', { hasText: '1' }).waitFor({ timeout: 30_000 });
	await shot('06a-theme-ticked');
	await page.keyboard.press('Enter');
	await prompt('stance');
	await input.fill(stance);
	await widget.locator('.monaco-list-row', { hasText: stance }).first().waitFor({ timeout: 30_000 });
	await page.keyboard.press('Enter');
	await prompt('note');
	await input.fill(note);
	await shot('06b-note');
	await page.keyboard.press('Enter');
	await widget.waitFor({ state: 'hidden', timeout: 30_000 });
}

/**
 * Installs the .vsix into a fresh server, opens the samples and runs the steps.
 * @returns {Promise<{ outcomes: { title: string, state: string, error?: string }[] }>}
 */
export async function runUserTest({ vscode, repo, vsix, outDir }) {
	const run = makeRunFolder('da-user-');
	cpSync(join(repo, 'samples'), run.workspace, { recursive: true });
	installExtension(vscode, run, vsix);
	const server = await startServer(vscode, run, { logFile: join(outDir, 'user-server.log') });
	const browser = await launchBrowser();
	const consoleLines = [];
	const outcomes = [];
	try {
		const page = await newWorkbenchPage(browser);
		page.on('console', message => consoleLines.push(`[${message.type()}] ${message.text()}`));
		await page.goto(`${server.origin}/?folder=${encodeURIComponent(run.workspace)}`);
		await waitForWorkbench(page);
		await page.screenshot({ path: join(outDir, 'user-00-workbench.png') });
		const ctx = {
			page, workspace: run.workspace, sampleText: readFileSync(join(run.workspace, SAMPLE), 'utf8'), notes: [],
			shot: name => page.screenshot({ path: join(outDir, `user-${name}.png`) }),
		};
		let index = 0;
		for (const [title, step] of steps(ctx)) {
			index++;
			const shot = join(outDir, `user-${String(index).padStart(2, '0')}-${title.split(' ').slice(0, 4).join('-').replace(/[^\w-]/g, '')}.png`);
			try {
				await step();
				outcomes.push({ title: `user: ${title}`, state: 'passed' });
			} catch (error) {
				outcomes.push({ title: `user: ${title}`, state: 'failed', error: error?.stack ?? String(error) });
			}
			await page.screenshot({ path: shot }).catch(() => {});
		}
		writeFileSync(join(outDir, 'user-notes.txt'), ctx.notes.join('\n'));
		return { outcomes };
	} finally {
		writeFileSync(join(outDir, 'user-console.log'), consoleLines.join('\n'));
		await browser.close();
		await server.stop();
		if (!process.env.E2E_KEEP) rmSync(run.root, { recursive: true, force: true });
	}
}
