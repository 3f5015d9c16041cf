// `npm start`: build, then open the sample transcripts in VS Code with this extension.
//  - with `code` on PATH: `code --extensionDevelopmentPath=. samples/` (a desktop window);
//  - otherwise: the bundled VS Code of code-server (installed into a cache by
//    scripts/e2e/install-code-server.sh) serves the samples at http://127.0.0.1:PORT with the
//    freshly packaged extension installed; the address is printed; Ctrl+C stops it.
// Env: PORT (default 8080). Options: --browser forces the browser route even when `code` exists.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CODE_SERVER_VERSION, ensureCodeServer, installExtension, makeRunFolder, startServer } from './e2e/code-server.mjs';

const repo = resolve(import.meta.dirname, '..');
const samples = join(repo, 'samples');

function run(command, args) {
	const result = spawnSync(command, args, { cwd: repo, stdio: 'inherit' });
	if (result.status !== 0) process.exit(result.status ?? 1);
}

// On a fresh clone the first command sets up too: install the locked dependencies.
if (!existsSync(join(repo, 'node_modules', '.bin', 'esbuild'))) run('npm', ['ci', '--no-audit', '--no-fund']);

const hasCode = !process.argv.includes('--browser') && spawnSync('code', ['--version'], { stdio: 'ignore' }).status === 0;

if (hasCode) {
	run('npm', ['run', 'build']);
	spawn('code', [`--extensionDevelopmentPath=${repo}`, samples], { stdio: 'inherit', detached: true }).unref();
	console.log(`Opened ${samples} in VS Code with the extension under development.`);
} else {
	const vscode = ensureCodeServer();
	run('npm', ['run', 'package']);
	// A run folder kept between starts, so settings and layout persist; gitignored (.e2e/).
	const root = join(repo, '.e2e', 'start');
	mkdirSync(root, { recursive: true });
	const folder = makeRunFolder('', root);
	installExtension(vscode, folder, join(repo, 'diplomatic-annotator.vsix'));
	const port = Number(process.env.PORT ?? 8080);
	const server = await startServer(vscode, folder, { logFile: join(root, 'server.log'), port });
	console.log(`\nDiplomatic Annotator: open ${server.origin}/?folder=${encodeURI(samples)}`);
	console.log(`(the VS Code of code-server ${CODE_SERVER_VERSION} in the browser, listening on 127.0.0.1 only; Ctrl+C stops it; log: ${join(root, 'server.log')})`);
	const stop = async () => { await server.stop(); process.exit(0); };
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}
