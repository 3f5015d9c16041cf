/**
 * Nothing is sent over the network (issue 7). Three looks: the sources name no network API; the
 * built bundles load no network module (the client and server bundles carry `net` only for
 * vscode-jsonrpc's local pipe and socket transports); and the built CLI and language server, run
 * with a probe that records every outgoing connection, DNS lookup, fetch and UDP socket, record
 * none while they work. A control shows that the probe does record a connection.
 */
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { REPO_ROOT } from './inputs';
import { startServer } from './lspProcess';

const NETWORK_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dgram', 'dns'];
const NETWORK_CALLS = /\bfetch\s*\(|XMLHttpRequest|WebSocket|EventSource|navigator\.sendBeacon/;

/** Every .ts file under `dir`, test folders left out. */
function sources(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap(e => {
		const full = path.join(dir, e.name);
		if (e.isDirectory()) return ['test', 'unit-test'].includes(e.name) ? [] : sources(full);
		return e.name.endsWith('.ts') ? [full] : [];
	});
}

/** Modules a file or bundle loads by name (`import … from 'x'`, `require("x")`), without a `node:` prefix. */
function loadedModules(code: string): Set<string> {
	const names = [...code.matchAll(/(?:\bfrom\s*|\brequire\s*\(\s*|\bimport\s*\(\s*)['"]([^'"]+)['"]/g)].map(m => m[1].replace(/^node:/, ''));
	return new Set(names);
}

/** The probe, preloaded with `--require`: it appends one line per network attempt to `log`. */
function writeProbe(dir: string, log: string): string {
	const probe = path.join(dir, 'network-probe.cjs');
	fs.writeFileSync(probe, `
		const fs = require('fs');
		const note = what => fs.appendFileSync(${JSON.stringify(log)}, what + '\\n');
		note('armed');
		const net = require('net');
		const connect = net.Socket.prototype.connect;
		net.Socket.prototype.connect = function (...args) {
			const first = Array.isArray(args[0]) ? args[0][0] : args[0];
			// A path is a local pipe or Unix socket (the editor's IPC), not the network.
			const local = (typeof first === 'string' && !/^\\d+$/.test(first)) || (first && typeof first === 'object' && typeof first.path === 'string');
			if (!local) note('connect ' + JSON.stringify(first));
			return connect.apply(this, args);
		};
		const dns = require('dns');
		for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) {
			const original = dns[name];
			dns[name] = function (...args) { note('dns.' + name + ' ' + args[0]); return original.apply(this, args); };
		}
		const dgram = require('dgram');
		const createSocket = dgram.createSocket;
		dgram.createSocket = function (...args) { note('dgram'); return createSocket.apply(this, args); };
		if (typeof globalThis.fetch === 'function') {
			const fetch = globalThis.fetch;
			globalThis.fetch = function (...args) { note('fetch ' + String(args[0])); return fetch.apply(this, args); };
		}
	`);
	return probe;
}

describe('robustness: nothing is sent over the network', function () {
	this.timeout(120_000);
	let dir: string, log: string, probe: string;
	const sample = path.join(REPO_ROOT, 'samples', 's-pv-9901.txt');
	const attempts = () => fs.readFileSync(log, 'utf8').split('\n').filter(line => line && line !== 'armed');

	before(() => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'da-network-'));
		log = path.join(dir, 'network.log');
		probe = writeProbe(dir, log);
	});
	beforeEach(() => fs.writeFileSync(log, ''));
	after(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

	it('the sources of the client, server and CLI name no network module or API', () => {
		const files = [...sources(path.join(REPO_ROOT, 'client', 'src')), ...sources(path.join(REPO_ROOT, 'server', 'src'))];
		assert.ok(files.length > 30, `found the sources (${files.length})`);
		let scanned = 0;
		for (const file of files) {
			const code = fs.readFileSync(file, 'utf8');
			if (loadedModules(code).has('fs')) scanned++;
			const network = NETWORK_MODULES.filter(m => loadedModules(code).has(m));
			assert.deepEqual(network, [], `${path.relative(REPO_ROOT, file)} loads a network module`);
			assert.ok(!NETWORK_CALLS.test(code), `${path.relative(REPO_ROOT, file)} calls a network API`);
		}
		assert.ok(scanned > 0, 'the module scan finds imports (some sources load node:fs)');
	});

	it('the built bundles load no network module (net only for the local LSP transports)', () => {
		const bundles: [string, string[]][] = [['client/out/extension.js', ['net']], ['server/out/server.js', ['net']], ['server/out/cli.js', []]];
		for (const [bundle, allowed] of bundles) {
			const file = path.join(REPO_ROOT, bundle);
			assert.ok(fs.existsSync(file), `${bundle} exists (run npm run build)`);
			const code = fs.readFileSync(file, 'utf8');
			const modules = loadedModules(code);
			assert.ok(modules.has('fs') || modules.has('path'), `${bundle}: the module scan finds the bundle's requires`);
			assert.deepEqual(NETWORK_MODULES.filter(m => modules.has(m) && !allowed.includes(m)), [], `${bundle} loads a network module`);
			assert.ok(!NETWORK_CALLS.test(code), `${bundle} calls a network API`);
		}
	});

	it('control: the probe records a connection attempt', () => {
		const r = spawnSync(process.execPath, ['--require', probe, '-e', "require('http').get('http://127.0.0.1:9/').on('error', () => {})"], { encoding: 'utf8' });
		assert.equal(r.status, 0, r.stderr);
		assert.ok(fs.readFileSync(log, 'utf8').startsWith('armed\n'), 'the probe was loaded');
		assert.ok(attempts().some(line => line.startsWith('connect')), `recorded: ${attempts().join('; ')}`);
	});

	it('the command line analyses, draws the matrix and exports without a network attempt', function () {
		if (!fs.existsSync(sample)) this.skip();
		const cli = path.join(REPO_ROOT, 'server/out/cli.js');
		for (const args of [['analyze', sample, '--json'], ['matrix', sample, '--svg'], ['export', sample, '--jsonld']]) {
			const r = spawnSync(process.execPath, ['--require', probe, cli, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
			assert.equal(r.status, 0, `${args[0]}: ${r.stderr}`);
			assert.ok(r.stdout.length > 0);
		}
		assert.ok(fs.readFileSync(log, 'utf8').startsWith('armed\n'), 'the probe was loaded');
		assert.deepEqual(attempts(), []);
	});

	it('the language server serves a text without a network attempt', async function () {
		if (!fs.existsSync(sample)) this.skip();
		const server = await startServer(['--require', probe]);
		try {
			const uri = 'file:///network/s-pv-9901.txt';
			await server.open(uri, fs.readFileSync(sample, 'utf8'));
			const textDocument = { uri };
			for (const [method, params] of [
				['textDocument/documentSymbol', { textDocument }],
				['textDocument/semanticTokens/full', { textDocument }],
				['textDocument/hover', { textDocument, position: { line: 10, character: 5 } }],
				['diplomaticAnnotator/positions', { textDocument }],
				['workspace/symbol', { query: 'a' }],
			] as const) {
				const outcome = await server.request(method, params);
				assert.ok('result' in outcome, `${method} answers`);
			}
		} finally {
			await server.stop();
		}
		assert.ok(fs.readFileSync(log, 'utf8').startsWith('armed\n'), 'the probe was loaded');
		assert.deepEqual(attempts(), []);
	});
});
