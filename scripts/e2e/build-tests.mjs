// Compiles the integration suite (client/src/test/**) to client/out/test/: index.js plus one
// file per suite, as mocha's addFile needs. vscode comes from the extension host; mocha is
// resolved from node_modules at run time (bundling it breaks its dynamic requires).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const suiteDir = 'client/src/test/suite';
const entryPoints = {
	index: 'client/src/test/index.ts',
	...Object.fromEntries(readdirSync(suiteDir).filter(name => name.endsWith('.test.ts'))
		.map(name => [`suite/${name.replace(/\.ts$/, '')}`, join(suiteDir, name)])),
};

rmSync('client/out/test', { recursive: true, force: true });
await esbuild.build({
	entryPoints, outdir: 'client/out/test', bundle: true, platform: 'node', target: 'node20', format: 'cjs',
	sourcemap: true, external: ['vscode', 'mocha'], logLevel: 'warning',
});
