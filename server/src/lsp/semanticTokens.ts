/**
 * Semantic tokens: full, range (binary search into the sorted token list) and full/delta (the
 * edit between the client's previous result, remembered per document by resultId, and the new one).
 */
import {
	SemanticTokens, SemanticTokensBuilder, SemanticTokensDelta, SemanticTokensDeltaParams, SemanticTokensParams,
	SemanticTokensRangeParams,
} from 'vscode-languageserver/node';
import { documentView, ServerContext } from './context';
import { tokenEdits } from './tokenDelta';
import { firstTokenOnOrAfterLine, TokenPiece } from './tokenList';

/** Encodes tokens[from, to) (already sorted) relative to each other, as the protocol wants. */
export function encodeTokens(tokens: readonly TokenPiece[], from = 0, to = tokens.length): number[] {
	const builder = new SemanticTokensBuilder();
	for (let i = from; i < to; i++) {
		const t = tokens[i];
		builder.push(t.line, t.char, t.length, t.type, t.modifiers);
	}
	return builder.build().data;
}

/** The document's tokens; empty when highlighting is off or the document is not open. */
async function currentTokens(ctx: ServerContext, uri: string): Promise<readonly TokenPiece[]> {
	if (!(await ctx.settings.get(uri)).semanticHighlighting.enabled) return [];
	const view = documentView(ctx, uri);
	return view ? view.doc.tokens(view.annotations, view.revision) : [];
}

// A token list is immutable once computed, so its encoding can be reused until the list is replaced.
const encodings = new WeakMap<readonly TokenPiece[], number[]>();

/** textDocument/semanticTokens/full. */
export async function fullTokens(ctx: ServerContext, params: SemanticTokensParams): Promise<SemanticTokens> {
	const tokens = await currentTokens(ctx, params.textDocument.uri);
	let data = encodings.get(tokens);
	if (!data) encodings.set(tokens, data = encodeTokens(tokens));
	return { resultId: ctx.tokenResults.remember(params.textDocument.uri, data), data };
}

/** textDocument/semanticTokens/full/delta: edits when the client's previous result is the one remembered. */
export async function deltaTokens(ctx: ServerContext, params: SemanticTokensDeltaParams): Promise<SemanticTokens | SemanticTokensDelta> {
	const before = ctx.tokenResults.previous(params.textDocument.uri, params.previousResultId);
	const full = await fullTokens(ctx, { textDocument: params.textDocument });
	return before ? { resultId: full.resultId, edits: tokenEdits(before, full.data) } : full;
}

/** textDocument/semanticTokens/range: only the tokens inside the requested range. */
export async function rangeTokens(ctx: ServerContext, params: SemanticTokensRangeParams): Promise<SemanticTokens> {
	const tokens = await currentTokens(ctx, params.textDocument.uri);
	const { start, end } = params.range;
	let from = firstTokenOnOrAfterLine(tokens, start.line);
	while (from < tokens.length && tokens[from].line === start.line && tokens[from].char + tokens[from].length <= start.character) from++;
	let to = from;
	while (to < tokens.length && (tokens[to].line < end.line || (tokens[to].line === end.line && tokens[to].char < end.character))) to++;
	return { data: encodeTokens(tokens, from, to) };
}
