/**
 * What every handler needs, injected in one object: the connection (for logging), the analysed
 * documents, the user annotations and the settings.
 */
import { CancellationToken, Connection, ErrorCodes, LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { AnnotationsForDocument } from '../protocol';
import { AnalyzedDocument } from './analyzedDocument';
import { AnnotationStore } from './annotations';
import { DocumentAnalysisCache } from './documentCache';
import { TokenResults } from './tokenDelta';
import { SettingsStore } from './settings';
import { WorkspaceIndex } from './workspaceIndex';

export interface ServerContext {
	readonly connection: Connection;
	readonly documents: DocumentAnalysisCache;
	readonly annotations: AnnotationStore;
	readonly settings: SettingsStore;
	readonly workspace: WorkspaceIndex;
	readonly tokenResults: TokenResults;
}

/** An analysed document together with its current user annotations. */
export interface DocumentView {
	readonly doc: AnalyzedDocument;
	readonly annotations: AnnotationsForDocument | undefined;
	readonly revision: number;
}

/** The analysed document and its annotations; undefined when the document is not open. */
export function documentView(ctx: ServerContext, uri: string): DocumentView | undefined {
	const doc = ctx.documents.get(uri);
	if (!doc) return undefined;
	return { doc, annotations: ctx.annotations.get(uri), revision: ctx.annotations.revision(uri) };
}

/**
 * Wraps a request handler so that no exception escapes: a cancelled request answers with
 * RequestCancelled, any other failure is logged and answered with an InternalError.
 */
export function guard<P, R>(ctx: ServerContext, name: string, handler: (params: P, token: CancellationToken) => R | Promise<R>) {
	return async (params: P, token: CancellationToken): Promise<R | ResponseError<void>> => {
		try {
			if (token.isCancellationRequested) return cancelled();
			const result = await handler(params, token);
			return token.isCancellationRequested ? cancelled() : result;
		} catch (error) {
			ctx.connection.console.error(`${name} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
			return new ResponseError(ErrorCodes.InternalError, `${name} failed: ${error instanceof Error ? error.message : String(error)}`);
		}
	};
}

function cancelled(): ResponseError<void> {
	return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}
