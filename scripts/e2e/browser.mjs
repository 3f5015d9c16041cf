// Headless Debian Chromium through playwright-core (never `playwright install`: no browser download).
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.E2E_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Path of the system Chromium, or throws with the apt-get hint. */
export function chromiumPath() {
	const found = CANDIDATES.find(path => path && existsSync(path));
	if (!found) throw new Error('Chromium not found: apt-get install chromium (or set E2E_CHROMIUM)');
	return found;
}

/** Launches headless Chromium with no network side traffic of its own. */
export function launchBrowser() {
	return chromium.launch({
		executablePath: chromiumPath(),
		headless: true,
		args: [
			'--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
			'--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
		],
	});
}

/** A page of the workbench at a sensible laptop size. */
export async function newWorkbenchPage(browser) {
	const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
	return context.newPage();
}
