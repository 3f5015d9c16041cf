/**
 * Custom requests and notifications between the client and the language server, in one module
 * imported by both sides (see STYLE.md: typed custom requests in one place). Plain JSON types only.
 */
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';

export interface LspRange {
	start: { line: number; character: number };
	end: { line: number; character: number };
}

export type StanceId = 'supports' | 'opposes' | 'concerned' | 'calls-for' | 'condemns' | 'welcomes';

/** One statement as the positions view shows it. */
export interface PositionStatement {
	index: number;
	range: LspRange;
	/** Where the speaker is named (the label), for revealing. */
	selectionRange: LspRange;
	speaker: string;
	affiliation: string | null;
	role: string | null;
	onBehalfOf: string[];
	themes: { id: string; label: string; stance: StanceId | null; user: boolean }[];
	vote: 'in-favour' | 'against' | 'abstaining' | null;
	keySentence: string;
	/** Ids of user annotations anchored in this statement. */
	annotationIds: string[];
}

export interface PositionsParams {
	textDocument: { uri: string };
	/** Optional filters: only these theme ids / stances. */
	themes?: string[];
	stances?: StanceId[];
}

export interface PositionsResult {
	uri: string;
	version: number;
	genre: 'meeting-coverage' | 'verbatim-record' | 'other';
	statements: PositionStatement[];
	/** Speaker key ("Name (Affiliation)") → statement indices, in order of first appearance. */
	bySpeaker: { key: string; speaker: string; affiliation: string | null; statements: number[] }[];
	/** Theme id → speakers with their stance. */
	byTheme: { id: string; label: string; user: boolean; entries: { speakerKey: string; statement: number; stance: StanceId | null }[] }[];
	/** Delegation group (regional group, negotiating group or bloc) → speaker keys. */
	byGroup: { group: string; speakerKeys: string[] }[];
}

export const PositionsRequest = new RequestType<PositionsParams, PositionsResult | null, void>('diplomaticAnnotator/positions');

/** Genre and counts for the status bar. */
export interface DocumentSummary {
	uri: string;
	genre: 'meeting-coverage' | 'verbatim-record' | 'other';
	statements: number;
	speakers: number;
	institutions: number;
	states: number;
}

export const SummaryRequest = new RequestType<{ textDocument: { uri: string } }, DocumentSummary | null, void>('diplomaticAnnotator/summary');

/** The statement at a position (for tagging commands). */
export interface StatementAtParams {
	textDocument: { uri: string };
	position: { line: number; character: number };
}

export const StatementAtRequest = new RequestType<StatementAtParams, PositionStatement | null, void>('diplomaticAnnotator/statementAt');

/**
 * User annotations the client holds for a document, pushed to the server so that tokens, hovers,
 * the Outline and the positions view can show them. The client owns the YAML; the server only reads.
 */
export interface AnnotationsForDocument {
	uri: string;
	annotations: {
		id: string;
		themes: string[];
		stance: StanceId | null;
		note: string | null;
		/** Resolved range of the anchor, or null for an orphan. */
		range: LspRange | null;
	}[];
	/** User theme vocabulary: id → label. */
	userThemes: { id: string; label: string }[];
}

export const AnnotationsNotification = new NotificationType<AnnotationsForDocument>('diplomaticAnnotator/annotations');

/** Sent by the server after it analysed a new document version (views refresh on it). */
export const AnalysisChangedNotification = new NotificationType<{ uri: string; version: number }>('diplomaticAnnotator/analysisChanged');

/**
 * The positions matrix of one or more texts (delegations × themes; see server/src/core/matrix.ts).
 * Open documents are taken as the editor holds them, other `file:` URIs are read from disk.
 */
export interface MatrixParams {
	uris: string[];
	/** User annotations of texts the server was sent none for (files not open), by URI. */
	annotations?: Record<string, { themes: string[]; stance: StanceId | null; range: LspRange | null }[]>;
	/** User theme vocabulary: id → label. */
	userThemes?: { id: string; label: string }[];
}

export interface MatrixResult {
	/** The model as plain JSON; its `file` fields are the URIs. */
	model: import('./core/matrix').MatrixModel;
	/** Texts left out, with a reason for the user ("not a UN meeting text", "no such file"). */
	skipped: { uri: string; reason: string }[];
}

export const MatrixRequest = new RequestType<MatrixParams, MatrixResult, void>('diplomaticAnnotator/matrix');

/** Facts about the running server process (a test kills it by `pid` to check that the client restarts it). */
export interface ServerInfo {
	pid: number;
	/** Document versions analysed so far: whole, or derived from the previous version after an edit. */
	analyses?: { whole: number; derived: number };
}

export const ServerInfoRequest = new RequestType0<ServerInfo, void>('diplomaticAnnotator/serverInfo');
