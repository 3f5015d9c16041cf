/**
 * The positions matrix panel in a real editor: it opens on a sample, shows the cells the text
 * implies (the recorded vote, the user's tags from the sample's YAML as their own columns, every
 * theme of the positions view), a reveal message from the page moves the editor selection to the
 * statement, several texts line up by date, and the panel exports SVG.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { MatrixModel } from '../../../../server/src/core/matrix';
import type { PositionsResult } from '../../../../server/src/protocol';
import { activateExtension, AnnotatorApi, linesStartingWith, openMeetingText, waitFor, workspaceFile } from '../helpers';

interface PanelState { model: MatrixModel | undefined; uris: string[]; skipped: { uri: string; reason: string }[]; visible: boolean }

const panelState = () => vscode.commands.executeCommand<PanelState>('_diplomaticAnnotator.matrix.state');

/** The text of the recorded vote block under `heading` ("Abstaining:"), up to the next blank line after it. */
function voteBlock(doc: vscode.TextDocument, heading: string): string {
	const lines = doc.getText().split(/\r?\n/);
	const at = lines.findIndex(l => l.trim() === heading);
	const rest = lines.slice(at + 1);
	const first = rest.findIndex(l => l.trim() !== '');
	const end = rest.findIndex((l, i) => i > first && l.trim() === '');
	return at < 0 ? '' : rest.slice(first, end).join(' ');
}

describe('positions matrix panel', () => {
	let api: AnnotatorApi;
	let doc: vscode.TextDocument;
	let model: MatrixModel;

	before(async () => {
		api = await activateExtension();
		doc = await openMeetingText('s-pv-9901.txt');
		await vscode.window.showTextDocument(doc, { preview: false });
		await vscode.commands.executeCommand('diplomaticAnnotator.showMatrix');
		const state = await panelState();
		assert.ok(state.model, 'the panel holds a model once the command resolves');
		assert.deepEqual(state.uris, [doc.uri.toString()]);
		model = state.model;
	});

	after(async () => {
		// Leave the workbench as the other suites expect it: no panel beside, no stray export.
		await vscode.commands.executeCommand('workbench.action.closeAllEditors');
		fs.rmSync(workspaceFile('matrix-export.svg').fsPath, { force: true });
	});

	it('opens on the active text with a row per delegation and the recorded vote', async () => {
		assert.ok((await panelState()).visible, 'the panel is visible');
		const abstaining = voteBlock(doc, 'Abstaining:');
		assert.ok(abstaining.includes('China'), `the sample records China abstaining: ${abstaining}`);
		const china = model.rows.find(r => r.label === 'China');
		assert.equal(china?.cells.vote?.vote, 'abstaining');
		const koroma = doc.lineAt(linesStartingWith(doc, 'Mr. Koroma (Sierra Leone):')[0]).text;
		const sierraLeone = model.rows.find(r => r.label === 'Sierra Leone');
		assert.ok(sierraLeone && koroma.includes(sierraLeone.group), `group "${sierraLeone?.group}" is what the label says`);
	});

	it('has a cell for every theme the positions view shows, and the user\'s tags in their own columns', async () => {
		const positions = await api.client.sendRequest<PositionsResult | null>('diplomaticAnnotator/positions', { textDocument: { uri: doc.uri.toString() } });
		assert.ok(positions);
		for (const s of positions.statements) {
			const row = model.rows.find(r => r.label === s.affiliation) ?? model.rows.find(r => r.label.startsWith(s.speaker));
			assert.ok(row, `a row for ${s.speaker}`);
			for (const t of s.themes) {
				const cell = row.cells[`${t.user ? 'user' : 'recognized'}:${t.id}`];
				assert.ok(cell?.statements.some(e => e.index === s.index), `${row.label} × ${t.id}${t.user ? ' (tag)' : ''} cites statement ${s.index}`);
			}
		}
		const yaml = fs.readFileSync(workspaceFile('s-pv-9901.annotations.yaml').fsPath, 'utf8');
		assert.ok(/themes: \[un-reform\]/.test(yaml), 'the sample YAML tags a statement with un-reform');
		assert.ok(model.columns.some(c => c.key === 'user:un-reform' && c.source === 'user'), 'the tag has its own column');
	});

	it('a reveal message from the page selects the statement in the editor', async () => {
		const row = model.rows.find(r => r.label === 'Sierra Leone')!;
		const evidence = Object.values(row.cells).flatMap(c => c.statements).find(e => e.index >= 0)!;
		await vscode.commands.executeCommand('_diplomaticAnnotator.matrix.message', { type: 'reveal', uri: evidence.file, start: evidence.start, end: evidence.end, startLine: evidence.startLine });
		const editor = await waitFor(() => {
			const e = vscode.window.activeTextEditor;
			return e?.document.uri.toString() === doc.uri.toString() && e.selection.start.isEqual(doc.positionAt(evidence.start)) ? e : undefined;
		}, [vscode.window.onDidChangeTextEditorSelection, vscode.window.onDidChangeActiveTextEditor], 'the editor to select the statement', 10_000);
		const label = linesStartingWith(doc, 'Mr. Koroma (Sierra Leone):')[0];
		assert.ok(editor.selection.start.line >= label, 'the selection is in Koroma\'s statement');
		assert.ok(editor.selection.end.isEqual(doc.positionAt(evidence.end)));
	});

	it('follows the active meeting text when opened on one', async () => {
		const other = await openMeetingText('press-release-9901.txt');
		await waitFor(async () => (await panelState()).uris[0] === other.uri.toString() && (await panelState()).model?.files[0]?.file === other.uri.toString(),
			[vscode.window.onDidChangeActiveTextEditor], 'the panel to show the press release', 15_000, 200);
	});

	it('compares several texts in date order', async () => {
		const uris = ['a-49-pv-88.txt', 's-pv-9901.txt', 'press-release-9901.txt'].map(workspaceFile);
		await vscode.commands.executeCommand('diplomaticAnnotator.showMatrixForFiles', uris);
		const state = await panelState();
		assert.ok(state.model);
		const dates = state.model.files.map(f => f.date);
		assert.equal(state.model.files.length, 3);
		assert.deepEqual(dates, [...dates].sort(), 'files in date order');
		assert.ok(state.model.files[0].file.endsWith('a-49-pv-88.txt'), 'the 1994 meeting first');
		assert.ok(state.model.rows.some(r => Object.values(r.cells).some(c => c.byFile.filter(Boolean).length >= 2)), 'some delegation is seen in two texts');
	});

	it('exports the matrix as SVG from the panel', async () => {
		const target = workspaceFile('matrix-export.svg');
		fs.rmSync(target.fsPath, { force: true });
		await vscode.commands.executeCommand('_diplomaticAnnotator.matrix.message', { type: 'export', format: 'svg', target: target.toString() });
		const svg = fs.readFileSync(target.fsPath, 'utf8');
		assert.ok(svg.startsWith('<?xml') && svg.includes('<title id="matrix-title">') && svg.trimEnd().endsWith('</svg>'));
		assert.ok(!svg.includes('file://'), 'texts are named by workspace path, not URI');
	});
});
