// Locates the cached code-server install and runs its bundled VS Code server (server-main.js)
// on 127.0.0.1 with every file it writes inside one run folder, stopped by PID.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, createWriteStream, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
const here = dirname(fileURLToPath(import.meta.url));

/** The folder install-code-server.sh installs into (same rule as the script). */
export function codeServerDir() {
	if (process.env.E2E_CODE_SERVER_DIR) return process.env.E2E_CODE_SERVER_DIR;
	const cache = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
	return join(cache, 'diplomatic-annotator', `code-server-${CODE_SERVER_VERSION}`);
}

/** The bundled VS Code (lib/vscode) of the install, or null when not installed. */
export function vscodeDir() {
	const dir = join(codeServerDir(), 'node_modules', 'code-server', 'lib', 'vscode');
	return existsSync(join(dir, 'out', 'server-main.js')) ? dir : null;
}

/** Runs install-code-server.sh (a no-op when the cache is already there); returns lib/vscode. */
export function ensureCodeServer() {
	const result = spawnSync('bash', [join(here, 'install-code-server.sh')], { stdio: ['ignore', 'inherit', 'inherit'] });
	const dir = vscodeDir();
	if (result.status !== 0 || !dir) throw new Error('code-server could not be installed (see the output above)');
	return dir;
}

/**
 * Makes a run folder with the data, config and temp folders the server should use: a fresh one
 * under the OS temp dir (short paths keep VS Code's IPC socket names under the Unix limit), or
 * `root` when given (kept between runs, e.g. by `npm start`).
 */
export function makeRunFolder(prefix = 'da-e2e-', root = mkdtempSync(join(tmpdir(), prefix))) {
	const run = {
		root,
		tmp: join(root, 'tmp'),
		xdg: join(root, 'xdg'),
		userData: join(root, 'user-data'),
		extensions: join(root, 'extensions'),
		serverData: join(root, 'server-data'),
		workspace: join(root, 'workspace'),
	};
	for (const dir of Object.values(run)) mkdirSync(dir, { recursive: true });
	mkdirSync(join(run.userData, 'User'), { recursive: true });
	writeFileSync(join(run.userData, 'User', 'settings.json'), JSON.stringify(QUIET_SETTINGS, null, 2));
	return run;
}

/** Settings that keep the workbench from reaching out or popping up tours over the editor. */
const QUIET_SETTINGS = {
	'telemetry.telemetryLevel': 'off',
	'update.mode': 'none',
	'extensions.autoCheckUpdates': false,
	'extensions.autoUpdate': false,
	'extensions.ignoreRecommendations': true,
	'workbench.enableExperiments': false,
	'workbench.startupEditor': 'none',
	'workbench.tips.enabled': false,
	'security.workspace.trust.enabled': false,
	'chat.disableAIFeatures': true,
};

function serverArgs(run) {
	return [
		'--accept-server-license-terms', '--disable-telemetry',
		'--user-data-dir', run.userData, '--extensions-dir', run.extensions, '--server-data-dir', run.serverData,
	];
}

function serverEnv(run, extra = {}) {
	return {
		...process.env, TMPDIR: run.tmp, XDG_CONFIG_HOME: run.xdg, XDG_RUNTIME_DIR: run.tmp,
		// code-server's build reads the extension gallery from this variable; one without a
		// serviceUrl is disabled, so the workbench never asks open-vsx.org for anything.
		EXTENSIONS_GALLERY: '{}',
		...extra,
	};
}

/** Installs a .vsix into the run folder's extensions dir with the server's own CLI. */
export function installExtension(vscode, run, vsix) {
	const result = spawnSync(process.execPath, [join(vscode, 'out', 'server-main.js'), ...serverArgs(run), '--install-extension', vsix, '--force'], {
		env: serverEnv(run), encoding: 'utf8', timeout: 120_000,
	});
	if (result.status !== 0) throw new Error(`--install-extension failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
	return result.stdout.trim();
}

/**
 * Starts the server on 127.0.0.1 with a free port; resolves once it listens.
 * @param {string} vscode lib/vscode of the install
 * @param {ReturnType<typeof makeRunFolder>} run
 * @param {{ logFile: string, env?: Record<string,string>, port?: number }} options (port 0: any free one)
 * @returns {Promise<{ port: number, origin: string, pid: number, stop: () => Promise<void> }>}
 */
export function startServer(vscode, run, { logFile, env = {}, port = 0 }) {
	const args = [
		join(vscode, 'out', 'server-main.js'), '--host', '127.0.0.1', '--port', String(port),
		'--without-connection-token', '--disable-workspace-trust', '--enable-smoke-test-driver', ...serverArgs(run),
	];
	// detached: the server gets its own process group, so stopping it by (negative) PID also ends
	// the extension hosts and language servers it started, and nothing else.
	const child = spawn(process.execPath, args, { env: serverEnv(run, env), cwd: run.root, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	const log = createWriteStream(logFile);
	child.stdout.pipe(log);
	child.stderr.pipe(log);
	const exited = new Promise(resolve => child.once('exit', resolve));

	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		try { process.kill(-child.pid, 'SIGTERM'); } catch { /* already gone */ }
		const timer = setTimeout(() => { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
		await exited;
		clearTimeout(timer);
	};

	return new Promise((resolve, reject) => {
		let seen = '';
		const timer = setTimeout(() => { stop(); reject(new Error(`server did not listen within 60 s; see ${logFile}`)); }, 60_000);
		child.stdout.on('data', chunk => {
			seen += chunk;
			const match = /Extension host agent listening on (\d+)/.exec(seen);
			if (match) {
				clearTimeout(timer);
				const port = Number(match[1]);
				resolve({ port, origin: `http://127.0.0.1:${port}`, pid: child.pid, stop });
			}
		});
		child.once('exit', code => { clearTimeout(timer); reject(new Error(`server exited (${code}) before listening; see ${logFile}`)); });
	});
}
