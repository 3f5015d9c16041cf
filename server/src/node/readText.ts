/**
 * Reads a file users gave us as text, whatever its encoding, or says clearly why it cannot.
 * UTF-8 (with or without BOM) and UTF-16 with a BOM are decoded as such; other bytes that are not
 * valid UTF-8 are read as Windows-1252, the usual encoding of older office files.
 */
import { readFileSync, statSync } from 'node:fs';

/** A file that cannot be read as a meeting text; `message` is one line for the user. */
export class UnreadableFileError extends Error {
	constructor(readonly file: string, message: string) {
		super(`${file}: ${message}`);
		this.name = 'UnreadableFileError';
	}
}

export const MAX_TEXT_BYTES = 256 * 1024 * 1024;

export interface TextFile {
	readonly text: string;
	readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/** Reads and decodes `file`; throws UnreadableFileError for directories, missing or binary files. */
export function readTextFile(file: string, maxBytes = MAX_TEXT_BYTES): TextFile {
	let size: number;
	try {
		const st = statSync(file);
		if (st.isDirectory()) throw new UnreadableFileError(file, 'is a directory, not a text file');
		// A device or a pipe (/dev/zero, a FIFO) may never end: only regular files are read.
		if (!st.isFile()) throw new UnreadableFileError(file, 'is not a regular file');
		size = st.size;
	} catch (e) {
		if (e instanceof UnreadableFileError) throw e;
		const code = (e as NodeJS.ErrnoException).code;
		throw new UnreadableFileError(file, code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : `cannot be read (${code ?? String(e)})`);
	}
	if (size > maxBytes) throw new UnreadableFileError(file, `is ${(size / 1048576).toFixed(0)} MB, more than the ${(maxBytes / 1048576).toFixed(0)} MB limit`);
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		throw new UnreadableFileError(file, `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})`);
	}
	return decodeText(file, bytes);
}

/** Decodes bytes as text (see module comment); throws UnreadableFileError for binary data. */
export function decodeText(file: string, bytes: Uint8Array): TextFile {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
	if (looksBinary(bytes)) throw new UnreadableFileError(file, 'looks like binary data, not text');
	try {
		return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes), encoding: 'utf-8' };
	} catch {
		return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
	}
}

/** NUL bytes or many control characters in the first 64 kB mean binary data. */
function looksBinary(bytes: Uint8Array): boolean {
	const n = Math.min(bytes.length, 65536);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i];
		if (b === 0) return true;
		if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
	}
	return n > 0 && control / n > 0.05;
}
