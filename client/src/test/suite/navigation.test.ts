import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, linesStartingWith, openMeetingText, positionOf } from '../helpers';

type Target = vscode.Location | vscode.LocationLink;
const lineOf = (t: Target) => ('targetRange' in t ? t.targetRange : t.range).start.line;
const rangeOf = (t: Target) => ('targetRange' in t ? t.targetRange : t.range);

describe('navigation', () => {
	let doc: vscode.TextDocument;

	before(async () => {
		await activateExtension();
		doc = await openMeetingText('s-pv-9901.txt');
	});

	it('finds every statement of a speaker as references', async () => {
		const labels = linesStartingWith(doc, 'Mr. Arkhipov (');
		assert.strictEqual(labels.length, 2, 'the sample has two Arkhipov statements');
		const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, new vscode.Position(labels[0], 6));
		for (const line of labels) assert.ok(refs.some(r => r.range.start.line === line), `a reference on line ${line + 1}`);
	});

	it('goes from a mention of a briefer to her statement', async () => {
		const [statement] = linesStartingWith(doc, 'Ms. Tembo-Haugland:');
		const [haldane] = linesStartingWith(doc, 'Mr. Haldane (');
		const mention = positionOf(doc, 'Tembo-Haugland for their briefings', 0, 3);
		assert.strictEqual(mention.line, haldane, 'Haldane thanks her in his statement');
		const targets = await vscode.commands.executeCommand<Target[]>('vscode.executeDefinitionProvider', doc.uri, mention);
		assert.ok(targets.some(t => lineOf(t) === statement || rangeOf(t).contains(new vscode.Position(statement, 0))),
			`a definition at line ${statement + 1}: ${JSON.stringify(targets.map(lineOf))}`);
	});

	it('folds each statement', async () => {
		const [haldane] = linesStartingWith(doc, 'Mr. Haldane (');
		const ranges = await vscode.commands.executeCommand<vscode.FoldingRange[]>('vscode.executeFoldingRangeProvider', doc.uri);
		const fold = ranges.find(r => r.start === haldane);
		assert.ok(fold, `a folding range starts at line ${haldane + 1}`);
		// His statement has paragraphs down to the one naming the Panel of Experts and beyond.
		assert.ok(fold.end >= positionOf(doc, 'Panel of Experts').line, `the fold covers his paragraphs (ends ${fold.end + 1})`);
	});
});
