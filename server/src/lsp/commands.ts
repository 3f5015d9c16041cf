/**
 * Command links that hovers embed: `command:` URIs the client's `diplomaticAnnotator.revealStatement`
 * command accepts, with one argument `{ uri, line, character, index }` (0-based line and character
 * of the speaker label, statement index in the document). The client must mark hover markdown trusted.
 */
import { Range } from 'vscode-languageserver/node';

export const REVEAL_STATEMENT_COMMAND = 'diplomaticAnnotator.revealStatement';

export interface RevealStatementArgs {
	uri: string;
	index: number;
	line: number;
	character: number;
}

/** A markdown link that reveals one statement. */
export function revealLink(label: string, uri: string, index: number, at: Range): string {
	const args: RevealStatementArgs = { uri, index, line: at.start.line, character: at.start.character };
	return `[${escapeMarkdown(label)}](command:${REVEAL_STATEMENT_COMMAND}?${encodeURIComponent(JSON.stringify([args]))})`;
}

/** Escapes the characters that markdown would read as emphasis, code, links or HTML in running text. */
export function escapeMarkdown(text: string): string {
	return text.replace(/[\\`*_[\]<>]/g, c => '\\' + c);
}
