/**
 * Shared helpers of the integration suite: activation, opening samples, finding positions in
 * their text, decoding semantic tokens, and waiting on VS Code events with a deadline (never a
 * fixed sleep).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { Annotation } from '../annotations/model';

/** publisher.name from package.json. */
export const EXTENSION_ID = 'diplomatic-annotator.diplomatic-annotator';
export const LANGUAGE_ID = 'un-meeting';

/** The parts of the extension's API (what activate() returns) these tests use. */
export interface AnnotatorApi {
	/** Resolves once the language client is running and the views are registered. */
	ready: Promise<unknown>;
	client: { sendRequest<R>(method: string, params: unknown): Promise<R> };
	/** The positions view's data provider. */
	positions: {
		readonly current: vscode.TextDocument | undefined;
		readonly onDidChangeTreeData: vscode.Event<unknown>;
		getChildren(node?: unknown): { kind: string }[];
	};
	store: {
		readonly onDidChange: vscode.Event<vscode.Uri>;
		get(uri: vscode.Uri): { attached: { annotation: Annotation; resolution: { status: string } }[] } | undefined;
	};
}

/** Activates the extension and waits for its readiness promise. */
export async function activateExtension(): Promise<AnnotatorApi> {
	const extension = vscode.extensions.getExtension<AnnotatorApi>(EXTENSION_ID);
	assert.ok(extension, `${EXTENSION_ID} is installed in the extension host`);
	const api = await extension.activate();
	assert.ok(api && typeof api.ready?.then === 'function', 'activate() returns an API with a ready promise');
	await api.ready;
	return api;
}

/** The URI of a file in the (copied) samples workspace. */
export function workspaceFile(name: string): vscode.Uri {
	const folder = vscode.workspace.workspaceFolders?.[0];
	assert.ok(folder, 'the samples workspace is open');
	return vscode.Uri.joinPath(folder.uri, name);
}

/**
 * Resolves with the first truthy value of `probe`, evaluated now, after each of `events` and,
 * when `pollMs` is given, every `pollMs` (for state no event announces, such as the server's
 * view of pushed data); rejects with `what` once `timeoutMs` passes without one.
 */
export function waitFor<T>(probe: () => T | undefined | null | false | Promise<T | undefined | null | false>,
	events: vscode.Event<unknown>[], what: string, timeoutMs = 30_000, pollMs?: number): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		const subscriptions: vscode.Disposable[] = [];
		let settled = false;
		const finish = (error: Error | null, value?: T) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			if (poll) clearInterval(poll);
			subscriptions.forEach(s => s.dispose());
			if (error) reject(error); else resolve(value as T);
		};
		const check = async () => {
			try {
				const value = await probe();
				if (value) finish(null, value);
			} catch (error) {
				finish(error instanceof Error ? error : new Error(String(error)));
			}
		};
		const timer = setTimeout(() => finish(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
		const poll = pollMs ? setInterval(() => void check(), pollMs) : undefined;
		for (const event of events) subscriptions.push(event(() => void check()));
		void check();
	});
}

/** Opens a workspace file in an editor and waits until the extension gave it its language. */
export async function openMeetingText(name: string): Promise<vscode.TextDocument> {
	const uri = workspaceFile(name);
	await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
	return waitFor(() => vscode.workspace.textDocuments.find(d => d.uri.toString() === uri.toString() && d.languageId === LANGUAGE_ID),
		[vscode.workspace.onDidOpenTextDocument, vscode.window.onDidChangeActiveTextEditor], `${name} in the ${LANGUAGE_ID} language`);
}

/** Position of the `occurrence`-th (0-based) appearance of `needle` in the document, plus `shift` characters. */
export function positionOf(doc: vscode.TextDocument, needle: string, occurrence = 0, shift = 0): vscode.Position {
	const text = doc.getText();
	let offset = -1;
	for (let i = 0; i <= occurrence; i++) {
		offset = text.indexOf(needle, offset + 1);
		assert.ok(offset >= 0, `${JSON.stringify(needle)} occurs ${occurrence + 1} time(s) in ${doc.uri.path}`);
	}
	return doc.positionAt(offset + shift);
}

/** 0-based line numbers of the lines that start with `prefix`. */
export function linesStartingWith(doc: vscode.TextDocument, prefix: string): number[] {
	const lines: number[] = [];
	for (let line = 0; line < doc.lineCount; line++) if (doc.lineAt(line).text.startsWith(prefix)) lines.push(line);
	return lines;
}

export interface DecodedToken {
	line: number;
	start: number;
	length: number;
	type: string;
	modifiers: string[];
	text: string;
}

/** Decodes LSP-style relative semantic token data with its legend. */
export function decodeTokens(doc: vscode.TextDocument, tokens: vscode.SemanticTokens, legend: vscode.SemanticTokensLegend): DecodedToken[] {
	const out: DecodedToken[] = [];
	let line = 0;
	let start = 0;
	for (let i = 0; i + 4 < tokens.data.length; i += 5) {
		const [deltaLine, deltaStart, length, type, bits] = tokens.data.slice(i, i + 5);
		line += deltaLine;
		start = deltaLine === 0 ? start + deltaStart : deltaStart;
		const modifiers = legend.tokenModifiers.filter((_, bit) => (bits & (1 << bit)) !== 0);
		const text = doc.lineAt(line).text.slice(start, start + length);
		out.push({ line, start, length, type: legend.tokenTypes[type], modifiers, text });
	}
	return out;
}

/** The document's semantic tokens through VS Code's own command, decoded. */
export async function semanticTokens(doc: vscode.TextDocument): Promise<DecodedToken[]> {
	const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
	const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
	assert.ok(legend && tokens, 'a semantic token provider answers for the document');
	return decodeTokens(doc, tokens, legend);
}

/** Plain text of hover contents (markdown or marked strings). */
export function hoverText(hovers: vscode.Hover[]): string {
	return hovers.flatMap(h => h.contents).map(c => (typeof c === 'string' ? c : c.value)).join('\n');
}

/** Every document symbol, depth first, in document order. */
export function flattenSymbols(symbols: vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
	return symbols.flatMap(s => [s, ...flattenSymbols(s.children ?? [])]);
}
