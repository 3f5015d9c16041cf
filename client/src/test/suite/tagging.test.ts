import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { PositionsResult, PositionStatement } from '../../../../server/src/protocol';
import { activateExtension, AnnotatorApi, hoverText, linesStartingWith, openMeetingText, semanticTokens, waitFor, workspaceFile } from '../helpers';

interface YamlFile { version: number; annotations: { id: string; themes: string[]; stance?: string | null; note?: string | null; anchor: { quote: string; speaker?: string | null } }[] }

const readYaml = (uri: vscode.Uri): YamlFile => parse(fs.readFileSync(uri.fsPath, 'utf8')) as YamlFile;
const annotationFile = (textName: string) => workspaceFile(textName.replace(/\.txt$/, '.annotations.yaml'));

/** Copies a sample under a new name in the workspace, so each test owns its text and YAML. */
function copySample(from: string, to: string): void {
	fs.copyFileSync(workspaceFile(from).fsPath, workspaceFile(to).fsPath);
	fs.rmSync(annotationFile(to).fsPath, { force: true });
}

describe('tagging statements (YAML beside the text)', () => {
	let api: AnnotatorApi;

	before(async () => { api = await activateExtension(); });

	it('tags the statement under the cursor with the tag command and writes the YAML', async () => {
		copySample('s-pv-9901.txt', 'tag-command.txt');
		const doc = await openMeetingText('tag-command.txt');
		const [haldane] = linesStartingWith(doc, 'Mr. Haldane (United Kingdom):');
		const editor = await vscode.window.showTextDocument(doc);
		editor.selection = new vscode.Selection(haldane + 2, 5, haldane + 2, 5);
		const statement = await api.client.sendRequest<PositionStatement | null>('diplomaticAnnotator/statementAt',
			{ textDocument: { uri: doc.uri.toString() }, position: { line: haldane + 2, character: 5 } });
		assert.ok(statement && statement.speaker.includes('Haldane'), 'the server places the cursor in Haldane\'s statement');

		// The command takes its answers as an argument instead of asking (the palette route is the
		// end-to-end test's): themes, stance, note.
		await vscode.commands.executeCommand('diplomaticAnnotator.tagStatement', { themes: ['sanctions'], stance: 'supports', note: 'integration test' });
		const yamlUri = annotationFile('tag-command.txt');
		const written = await waitFor(() => fs.existsSync(yamlUri.fsPath) && readYaml(yamlUri).annotations.find(a => a.note === 'integration test'),
			[api.store.onDidChange], `${yamlUri.fsPath} with the new annotation`);
		assert.deepStrictEqual(written.themes, ['sanctions']);
		assert.strictEqual(written.stance, 'supports');
		assert.ok(written.anchor.speaker?.includes('Haldane'), `the anchor names the speaker: ${written.anchor.speaker}`);
		const start = doc.offsetAt(new vscode.Position(statement.range.start.line, statement.range.start.character));
		assert.ok(doc.getText().indexOf(written.anchor.quote, start) >= start, 'the anchor quotes the statement\'s text');

		// The server hears of it: the positions of the statement list the annotation.
		await waitFor(async () => {
			const positions = await api.client.sendRequest<PositionsResult | null>('diplomaticAnnotator/positions', { textDocument: { uri: doc.uri.toString() } });
			return positions?.statements.find(s => s.speaker.includes('Haldane'))?.annotationIds.includes(written.id);
		}, [api.store.onDidChange], 'the positions request to list the new annotation', 30_000, 200);
	});

	it('shows the tag in the hover and marks the statement\'s tokens as annotated', async () => {
		const doc = await openMeetingText('tag-command.txt');
		const [haldane] = linesStartingWith(doc, 'Mr. Haldane (United Kingdom):');
		const [luYanchen] = linesStartingWith(doc, 'Mr. Lu Yanchen (');
		const hover = await waitFor(async () => {
			const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, new vscode.Position(haldane, 6)));
			return text.includes('integration test') && text;
		}, [api.store.onDidChange], 'the hover on Haldane to show the note of his tag', 30_000, 200);
		assert.match(hover, /Sanctions/);
		const tokens = await semanticTokens(doc);
		assert.ok(tokens.some(t => t.line === haldane && t.modifiers.includes('annotated')), 'a token of the tagged statement is annotated');
		assert.ok(!tokens.some(t => t.line === luYanchen && t.modifiers.includes('annotated')), 'the next (untagged) statement is not');
	});

	it('offers tagging as a code action on a statement', async () => {
		const doc = await openMeetingText('tag-command.txt');
		const [luYanchen] = linesStartingWith(doc, 'Mr. Lu Yanchen (');
		const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, new vscode.Range(luYanchen + 2, 3, luYanchen + 2, 3));
		const tag = actions.find(a => a.command?.command === 'diplomaticAnnotator.tagStatement');
		assert.ok(tag, `a tag action: ${actions.map(a => a.title).join(' | ')}`);
		assert.match(tag.title, /Lu Yanchen/);
	});

	it('picks up a change made to the YAML outside the editor', async () => {
		const doc = await openMeetingText('tag-command.txt');
		const yamlUri = annotationFile('tag-command.txt');
		const before = fs.readFileSync(yamlUri.fsPath, 'utf8');
		assert.ok(before.includes('integration test'), 'the previous test wrote the note');
		fs.writeFileSync(yamlUri.fsPath, before.replace('integration test', 'changed by a colleague'));
		await waitFor(() => api.store.get(doc.uri)?.attached.some(a => a.annotation.note === 'changed by a colleague'),
			[api.store.onDidChange], 'the store to reload the edited note');
	});

	it('goes to the next and previous untagged statements, skipping the tagged one', async () => {
		const doc = await openMeetingText('tag-command.txt');
		const editor = await vscode.window.showTextDocument(doc);
		const [haldane] = linesStartingWith(doc, 'Mr. Haldane (United Kingdom):');
		const [luYanchen] = linesStartingWith(doc, 'Mr. Lu Yanchen (');
		const presidentBefore = Math.max(...linesStartingWith(doc, 'The President').filter(line => line < haldane));
		// Between the President's last words before Haldane and Lu Yanchen, only Haldane (tagged above) speaks.
		const moved = () => new Promise<number>(resolve => {
			const sub = vscode.window.onDidChangeTextEditorSelection(e => { if (e.textEditor === editor) { sub.dispose(); resolve(e.selections[0].active.line); } });
		});
		const placed = moved();
		editor.selection = new vscode.Selection(presidentBefore, 1, presidentBefore, 1);
		await placed;
		let landed = moved();
		await vscode.commands.executeCommand('diplomaticAnnotator.nextUntagged');
		assert.strictEqual(await landed, luYanchen, 'next untagged skips Haldane\'s tagged statement');
		landed = moved();
		await vscode.commands.executeCommand('diplomaticAnnotator.previousUntagged');
		assert.strictEqual(await landed, presidentBefore, 'previous untagged skips it too');
	});

	it('keeps an annotation it cannot re-attach and reports it as a diagnostic', async () => {
		copySample('press-release-9901.txt', 'orphan.txt');
		const yamlUri = annotationFile('orphan.txt');
		const yaml = [
			'# written by hand for the integration test',
			'version: 1',
			'document: orphan.txt',
			'annotations:',
			'  - id: lost-quote',
			'    themes: [sanctions]',
			'    note: the quoted words are in no version of this text',
			'    anchor:',
			'      quote: "The delegate of Atlantis praised the weather at length"',
			'      prefix: ""',
			'      suffix: ""',
			'      start: 10',
			'      end: 64',
			'',
		].join('\n');
		fs.writeFileSync(yamlUri.fsPath, yaml);
		const doc = await openMeetingText('orphan.txt');
		// Both at once: the store may reload while the language switch reopens the text.
		const reported = await waitFor(() => {
			const orphan = api.store.get(doc.uri)?.attached.find(a => a.annotation.id === 'lost-quote')?.resolution.status === 'orphan';
			return orphan && [doc.uri, yamlUri].flatMap(uri => vscode.languages.getDiagnostics(uri)).find(d => /lost-quote|orphan|re-?attach/i.test(d.message));
		}, [vscode.languages.onDidChangeDiagnostics, api.store.onDidChange], 'the orphan kept in the store and reported as a diagnostic');
		assert.ok(reported.severity <= vscode.DiagnosticSeverity.Warning, 'reported as a warning or an error');
		await waitFor(() => api.positions.current?.uri.toString() === doc.uri.toString() && api.positions.getChildren().some(n => n.kind === 'orphans'),
			[api.positions.onDidChangeTreeData], 'the positions view to list the orphan');
		assert.strictEqual(fs.readFileSync(yamlUri.fsPath, 'utf8'), yaml, 'the file is left as it was');
	});

	it('reports a malformed YAML file with its line and does not write over it', async () => {
		copySample('press-release-9901.txt', 'malformed.txt');
		const yamlUri = annotationFile('malformed.txt');
		const broken = 'version: 1\ndocument: malformed.txt\nannotations:\n  - id: a1\n    themes: [sanctions\n';
		fs.writeFileSync(yamlUri.fsPath, broken);
		const doc = await openMeetingText('malformed.txt');
		const problem = await waitFor(() => vscode.languages.getDiagnostics(yamlUri)[0] ?? vscode.languages.getDiagnostics(doc.uri)[0],
			[vscode.languages.onDidChangeDiagnostics], 'a diagnostic for the malformed file');
		assert.ok(problem.range.start.line >= 3, `the problem is placed where the YAML breaks (line ${problem.range.start.line + 1})`);
		await vscode.window.showTextDocument(doc);
		// The command may reject or show an error message; either way the file must stay as it was.
		await Promise.resolve(vscode.commands.executeCommand('diplomaticAnnotator.tagStatement', { themes: ['sanctions'], stance: null, note: 'must not be written' }))
			.catch(() => undefined);
		assert.strictEqual(fs.readFileSync(yamlUri.fsPath, 'utf8'), broken);
	});
});
