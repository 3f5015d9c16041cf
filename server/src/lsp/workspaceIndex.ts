/**
 * The background index of every *.txt and *.md meeting text in the workspace folders: files are
 * read with fs here (the engine never touches the disk), analysed one at a time with a yield to the
 * event loop between files, and only their symbols are kept. Texts that are not UN meeting texts
 * and files over the size limit are skipped. Open documents are answered from their live analysis.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Connection, SymbolInformation, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { LineIndex } from '../core/lines';
import { Analysis } from '../core/model';
import { symbolsOf } from './workspaceSymbols';

export interface WorkspaceIndexOptions {
	readonly analyze: (text: string) => Analysis;
	/** Whether to report work-done progress (the client supports it). */
	readonly progress: () => boolean;
	/** Above this many files the index reports progress. */
	readonly progressThreshold: number;
	/** Open documents are answered from their live analysis, so the index need not read them. */
	readonly isOpen: (uri: string) => boolean;
}

const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist', 'build']);
const TEXT_FILE = /\.(txt|md)$/i;

export class WorkspaceIndex {
	private readonly byUri = new Map<string, SymbolInformation[]>();
	private folders: string[] = [];
	private generation = 0;
	private current: Promise<void> = Promise.resolve();

	constructor(private readonly connection: Connection, private readonly options: WorkspaceIndexOptions) {}

	/** Resolves when the latest (re)indexing has finished. */
	get ready(): Promise<void> {
		return this.current;
	}

	/** The indexed symbols of every file. */
	*symbols(): Iterable<SymbolInformation> {
		for (const list of this.byUri.values()) yield* list;
	}

	/** Whether a file uri has entries (for tests and logging). */
	has(uri: string): boolean {
		return this.byUri.has(uri);
	}

	/**
	 * Sets the workspace folders (file URIs) and reindexes them with the settings once they resolve;
	 * `ready` covers the new run at once, and earlier runs stop at their next file.
	 */
	reindex(folderUris: readonly string[], settings: Promise<{ enabled: boolean; maxFileSizeMB: number }>): Promise<void> {
		this.folders = folderUris.filter(u => u.startsWith('file:')).map(u => fileURLToPath(u));
		const generation = ++this.generation;
		this.current = settings.then(s => {
			if (generation !== this.generation) return;
			this.byUri.clear();
			return s.enabled ? this.run(generation, s.maxFileSizeMB * 1024 * 1024) : undefined;
		});
		return this.current;
	}

	/** Re-reads one changed, created or closed file (no-op when the file is outside the folders). */
	async update(uri: string, maxFileSizeMB: number): Promise<void> {
		if (!uri.startsWith('file:') || !TEXT_FILE.test(uri)) return;
		const file = fileURLToPath(uri);
		if (!this.folders.some(f => file.startsWith(f + path.sep))) return;
		await this.indexFile(file, maxFileSizeMB * 1024 * 1024);
	}

	/** Drops a deleted file. */
	remove(uri: string): void {
		this.byUri.delete(uri);
	}

	private async run(generation: number, maxBytes: number): Promise<void> {
		const files: string[] = [];
		for (const folder of this.folders) await collect(folder, files);
		let reporter: WorkDoneProgressReporter | undefined;
		if (files.length > this.options.progressThreshold && this.options.progress()) {
			reporter = await this.connection.window.createWorkDoneProgress().catch(() => undefined);
			reporter?.begin('Indexing meeting texts', 0, `0/${files.length}`, false);
		}
		try {
			for (let i = 0; i < files.length; i++) {
				if (generation !== this.generation) return;
				await this.indexFile(files[i], maxBytes);
				reporter?.report(Math.round((100 * (i + 1)) / files.length), `${i + 1}/${files.length}`);
				// Let requests in between files: the index is background work.
				await new Promise(resolve => setImmediate(resolve));
			}
		} finally {
			reporter?.done();
		}
	}

	private async indexFile(file: string, maxBytes: number): Promise<void> {
		const uri = pathToFileURL(file).href;
		if (this.options.isOpen(uri)) return;
		try {
			const stat = await fs.stat(file);
			if (!stat.isFile() || stat.size > maxBytes) { this.byUri.delete(uri); return; }
			const text = await fs.readFile(file, 'utf8');
			const analysis = this.options.analyze(text);
			if (analysis.genre === 'other') { this.byUri.delete(uri); return; }
			this.byUri.set(uri, symbolsOf(uri, analysis, new LineIndex(text), path.basename(file)));
		} catch (error) {
			this.byUri.delete(uri);
			this.connection.console.warn(`Skipped ${file} in the workspace index: ${error instanceof Error ? error.message : String(error)}`);
		}
	}
}

/** Collects text files under `dir`, skipping hidden and build folders and following no symlinks. */
async function collect(dir: string, out: string[]): Promise<void> {
	let entries: import('node:fs').Dirent[];
	try {
		entries = await fs.readdir(dir, { withFileTypes: true });
	} catch {
		return;
	}
	for (const e of entries) {
		if (e.name.startsWith('.')) continue;
		const full = path.join(dir, e.name);
		if (e.isDirectory()) {
			if (!SKIPPED_DIRS.has(e.name)) await collect(full, out);
		} else if (e.isFile() && TEXT_FILE.test(e.name)) {
			out.push(full);
		}
	}
}
