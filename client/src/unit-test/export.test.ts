import assert from 'node:assert/strict';
import { annotationRows, csvField, splitSpeaker, toCsv } from '../annotations/export-csv';
import { toWebAnnotation, toWebAnnotationCollection } from '../annotations/export-webanno';
import { sampleAnnotation } from './helpers';

/** A small RFC 4180 reader, to check that what we write reads back field for field. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [], field = '', i = 0, quoted = false;
	while (i < text.length) {
		const c = text[i];
		if (quoted) {
			if (c === '"' && text[i + 1] === '"') { field += '"'; i += 2; continue; }
			if (c === '"') { quoted = false; i++; continue; }
			field += c; i++; continue;
		}
		if (c === '"') { quoted = true; i++; }
		else if (c === ',') { row.push(field); field = ''; i++; }
		else if (c === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i += 2; }
		else { field += c; i++; }
	}
	return rows;
}

describe('CSV export', () => {
	it('quotes fields with commas, quotes and line breaks, and only those', () => {
		assert.equal(csvField('plain'), 'plain');
		assert.equal(csvField('a, b'), '"a, b"');
		assert.equal(csvField('say "no"'), '"say ""no"""');
		assert.equal(csvField('two\nlines'), '"two\nlines"');
	});

	it('writes one row per theme, with header and CRLF, that reads back exactly', () => {
		const a = { ...sampleAnnotation('a-1', 'We said, "enough"\nand meant it'), themes: ['peace-security', 'humanitarian'], note: 'Key, line' };
		const csv = toCsv(annotationRows('meeting.txt', [a]));
		assert.ok(csv.endsWith('\r\n'));
		const rows = parseCsv(csv);
		assert.deepEqual(rows[0], ['file', 'speaker', 'affiliation', 'theme', 'stance', 'note', 'quote']);
		assert.equal(rows.length, 3);
		assert.deepEqual(rows[1], ['meeting.txt', 'Ms. Example', 'Ruritania', 'peace-security', 'calls-for', 'Key, line', 'We said, "enough"\nand meant it']);
		assert.equal(rows[2][3], 'humanitarian');
	});

	it('splits "Name (Affiliation)" and leaves other speakers whole', () => {
		assert.deepEqual(splitSpeaker('The President (Freedonia)'), { speaker: 'The President', affiliation: 'Freedonia' });
		assert.deepEqual(splitSpeaker('The President'), { speaker: 'The President', affiliation: '' });
		assert.deepEqual(splitSpeaker(null), { speaker: '', affiliation: '' });
	});

	it('uses a lookup for speaker and affiliation when given', () => {
		const rows = annotationRows('f', [sampleAnnotation('a')], () => ({ speaker: 'X', affiliation: 'Y' }));
		assert.equal(rows[0].speaker, 'X');
		assert.equal(rows[0].affiliation, 'Y');
	});
});

describe('Web Annotation export', () => {
	it('gives the W3C shape with quote and position selectors', () => {
		const a = { ...sampleAnnotation('a-1'), note: 'Firm.' };
		const w = toWebAnnotation(a, 'file:///m/meeting.txt');
		assert.equal(w.type, 'Annotation');
		assert.equal(w.motivation, 'tagging');
		assert.deepEqual(w.target.selector[0], { type: 'TextQuoteSelector', exact: a.anchor.quote, prefix: a.anchor.prefix, suffix: a.anchor.suffix });
		assert.deepEqual(w.target.selector[1], { type: 'TextPositionSelector', start: a.anchor.start, end: a.anchor.end });
		assert.deepEqual(w.body.map(b => [b.purpose, b.value]), [['tagging', 'peace-security'], ['classifying', 'calls-for'], ['commenting', 'Firm.']]);
		assert.equal(w.creator?.name, 'tester');
		assert.match(w.id, /^urn:diplomatic-annotator:.*#a-1$/);
	});

	it('collects annotations of several files in one page with the JSON-LD context', () => {
		const c = toWebAnnotationCollection('export', [{ source: 'file:///a.txt', annotations: [sampleAnnotation('a-1')] }, { source: 'file:///b.txt', annotations: [sampleAnnotation('a-2'), sampleAnnotation('a-3')] }]);
		assert.equal(c['@context'], 'http://www.w3.org/ns/anno.jsonld');
		assert.equal(c.total, 3);
		assert.deepEqual(c.first.items.map(i => i.target.source), ['file:///a.txt', 'file:///b.txt', 'file:///b.txt']);
		assert.doesNotThrow(() => JSON.parse(JSON.stringify(c)));
	});
});
