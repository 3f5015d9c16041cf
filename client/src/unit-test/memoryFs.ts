/** An in-memory StoreFs for fast property tests of the store (no disk, same contract). */
import { StoreFs } from '../annotations/fs';

export function memoryFs(files = new Map<string, string>()): StoreFs & { files: Map<string, string> } {
	return {
		files,
		async stat(path) {
			const text = files.get(path);
			return text === undefined ? null : { size: Buffer.byteLength(text), isFile: true, isDirectory: false };
		},
		async readFile(path) {
			const text = files.get(path);
			if (text === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
			return text;
		},
		async writeNewFile(path, data) {
			if (files.has(path)) throw new Error(`EEXIST: ${path}`);
			files.set(path, data);
		},
		async rename(from, to) {
			const text = files.get(from);
			if (text === undefined) throw new Error(`ENOENT: ${from}`);
			files.delete(from);
			files.set(to, text);
		},
		async unlink(path) {
			files.delete(path);
		},
	};
}
