/**
 * One document version with its analysis and the indexes every feature shares, each built lazily
 * once: the line index, the speaker directory, the sorted token list (also the entity index for
 * hover and navigation) and the user annotations per statement.
 */
import { LineIndex } from '../core/lines';
import { Analysis } from '../core/model';
import { AnnotationsForDocument } from '../protocol';
import { Annotation, annotationsByStatement } from './annotations';
import { SpeakerDirectory } from './speakers';
import { computeTokens, TokenPiece } from './tokenList';

export class AnalyzedDocument {
	private lineIndex?: LineIndex;
	private directory?: SpeakerDirectory;
	private tokenCache?: { revision: number; tokens: TokenPiece[] };
	private annotationCache?: { revision: number; byStatement: Map<number, Annotation[]> };

	constructor(
		readonly uri: string,
		readonly version: number,
		readonly text: string,
		readonly analysis: Analysis,
	) {}

	get lines(): LineIndex {
		return this.lineIndex ??= new LineIndex(this.text);
	}

	get speakers(): SpeakerDirectory {
		return this.directory ??= new SpeakerDirectory(this.analysis);
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
		if (this.tokenCache?.revision !== revision) {
			const annotated = new Set(this.annotations(data, revision).keys());
			this.tokenCache = { revision, tokens: computeTokens(this.analysis, this.lines, annotated) };
		}
		return this.tokenCache.tokens;
	}
}
