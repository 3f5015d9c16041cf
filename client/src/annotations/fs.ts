/**
 * The file operations the annotation store needs, injected so that tests can fake faults and
 * races, plus the Node implementation the extension and the CLI use.
 */
import { promises as fsp } from 'node:fs';

export interface FileInfo {
	size: number;
	isFile: boolean;
	isDirectory: boolean;
}

export interface StoreFs {
	/** The file's info, or null when nothing exists at `path`. */
	stat(path: string): Promise<FileInfo | null>;
	readFile(path: string): Promise<string>;
	/** Writes a new file; fails if it exists (temporary files are never shared). */
	writeNewFile(path: string, data: string): Promise<void>;
	/** Atomically replaces `to` with `from` (same directory). */
	rename(from: string, to: string): Promise<void>;
	unlink(path: string): Promise<void>;
}

/** The Node implementation of StoreFs. */
export const nodeStoreFs: StoreFs = {
	async stat(path) {
		try {
			const s = await fsp.stat(path);
			return { size: s.size, isFile: s.isFile(), isDirectory: s.isDirectory() };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
			throw error;
		}
	},
	readFile: path => fsp.readFile(path, 'utf8'),
	async writeNewFile(path, data) {
		const handle = await fsp.open(path, 'wx');
		try {
			await handle.writeFile(data, 'utf8');
			// Flushed before the rename so that a crash never leaves a renamed but empty file.
			await handle.sync();
		} finally {
			await handle.close();
		}
	},
	rename: (from, to) => fsp.rename(from, to),
	unlink: path => fsp.unlink(path),
};
