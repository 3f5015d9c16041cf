/**
 * One document version with its analysis and the indexes every feature shares, each built lazily
 * once: the line index, the speaker directory, the sorted token list (also the entity index for
 * hover and navigation) with its protocol encoding, and the user annotations per statement.
 *
 * A version derived from the previous one by an incremental re-analysis (core/incremental.ts)
 * also derives its line index and tokens from it: only the re-analysed statement's tokens are
 * computed, the rest moved.
 */
import { LineIndex } from '../core/lines';
import { Analysis } from '../core/model';
import { AnnotationsForDocument } from '../protocol';
import { Annotation, annotationsByStatement } from './annotations';
import { SpeakerDirectory } from './speakers';
import { computeTokens, TokenPiece } from './tokenList';
import { encodeSplice, encodeTokens, spliceTokens, TokenSplice } from './tokenSplice';

/** How a version was derived from the previous one: the re-analysed statement (-1: same text). */
export interface Derivation {
	readonly previous: AnalyzedDocument;
	readonly lines: LineIndex;
	readonly statement: number;
}

interface TokenCache {
	readonly revision: number;
	readonly annotated: ReadonlySet<number>;
	readonly tokens: TokenPiece[];
	encoded?: Int32Array;
	/** How the list was made from the previous version's, to patch its encoding too (until encoded). */
	splice?: { readonly splice: TokenSplice; readonly previous: TokenCache };
}

export class AnalyzedDocument {
	private lineIndex?: LineIndex;
	private directory?: SpeakerDirectory;
	private tokenCache?: TokenCache;
	private annotationCache?: { revision: number; byStatement: Map<number, Annotation[]> };

	constructor(
		readonly uri: string,
		readonly version: number,
		readonly text: string,
		readonly analysis: Analysis,
		private derivation?: Derivation,
	) {
		this.derived = derivation !== undefined;
		this.lineIndex = derivation?.lines;
	}

	/** Whether this version was derived from the previous one rather than analysed from scratch. */
	readonly derived: boolean;

	get lines(): LineIndex {
		return this.lineIndex ??= new LineIndex(this.text);
	}

	get speakers(): SpeakerDirectory {
		return this.directory ??= new SpeakerDirectory(this.analysis);
	}


	/** Drops the link to the previous version, so that versions never pile up in memory. */
	release(): void {
		this.derivation = undefined;
	}

	/** User annotations per statement index, for the given annotations revision. */
	annotations(data: AnnotationsForDocument | undefined, revision: number): Map<number, Annotation[]> {
		if (this.annotationCache?.revision !== revision) {
			this.annotationCache = { revision, byStatement: annotationsByStatement(this.analysis, this.lines, data) };
		}
		return this.annotationCache.byStatement;
	}

	/** The sorted token list, recomputed only when the annotations revision changes. */
	tokens(data: AnnotationsForDocument | undefined, revision: number): TokenPiece[] {
		return this.tokenState(data, revision).tokens;
	}

	/** The token list in the protocol's relative encoding. */
	encodedTokens(data: AnnotationsForDocument | undefined, revision: number): Int32Array {
		const state = this.tokenState(data, revision);
		if (!state.encoded) {
			const from = state.splice;
			state.encoded = from?.previous.encoded ? encodeSplice(from.previous.encoded, from.splice) : encodeTokens(state.tokens);
			state.splice = undefined;
		}
		return state.encoded;
	}

	private tokenState(data: AnnotationsForDocument | undefined, revision: number): TokenCache {
		if (this.tokenCache?.revision === revision) return this.tokenCache;
		const annotated = new Set(this.annotations(data, revision).keys());
		this.tokenCache = this.derivedTokens(revision, annotated) ?? { revision, annotated, tokens: computeTokens(this.analysis, this.lines, annotated) };
		this.release();
		return this.tokenCache;
	}

	/** The tokens derived from the previous version's, when it has them for the same annotations. */
	private derivedTokens(revision: number, annotated: ReadonlySet<number>): TokenCache | undefined {
		const derivation = this.derivation;
		const base = derivation?.previous.tokenCache;
		if (!derivation || !base || base.revision !== revision || !sameSet(base.annotated, annotated)) return undefined;
		if (derivation.statement < 0) return { revision, annotated, tokens: base.tokens, encoded: base.encoded };
		const previous = derivation.previous;
		const splice = spliceTokens({ analysis: previous.analysis, lines: previous.lines, tokens: base.tokens }, this.analysis, this.lines, annotated, derivation.statement);
		if (!splice) return undefined;
		// Only a previous encoding is worth keeping a link for: without one, this one is encoded whole.
		return { revision, annotated, tokens: splice.tokens, splice: base.encoded ? { splice, previous: base } : undefined };
	}
}

function sameSet(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
	if (a.size !== b.size) return false;
	for (const x of a) if (!b.has(x)) return false;
	return true;
}
