/**
 * Semantic tokens: full, range (binary search into the sorted token list) and full/delta (the
 * edit between the client's previous result, remembered per document by resultId, and the new one).
 */
import {
	SemanticTokens, SemanticTokensDelta, SemanticTokensDeltaParams, SemanticTokensParams,
	SemanticTokensRangeParams,
} from 'vscode-languageserver/node';
import { documentView, ServerContext } from './context';
import { tokenEdits } from './tokenDelta';
import { firstTokenOnOrAfterLine, TokenPiece } from './tokenList';
import { encodeTokens } from './tokenSplice';

/** The document's tokens; empty when highlighting is off or the document is not open. */
async function currentTokens(ctx: ServerContext, uri: string): Promise<readonly TokenPiece[]> {
	if (!(await ctx.settings.get(uri)).semanticHighlighting.enabled) return [];
	const view = documentView(ctx, uri);
	return view ? view.doc.tokens(view.annotations, view.revision) : [];
}

/** The encoded tokens of a document, remembered as the base of the next delta under a new resultId. */
async function encoded(ctx: ServerContext, uri: string): Promise<{ resultId: string; data: Int32Array }> {
	let data: Int32Array = new Int32Array(0);
	if ((await ctx.settings.get(uri)).semanticHighlighting.enabled) {
		const view = documentView(ctx, uri);
		if (view) data = view.doc.encodedTokens(view.annotations, view.revision);
	}
	return { resultId: ctx.tokenResults.remember(uri, data), data };
}

// The protocol wants a plain array; one conversion per encoding is kept for repeated full requests.
const plainArrays = new WeakMap<Int32Array, number[]>();

function plain(data: Int32Array): number[] {
	let array = plainArrays.get(data);
	if (!array) plainArrays.set(data, array = Array.from(data));
	return array;
}

/** textDocument/semanticTokens/full. */
export async function fullTokens(ctx: ServerContext, params: SemanticTokensParams): Promise<SemanticTokens> {
	const { resultId, data } = await encoded(ctx, params.textDocument.uri);
	return { resultId, data: plain(data) };
}

/** textDocument/semanticTokens/full/delta: edits when the client's previous result is the one remembered. */
export async function deltaTokens(ctx: ServerContext, params: SemanticTokensDeltaParams): Promise<SemanticTokens | SemanticTokensDelta> {
	const before = ctx.tokenResults.previous(params.textDocument.uri, params.previousResultId);
	const now = await encoded(ctx, params.textDocument.uri);
	return before ? { resultId: now.resultId, edits: tokenEdits(before, now.data) } : { resultId: now.resultId, data: plain(now.data) };
}

/** textDocument/semanticTokens/range: only the tokens inside the requested range. */
export async function rangeTokens(ctx: ServerContext, params: SemanticTokensRangeParams): Promise<SemanticTokens> {
	const tokens = await currentTokens(ctx, params.textDocument.uri);
	const { start, end } = params.range;
	let from = firstTokenOnOrAfterLine(tokens, start.line);
	while (from < tokens.length && tokens[from].line === start.line && tokens[from].char + tokens[from].length <= start.character) from++;
	let to = from;
	while (to < tokens.length && (tokens[to].line < end.line || (tokens[to].line === end.line && tokens[to].char < end.character))) to++;
	return { data: Array.from(encodeTokens(tokens, from, to)) };
}
