import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { PositionsResult, PositionStatement, ServerInfo } from '../../../../server/src/protocol';
import { activateExtension, AnnotatorApi, flattenSymbols, hoverText, linesStartingWith, openMeetingText, waitFor, workspaceFile } from '../helpers';

/** vscode-languageclient's `State.Running` (the enum is not imported, so the suite bundles no second client). */
const RUNNING = 2;

/** The parts of the API this test needs beyond the shared helpers' view of it. */
type RestartApi = AnnotatorApi & {
	client: { readonly state: number; onDidChangeState: vscode.Event<{ oldState: number; newState: number }> };
	positions: { readonly positions: PositionsResult | null };
};

/** Edited while the server is down, so that positions of its new version can only come from the new server. */
const EDITED = 'server-restart.txt';
/** Tagged before the crash and left alone: an edit would push its tags to the server anyway, a restart must. */
const TAGGED = 'server-restart-tagged.txt';
/** Opened only after the restart: auto-detection must still switch it to the meeting language. */
const OPENED_AFTER = 'server-restart-opened.txt';
const yamlFile = (name: string) => workspaceFile(name.replace(/\.txt$/, '.annotations.yaml'));
const yamlNotes = (name: string) => fs.existsSync(yamlFile(name).fsPath)
	? ((parse(fs.readFileSync(yamlFile(name).fsPath, 'utf8')) as { annotations?: { note?: string | null }[] }).annotations ?? []).map(a => a.note)
	: [];

/** Copies a sample under a new name, without annotations, so that the test owns its text and YAML. */
function copySample(to: string): void {
	fs.copyFileSync(workspaceFile('s-pv-9901.txt').fsPath, workspaceFile(to).fsPath);
	fs.rmSync(yamlFile(to).fsPath, { force: true });
}

async function hoverAt(doc: vscode.TextDocument, position: vscode.Position): Promise<string> {
	return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position) ?? []);
}

