import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { annotationFileFor } from '../annotations/paths';
import { ancestorsOf, parseUserThemes } from '../annotations/userThemes';

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
