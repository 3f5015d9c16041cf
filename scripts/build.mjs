// One esbuild run for every bundle; `tsc` only type-checks (see tsconfig.json).
// Usage: node scripts/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';

const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

const common = {
	bundle: true,
	platform: 'node',
	target: 'node20',
	format: 'cjs',
	sourcemap: true,
	minify,
	logLevel: 'warning',
};

const builds = [
	{ ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'client/out', external: ['vscode'] },
	{ ...common, entryPoints: { server: 'server/src/server.ts', cli: 'server/src/cli.ts' }, outdir: 'server/out' },
];

if (watch) {
	for (const options of builds) await (await esbuild.context(options)).watch();
	console.log('esbuild: watching');
} else {
	await Promise.all(builds.map(options => esbuild.build(options)));
}
