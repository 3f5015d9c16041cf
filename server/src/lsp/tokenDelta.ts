/**
 * The edit that turns one encoded token array into another: a common prefix and suffix are kept,
 * the middle replaced. One edit is what an edit in one place of the text produces, and the client
 * applies it in one splice.
 */
import { SemanticTokensEdit } from 'vscode-languageserver/node';

/** Edits from `before` to `after`; empty when they are equal. */
export function tokenEdits(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
	const max = Math.min(before.length, after.length);
	let prefix = 0;
	while (prefix < max && before[prefix] === after[prefix]) prefix++;
	if (prefix === before.length && prefix === after.length) return [];
	let suffix = 0;
	while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
	return [{ start: prefix, deleteCount: before.length - prefix - suffix, data: after.slice(prefix, after.length - suffix) }];
}
