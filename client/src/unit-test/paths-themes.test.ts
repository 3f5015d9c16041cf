import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { annotationFileFor } from '../annotations/paths';
import { ancestorsOf, parseUserThemes, userThemeFiles } from '../annotations/userThemes';

describe('annotationFileFor', () => {
	const ws = resolve('/ws');
	it('puts NAME.annotations.yaml beside NAME.txt', () => {
		assert.deepEqual(annotationFileFor(join(ws, 'texts', 'sc1.txt'), 'beside', ws), { path: join(ws, 'texts', 'sc1.annotations.yaml'), documentName: 'sc1.txt' });
	});
	it('mirrors the text folders inside a configured folder', () => {
		assert.deepEqual(annotationFileFor(join(ws, 'texts', 'sc1.md'), '.annotations', ws), { path: join(ws, '.annotations', 'texts', 'sc1.annotations.yaml'), documentName: '../../texts/sc1.md' });
	});
	it('refuses a folder that leaves the workspace', () => {
		for (const bad of ['../elsewhere', '../../etc', '/tmp/x']) {
			assert.ok('error' in annotationFileFor(join(ws, 'a.txt'), bad, ws), bad);
		}
	});
	it('does not annotate an annotation file', () => {
		assert.ok('error' in annotationFileFor(join(ws, 'a.annotations.yaml'), 'beside', ws));
	});
});

describe('parseUserThemes', () => {
	it('reads themes with broader and narrower links', () => {
		const text = 'version: 1\nthemes:\n  - id: water\n    label: Water\n    narrower: [water-dams]\n  - id: water-dams\n    label: Dams\n  - id: rivers\n    label: Rivers\n    broader: water\n';
		const { themes, problems } = parseUserThemes(text);
		assert.deepEqual(problems, []);
		const map = new Map(themes.map(t => [t.id, t]));
		assert.equal(map.get('water-dams')?.broader, 'water');
		assert.deepEqual(ancestorsOf('rivers', map), ['water']);
		assert.ok(themes.every(t => t.user));
	});
	it('reports unknown broader ids and cycles as warnings and breaks the links', () => {
		const text = 'version: 1\nthemes:\n  - {id: a, label: A, broader: b}\n  - {id: b, label: B, broader: a}\n  - {id: c, label: C, broader: nowhere}\n';
		const { themes, problems } = parseUserThemes(text);
		assert.equal(themes.length, 3);
		assert.ok(problems.some(p => /cycle/.test(p.message)));
		assert.ok(problems.some(p => /nowhere/.test(p.message) && p.line === 5));
		const map = new Map(themes.map(t => [t.id, t]));
		assert.ok(ancestorsOf('a', map).length < 3);
		assert.equal(map.get('c')?.broader, undefined);
	});
	it('accepts a broader built-in theme', () => {
		const { problems, themes } = parseUserThemes('version: 1\nthemes:\n  - {id: dams, label: Dams, broader: climate}\n', new Set(['climate']));
		assert.deepEqual(problems, []);
		assert.equal(themes[0].broader, 'climate');
	});
	it('rejects a file with a wrong shape with a placed error and no themes', () => {
		const { themes, problems } = parseUserThemes('version: 1\nthemes:\n  - id: x\n    label: X\n    pattern: 5\n    cues: "not a list"\n');
		assert.equal(themes.length, 0);
		assert.ok(problems.some(p => p.severity === 'error' && p.line === 6));
	});
});

describe('userThemeFiles (Restricted Mode)', () => {
	const folders = [resolve('/ws/one'), resolve('/ws/two')];
	it('loads the configured file of every folder in a trusted workspace', () => {
		assert.deepEqual(userThemeFiles('.vscode/diplomatic-themes.yaml', folders, true), folders.map(f => join(f, '.vscode', 'diplomatic-themes.yaml')));
	});
	it('loads nothing user-supplied in an untrusted workspace', () => {
		assert.deepEqual(userThemeFiles('.vscode/diplomatic-themes.yaml', folders, false), []);
	});
	it('loads nothing from a path that leaves the folder', () => {
		for (const bad of ['../themes.yaml', 'a/../../themes.yaml', '/etc/themes.yaml', '..\\themes.yaml', '']) {
			assert.deepEqual(userThemeFiles(bad, folders, true), [], bad);
		}
	});
});

describe('user vocabularies are data only, and bounded', () => {
	it('keeps no pattern or code field and takes a regex-looking cue as a literal phrase', () => {
		const { themes, problems } = parseUserThemes('version: 1\nthemes:\n  - id: dams\n    label: Dams\n    pattern: "(a+)+$"\n    script: process.exit(1)\n    cues: ["(a+)+$", "water dams"]\n');
		assert.deepEqual(problems, []);
		assert.equal(themes.length, 1);
		for (const key of Object.keys(themes[0])) assert.ok(['id', 'label', 'description', 'broader', 'cues', 'user'].includes(key), `unexpected field ${key}`);
		assert.deepEqual(themes[0].cues, ['(a+)+$', 'water dams']);
	});
	it('refuses more than 200 cues, a cue over 200 characters and more than 2000 themes', () => {
		const theme = (cues: string) => `  - id: t\n    label: T\n    cues: [${cues}]\n`;
		const many = Array.from({ length: 2001 }, (_, i) => `  - {id: t${i}, label: T}`).join('\n');
		for (const text of [theme(Array(201).fill('ab').join(', ')), theme('a'.repeat(201)), many]) {
			const { themes, problems } = parseUserThemes(`version: 1\nthemes:\n${text}\n`);
			assert.equal(themes.length, 0);
			assert.ok(problems.some(p => p.severity === 'error' && /more than/.test(p.message)), JSON.stringify(problems).slice(0, 300));
		}
	});
	it('refuses an alias bomb without expanding it', () => {
		let text = 'version: 1\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n';
		for (let i = 1; i < 12; i++) text += `a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
		const { themes, problems } = parseUserThemes(`${text}themes: []\n`);
		assert.equal(themes.length, 0);
		assert.ok(problems.some(p => p.severity === 'error' && /alias/i.test(p.message)), JSON.stringify(problems));
	});
});
