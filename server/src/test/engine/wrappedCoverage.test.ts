/**
 * A release saved as a text dump wraps its paragraphs at a fixed width (with LF or CRLF line ends,
 * sometimes indented): its speakers, and the spans that point at their names, must be those of the
 * same release kept one paragraph per line. Names are found in each paragraph with its line breaks
 * folded into single spaces, so an offset there is not the text's offset after a folded "\r\n".
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../core/analyze';
import { Analysis } from '../../core/model';

const release = fs.readFileSync(path.join(__dirname, '../../../../samples/press-release-9901.txt'), 'utf8');

/** The release's paragraphs wrapped at `width` columns, lines joined by `eol` and begun by `indent`. */
function wrapped(text: string, width: number, eol: string, indent: string): string {
	return text.split('\n').map(line => {
		const out: string[] = [];
		let cur = '';
		for (const word of line.split(' ')) {
			if (cur && cur.length + 1 + word.length > width) { out.push(cur); cur = word; } else cur = cur ? cur + ' ' + word : word;
		}
		out.push(cur);
		return out.map(l => (l ? indent + l : l)).join(eol);
	}).join(eol);
}

/** Each statement's speaker and the text its span covers, white space collapsed. */
function speakers(text: string, analysis: Analysis): string[] {
	return analysis.statements.map(s => {
		const { name, affiliation, span } = s.speaker;
		const named = span ? text.slice(span.start, span.end).replace(/\s+/g, ' ') : '';
		return `${name} | ${affiliation} | ${named}`;
	});
}

describe('coverage release wrapped at a fixed width', () => {
	const flat = speakers(release, analyze(release));

	it('has speakers with spans in the release as kept (the comparison below is not empty)', () => {
		assert.equal(analyze(release).genre, 'meeting-coverage');
		assert.ok(flat.filter(s => !s.endsWith('| ')).length >= 5, flat.join('\n'));
	});

	for (const [label, eol, indent] of [['LF', '\n', ''], ['CRLF', '\r\n', ''], ['CRLF, indented', '\r\n', '   ']]) {
		it(`finds the same speakers at their names' offsets with ${label} line ends`, () => {
			const text = wrapped(release, 72, eol, indent);
			assert.ok(text.split(eol).length > release.split('\n').length * 2, 'the release is wrapped');
			assert.deepEqual(speakers(text, analyze(text)), flat);
		});
	}
});
