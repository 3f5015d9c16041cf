/**
 * The edit that turns one encoded token array into another: a common prefix and suffix are kept,
 * the middle replaced. One edit is what an edit in one place of the text produces, and the client
 * applies it in one splice. The last result sent per document is remembered as the base of the
 * next delta.
 */
import { SemanticTokensEdit } from 'vscode-languageserver/node';

/** Edits from `before` to `after`; empty when they are equal. */
export function tokenEdits(before: ArrayLike<number>, after: ArrayLike<number>): SemanticTokensEdit[] {
	const max = Math.min(before.length, after.length);
	let prefix = 0;
	while (prefix < max && before[prefix] === after[prefix]) prefix++;
	if (prefix === before.length && prefix === after.length) return [];
	let suffix = 0;
	while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
	return [{ start: prefix, deleteCount: before.length - prefix - suffix, data: Array.prototype.slice.call(after, prefix, after.length - suffix) }];
}

/** The last full result sent per open document, the base of the next delta. */
export class TokenResults {
	private readonly last = new Map<string, { resultId: string; data: Int32Array }>();
	private counter = 0;

	/** Remembers a full result and returns its new resultId. */
	remember(uri: string, data: Int32Array): string {
		const resultId = String(++this.counter);
		this.last.set(uri, { resultId, data });
		return resultId;
	}

	/** The data of the result `resultId` if it is the last one sent for `uri`. */
	previous(uri: string, resultId: string): Int32Array | undefined {
		const last = this.last.get(uri);
		return last?.resultId === resultId ? last.data : undefined;
	}

	/** Forgets a closed document's last result. */
	forget(uri: string): void {
		this.last.delete(uri);
	}
}
