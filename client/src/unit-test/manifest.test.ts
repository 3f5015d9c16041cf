import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { TOKEN_MODIFIERS, TOKEN_TYPES } from '../../../server/src/lsp/legend';

const ROOT = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes;

/** Every .ts file under the client sources (not the integration suite). */
function clientSources(dir = join(ROOT, 'client', 'src')): string[] {
	return readdirSync(dir).flatMap(name => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return name === 'test' || name === 'unit-test' ? [] : clientSources(path);
		return name.endsWith('.ts') ? [path] : [];
	});
}

describe('package.json contributions', () => {
	it('declares the server legend\'s token types and modifiers, each type with a superType', () => {
		assert.deepEqual(contributes.semanticTokenTypes.map((t: { id: string }) => t.id).sort(), [...TOKEN_TYPES].sort());
		assert.ok(contributes.semanticTokenTypes.every((t: { superType?: string }) => t.superType));
		assert.deepEqual(contributes.semanticTokenModifiers.map((t: { id: string }) => t.id).sort(), [...TOKEN_MODIFIERS].sort());
		for (const type of TOKEN_TYPES) assert.ok(contributes.semanticTokenScopes[0].scopes[type], `no TextMate fallback for ${type}`);
	});

	it('declares every command that menus and keybindings name, and every command the client registers', () => {
		const declared = new Set(contributes.commands.map((c: { command: string }) => c.command));
		const named = [
			...contributes.keybindings.map((k: { command: string }) => k.command),
			...Object.values(contributes.menus).flat().map(m => (m as { command: string }).command),
		];
		for (const command of named) assert.ok(declared.has(command), `${command} is used but not declared`);
		// Commands starting with `_` are internal (for tests) and stay out of the palette and manifest.
		const registered = clientSources().flatMap(f => [...readFileSync(f, 'utf8').matchAll(/registerCommand\('([^_'][^']*)'/g)].map(m => m[1]));
		assert.ok(registered.length >= 14);
		for (const command of registered) assert.ok(declared.has(command), `${command} is registered but not declared`);
		for (const command of declared) assert.ok(registered.includes(command as string), `${command} is declared but never registered`);
	});

	it('declares every setting the client reads', () => {
		const properties = contributes.configuration.properties;
		const read = clientSources().flatMap(f => [...readFileSync(f, 'utf8').matchAll(/getConfiguration\('diplomaticAnnotator'[^)]*\)\.get<[^>]+>\('([^']+)'/g)].map(m => `diplomaticAnnotator.${m[1]}`));
		assert.ok(read.length >= 4);
		for (const key of read) assert.ok(properties[key], `${key} is read but not declared`);
	});

	it('points at files that exist', () => {
		for (const v of contributes.yamlValidation) assert.ok(existsSync(join(ROOT, v.url)), v.url);
		for (const c of contributes.viewsContainers.activitybar) assert.ok(existsSync(join(ROOT, c.icon)), c.icon);
		for (const l of contributes.languages) if (l.configuration) assert.ok(existsSync(join(ROOT, l.configuration)), l.configuration);
		assert.ok(existsSync(join(ROOT, 'client', 'media', 'tag.svg')));
	});

	it('runs in Restricted Mode with limited support', () => {
		assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
		assert.ok(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('diplomaticAnnotator.userThemes.path'));
	});
});
