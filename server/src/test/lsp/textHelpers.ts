/**
 * Helpers for protocol tests: positions of strings in a text, decoding the semantic token array,
 * and reading the repository's samples and the shared corpus (absent files give undefined).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './serverProcess';

export interface Pos { line: number; character: number }

/** The 0-based position of the `nth` occurrence of `needle`; throws when absent so a test fails loudly. */
export function positionOf(text: string, needle: string | RegExp, nth = 0): Pos {
	const offset = offsetOf(text, needle, nth);
	const before = text.slice(0, offset);
	const line = before.split(/\r\n|\r|\n/).length - 1;
	const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
	return { line, character: offset - lineStart };
}

/** The offset of the `nth` occurrence of a string or (global-less) pattern. */
export function offsetOf(text: string, needle: string | RegExp, nth = 0): number {
	const re = typeof needle === 'string' ? new RegExp(needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(needle.source, needle.flags.includes('g') ? needle.flags : needle.flags + 'g');
	let m: RegExpExecArray | null = null;
	for (let i = 0; i <= nth; i++) {
		m = re.exec(text);
		if (!m) throw new Error(`"${needle}" occurs fewer than ${nth + 1} times`);
	}
	return m!.index;
}

/** Moves a position right by `n` characters on its line. */
export function shift(p: Pos, n: number): Pos {
	return { line: p.line, character: p.character + n };
}

export interface DecodedToken { line: number; character: number; length: number; type: string; modifiers: string[] }

/** Decodes the relative integer encoding of semantic tokens with a legend. */
export function decodeTokens(data: readonly number[], legend: { tokenTypes: string[]; tokenModifiers: string[] }): DecodedToken[] {
	const out: DecodedToken[] = [];
	let line = 0, character = 0;
	for (let i = 0; i + 4 < data.length; i += 5) {
		line += data[i];
		character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
		const mods = legend.tokenModifiers.filter((_, bit) => (data[i + 4] & (1 << bit)) !== 0);
		out.push({ line, character, length: data[i + 2], type: legend.tokenTypes[data[i + 3]], modifiers: mods });
	}
	return out;
}

export const SAMPLES = path.join(ROOT, 'samples');
export const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus');

/** The text of a file, or undefined when it does not exist. */
export function readIfPresent(file: string): string | undefined {
	try { return fs.readFileSync(file, 'utf8'); } catch { return undefined; }
}

export function fileUri(file: string): string {
	return pathToFileURL(file).href;
}

/** The lines of `text` (any line break). */
export function linesOf(text: string): string[] {
	return text.split(/\r\n|\r|\n/);
}
