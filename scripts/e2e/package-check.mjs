// Checks of the packaged extension: the files `vsce ls` says the .vsix holds (the same ignore
// rules `vsce package` applies) include everything package.json refers to, and nothing else of
// note (no sources, source maps, node_modules, tests or samples); the .vsix stays small.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const MAX_VSIX_BYTES = 5 * 1024 * 1024;

/** Relative file paths package.json points at (main, icon, contributed icons, configs, schemas). */
function referencedFiles(manifest) {
	const paths = new Set([manifest.main, manifest.icon].filter(Boolean));
	const visit = value => {
		if (typeof value === 'string') {
			if (/^\.?\/?(client|server|schemas|media)\/[\w./-]+\.\w+$/.test(value)) paths.add(value);
		} else if (value && typeof value === 'object') {
			Object.values(value).forEach(visit);
		}
	};
	visit(manifest.contributes);
	return [...paths].map(path => path.replace(/^\.\//, ''));
}

/** @returns {{ outcomes: { title: string, state: string, error?: string }[] }} */
export function checkPackage({ repo, vsix }) {
	const outcomes = [];
	const check = (title, fn) => {
		try {
			fn();
			outcomes.push({ title: `package: ${title}`, state: 'passed' });
		} catch (error) {
			outcomes.push({ title: `package: ${title}`, state: 'failed', error: error?.message ?? String(error) });
		}
	};
	const manifest = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
	const ls = spawnSync(join(repo, 'node_modules', '.bin', 'vsce'), ['ls', '--no-dependencies'], { cwd: repo, encoding: 'utf8' });
	const files = new Set(ls.stdout.split('\n').map(line => line.trim()).filter(Boolean));

	check(`the .vsix is built and under ${MAX_VSIX_BYTES / 1024 / 1024} MB`, () => {
		if (!existsSync(vsix)) throw new Error(`${vsix} is missing`);
		const size = statSync(vsix).size;
		if (size > MAX_VSIX_BYTES) throw new Error(`${vsix} is ${size} bytes`);
	});
	check('it holds every file package.json refers to', () => {
		if (ls.status !== 0) throw new Error(`vsce ls failed: ${ls.stderr}`);
		const missing = referencedFiles(manifest).filter(path => !files.has(path));
		if (missing.length) throw new Error(`not packaged: ${missing.join(', ')}`);
	});
	check('it holds the LICENSE, the CHANGELOG and the bundles, and no sources, maps, tests or samples', () => {
		const required = ['LICENSE', 'CHANGELOG.md', 'server/out/server.js', 'server/out/cli.js', 'client/out/extension.js'];
		const missing = required.filter(path => !files.has(path));
		const stray = [...files].filter(path => /(^|\/)(node_modules|src|test|samples)\/|\.map$|\.ts$/.test(path));
		if (missing.length || stray.length) throw new Error(`missing: ${missing.join(', ') || 'none'}; should not ship: ${stray.join(', ') || 'none'}`);
	});
	return { outcomes };
}
