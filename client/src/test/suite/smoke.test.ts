import * as assert from 'assert';
import * as vscode from 'vscode';

describe('smoke', () => {
	it('runs inside VS Code with the samples workspace open', () => {
		assert.ok(vscode.version.length > 0);
		assert.ok(vscode.workspace.workspaceFolders?.length, 'a workspace folder is open');
	});
});
