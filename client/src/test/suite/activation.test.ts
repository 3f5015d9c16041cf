import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import { activateExtension, LANGUAGE_ID, openMeetingText, workspaceFile } from '../helpers';

describe('opening a meeting text', () => {
	before(async () => { await activateExtension(); });

	it('switches a verbatim record and a press release to the meeting language, and leaves other text alone', async () => {
		// A shopping list written now, opened first: by the time the samples have been switched, its
		// detection has run too (documents are handled in the order they open).
		const plain = workspaceFile('shopping-list.txt');
		fs.writeFileSync(plain.fsPath, 'Milk, eggs and bread.\nCall the plumber on Tuesday.\n');
		const plainDoc = await vscode.workspace.openTextDocument(plain);
		await vscode.window.showTextDocument(plainDoc);

		const record = await openMeetingText('s-pv-9901.txt');
		const release = await openMeetingText('press-release-9901.txt');
		assert.strictEqual(record.languageId, LANGUAGE_ID);
		assert.strictEqual(release.languageId, LANGUAGE_ID);
		assert.strictEqual(vscode.workspace.textDocuments.find(d => d.uri.fsPath === plain.fsPath)?.languageId, 'plaintext');
	});

	it('registers every command that package.json contributes', async () => {
		const manifest = vscode.extensions.getExtension('diplomatic-annotator.diplomatic-annotator')!.packageJSON as {
			contributes: { commands: { command: string }[] };
		};
		const registered = new Set(await vscode.commands.getCommands(true));
		const missing = manifest.contributes.commands.map(c => c.command).filter(id => !registered.has(id));
		assert.deepStrictEqual(missing, []);
	});
});
