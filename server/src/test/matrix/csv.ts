/** A strict RFC 4180 reader for the matrix tests (CRLF record ends, doubled quotes). */
import * as assert from 'node:assert/strict';

/** Splits RFC 4180 CSV into records of fields (quoted fields may hold commas, quotes, line breaks). */
export function parseCsv(csv: string): string[][] {
	const records: string[][] = [];
	let field = '', record: string[] = [], i = 0, quoted = false;
	while (i < csv.length) {
		const c = csv[i];
		if (quoted) {
			if (c === '"' && csv[i + 1] === '"') { field += '"'; i += 2; continue; }
			if (c === '"') { quoted = false; i++; continue; }
			field += c; i++; continue;
		}
		if (c === '"' && field === '') { quoted = true; i++; continue; }
		if (c === ',') { record.push(field); field = ''; i++; continue; }
		if (c === '\r' && csv[i + 1] === '\n') { record.push(field); records.push(record); field = ''; record = []; i += 2; continue; }
		assert.ok(c !== '\n' && c !== '\r', `bare line break at ${i}`);
		field += c; i++;
	}
	assert.equal(field + record.join(''), '', 'the CSV ends with CRLF');
	return records;
}