describe('server crash (the client restarts the server and the views recover)', () => {
	let api: RestartApi;
	let edited: vscode.TextDocument;
	let tagged: vscode.TextDocument;

	const serverPid = async () => (await api.client.sendRequest<ServerInfo>('diplomaticAnnotator/serverInfo', undefined)).pid;
	const statementOf = (result: PositionsResult | null | undefined, speaker: string) => result?.statements.find(s => s.speaker.includes(speaker));
	const positionsOf = (doc: vscode.TextDocument) => api.client.sendRequest<PositionsResult | null>('diplomaticAnnotator/positions', { textDocument: { uri: doc.uri.toString() } });
	const tag = (doc: vscode.TextDocument, statement: PositionStatement, note: string) => vscode.commands.executeCommand<{ id: string } | undefined>(
		'diplomaticAnnotator.tagStatement', { uri: doc.uri.toString(), range: statement.range, themes: ['sanctions'], stance: 'supports', note });
	const haldaneLabel = (doc: vscode.TextDocument) => {
		const [line] = linesStartingWith(doc, 'Mr. Haldane (United Kingdom):');
		assert.ok(line !== undefined, 'the sample has Haldane\'s label');
		return new vscode.Position(line, 6);
	};

	before(async () => {
		api = await activateExtension() as RestartApi;
		copySample(TAGGED);
		copySample(EDITED);
		tagged = await openMeetingText(TAGGED);
		edited = await openMeetingText(EDITED);
		await waitFor(() => api.positions.current?.uri.toString() === edited.uri.toString() && statementOf(api.positions.positions, 'Haldane'),
			[api.positions.onDidChangeTreeData], `the positions view to show ${EDITED}`);
	});

	after(async () => {
		// Drop the edit made while the server was down, so that no dirty editor outlives the test.
		if (edited?.isDirty) {
			await vscode.window.showTextDocument(edited);
			await vscode.commands.executeCommand('workbench.action.files.revert');
		}
	});

	it('restarts a killed server; positions, Outline, hover, tags and detection work again, and the new server knows the tags', async function () {
		// Several waits of up to 30 s each (the default of waitFor), so that a failure names what did not come back.
		this.timeout(120_000);
		// A tag before the crash, which the old server shows in its hover.
		const haldane = statementOf(await positionsOf(tagged), 'Haldane');
		assert.ok(haldane, 'Haldane has a statement');
		const firstTag = await tag(tagged, haldane, 'tagged before the crash');
		assert.ok(firstTag, 'the tag command returns the annotation');
		await waitFor(() => yamlNotes(TAGGED).includes('tagged before the crash'), [api.store.onDidChange], 'the YAML with the first tag');
		await waitFor(async () => (await hoverAt(tagged, haldaneLabel(tagged))).includes('tagged before the crash'),
			[api.store.onDidChange], 'the hover of the old server to show the first tag', 30_000, 200);

		const killed = await serverPid();
		assert.ok(killed > 0 && killed !== process.pid, `the server runs in a process of its own: ${killed}`);
		// Registered before waitFor's listener, so that it has seen the client stop when waitFor looks.
		let wentDown = false;
		const down = api.client.onDidChangeState(s => { if (s.newState !== RUNNING) wentDown = true; });
		try {
			const back = waitFor(() => wentDown && api.client.state === RUNNING, [api.client.onDidChangeState], 'the client to run again');
			process.kill(killed, 'SIGKILL');
			// An edit the dead server cannot have seen: positions of this version come from the new one.
			const editor = await vscode.window.showTextDocument(edited);
			assert.ok(await editor.edit(b => b.insert(edited.lineAt(edited.lineCount - 1).range.end, '\n')), 'the edit applies');
			await back;
		} finally {
			down.dispose();
		}
		const restarted = await serverPid();
		assert.notStrictEqual(restarted, killed, 'a new server process answers');

		const recovered = await waitFor(() => {
			const result = api.positions.positions;
			return result?.uri === edited.uri.toString() && result.version === edited.version && statementOf(result, 'Haldane') && result;
		}, [api.positions.onDidChangeTreeData], 'the positions view to show the version edited while the server was down');
		assert.ok(recovered.statements.length > 0);

		const symbols = flattenSymbols(await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', edited.uri) ?? []);
		assert.ok(symbols.some(s => s.name.includes('Haldane')), `the Outline names Haldane: ${symbols.map(s => s.name).slice(0, 10).join(' | ')}`);
		assert.match(await hoverAt(edited, haldaneLabel(edited)), /United Kingdom/);
		// The untouched text: only the client's push after the restart tells the new server of its tag.
		const hover = await hoverAt(tagged, haldaneLabel(tagged));
		assert.ok(hover.includes('tagged before the crash'), `the new server's hover shows the tag made before the crash: ${hover}`);
		assert.ok(statementOf(await positionsOf(tagged), 'Haldane')?.annotationIds.includes(firstTag.id), 'the new server lists the tag in the positions');

		// Tagging still writes the YAML, and the new server hears of the new tag.
		const other = recovered.statements.find(s => s.affiliation && !s.speaker.includes('Haldane'));
		assert.ok(other, 'another delegate speaks');
		const secondTag = await tag(edited, other, 'tagged after the restart');
		assert.ok(secondTag, 'the tag command returns the annotation');
		await waitFor(() => yamlNotes(EDITED).includes('tagged after the restart'), [api.store.onDidChange], 'the YAML with the second tag');
		assert.deepStrictEqual(yamlNotes(TAGGED), ['tagged before the crash'], 'the first text\'s YAML is as it was');
		await waitFor(async () => (await positionsOf(edited))?.statements.find(s => s.index === other.index)?.annotationIds.includes(secondTag.id),
			[api.store.onDidChange], 'the new server to list the tag made after the restart', 30_000, 200);

		// A text opened after the restart is still recognised (the client's open listener now runs
		// after the extension's, so the first summary request overtakes the didOpen).
		copySample(OPENED_AFTER);
		const opened = await openMeetingText(OPENED_AFTER);
		await waitFor(() => api.positions.current?.uri.toString() === opened.uri.toString() && statementOf(api.positions.positions, 'Haldane'),
			[api.positions.onDidChangeTreeData], `the positions view to show ${OPENED_AFTER}`);
	});
});
