/**
 * `export FILE… [--csv | --jsonld]`: the user's annotations kept beside each text
 * (NAME.annotations.yaml), as CSV or W3C Web Annotation JSON-LD. The annotation store is the
 * client's own pure module, so the command line reads the files exactly as the editor does.
 */
import { exportAnnotations } from '../../../client/src/annotations/exportFiles';
import { statSync } from 'node:fs';
import { CliCommand } from './command';

export const exportCommand: CliCommand = {
	name: 'export',
	usage: 'export FILE… [--csv | --jsonld]           the annotations kept beside each text',
	formats: ['csv', 'jsonld'],
	async run(files, format, io): Promise<number> {
		for (const file of files) {
			let ok = false;
			try { ok = statSync(file).isFile(); } catch { /* reported below */ }
			if (!ok) {
				io.err(`diplomatic-annotator: ${file}: no such text file\n`);
				return 1;
			}
		}
		try {
			io.out(await exportAnnotations(files.map(path => ({ path })), format as 'csv' | 'jsonld'));
			return 0;
		} catch (e) {
			io.err(`diplomatic-annotator: ${(e instanceof Error ? e.message : String(e)).split('\n')[0]}\n`);
			return 1;
		}
	},
};
