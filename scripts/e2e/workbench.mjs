// What a user does in the VS Code workbench, as Playwright actions on its DOM (VS Code 1.100).
// Every wait is bounded and waits for a condition, never for a fixed time.

const WAIT = 30_000;

/** Waits until the workbench shows its explorer with the workspace folder. */
export async function waitForWorkbench(page) {
	await page.locator('.monaco-workbench').waitFor({ timeout: 90_000 });
	await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90_000 });
}

/** Opens a file by clicking its row in the explorer; resolves when its editor shows text. */
export async function openFromExplorer(page, fileName) {
	await page.locator('.explorer-folders-view .monaco-list-row', { hasText: fileName }).first().dblclick();
	await page.locator('.tabs-container .tab.active', { hasText: fileName }).waitFor({ timeout: WAIT });
	await activeEditor(page).locator('.view-lines .view-line').first().waitFor({ timeout: WAIT });
}

/** The editor of the active group. */
export function activeEditor(page) {
	return page.locator('.editor-group-container.active .monaco-editor').first();
}

/** Text of the language mode item in the status bar (e.g. "UN Meeting Text"). */
export async function languageMode(page) {
	return (await page.locator('[id="status.editor.mode"]').innerText()).trim();
}

/**
 * Focuses the editor of the first group by keyboard (View: Focus First Editor Group): a click
 * could land on the sticky-scroll header and move the cursor.
 */
export async function focusEditor(page) {
	await page.keyboard.press('Control+1');
	await page.locator('.editor-group-container.active .monaco-editor.focused').first().waitFor({ timeout: WAIT });
}

/** Runs a command by its palette title; resolves once its row was chosen. */
export async function runCommand(page, title) {
	await focusEditor(page);
	await page.keyboard.press('F1');
	const input = page.locator('.quick-input-widget .quick-input-box input');
	await input.waitFor({ timeout: WAIT });
	await input.fill(`>${title}`);
	const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
	await row.waitFor({ timeout: WAIT });
	await row.click();
}

/** Moves the cursor to a 1-based line with "Go to Line". */
export async function goToLine(page, line) {
	await focusEditor(page);
	await page.keyboard.press('Control+G');
	const input = page.locator('.quick-input-widget .quick-input-box input');
	await input.waitFor({ timeout: WAIT });
	await input.fill(`:${line}`);
	await page.keyboard.press('Enter');
	await input.waitFor({ state: 'hidden', timeout: WAIT });
}

/**
 * The rendered token spans of the visible lines with their computed colours, and the colour
 * most characters have (the theme's plain text colour).
 */
export async function renderedTokens(page) {
	return activeEditor(page).locator('.view-lines').evaluate(root => {
		const spans = [...root.querySelectorAll('.view-line > span > span')].map(span => ({
			text: span.textContent ?? '', color: getComputedStyle(span).color, className: span.className,
		}));
		const weight = new Map();
		for (const { text, color } of spans) weight.set(color, (weight.get(color) ?? 0) + text.trim().length);
		const plain = [...weight.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
		return { spans, plain };
	});
}

/** The rendered span that contains `text` (tokens may split words, so a span inside it counts). */
export async function spanColour(page, text) {
	const { spans, plain } = await renderedTokens(page);
	const hit = spans.find(span => span.text.includes(text) || (span.text.trim().length > 3 && text.includes(span.text.trim())));
	return { colour: hit?.color ?? null, plain, text: hit?.text ?? null };
}

/** Hovers the first rendered occurrence of `text` and returns the hover's text. */
export async function hoverText(page, text) {
	const target = activeEditor(page).locator('.view-lines .view-line span span', { hasText: text }).first();
	await target.hover();
	const hover = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents').first();
	await hover.waitFor({ state: 'visible', timeout: WAIT });
	await page.waitForFunction(element => (element?.textContent ?? '').trim().length > 0, await hover.elementHandle(), { timeout: WAIT });
	return hover.innerText();
}

/**
 * Expands a view pane by its title if collapsed, and returns a locator of its body. The header
 * of the only view of a container is hidden (and always expanded).
 */
export async function openPane(page, title) {
	const header = page.locator(`.pane-header[aria-label^="${title}"]`).first();
	await header.waitFor({ state: 'attached', timeout: WAIT });
	if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click();
	const body = header.locator('xpath=..').locator('.pane-body');
	await body.waitFor({ timeout: WAIT });
	return body;
}

/** Shows a view container of the activity bar (a click on the active one would hide the sidebar). */
export async function showContainer(page, label) {
	const item = page.locator('.activitybar .action-item', { has: page.locator(`a[aria-label^="${label}"]`) }).first();
	await item.waitFor({ timeout: WAIT });
	if (!(await item.getAttribute('class')).split(' ').includes('checked')) await item.click();
}

/** Collapses a view pane by its title (to give the others room). */
export async function collapsePane(page, title) {
	const header = page.locator(`.pane-header[aria-label^="${title}"]`).first();
	if ((await header.getAttribute('aria-expanded')) === 'true') await header.click();
}

/** The texts of the visible rows of a tree or list. */
export async function rowTexts(locator) {
	return (await locator.locator('.monaco-list-row').allInnerTexts()).map(text => text.replace(/\s+/g, ' ').trim());
}

/** Waits until `fn` returns a truthy value (polled), or throws `message` after the timeout. */
export async function until(fn, message, timeoutMs = WAIT) {
	const deadline = Date.now() + timeoutMs;
	let last;
	for (;;) {
		last = await fn();
		if (last) return last;
		if (Date.now() > deadline) throw new Error(`${message} (not true within ${timeoutMs / 1000} s)`);
		await new Promise(resolve => setTimeout(resolve, 250));
	}
}
