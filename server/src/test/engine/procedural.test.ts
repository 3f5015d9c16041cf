/** Lines of a verbatim record that belong to no speaker. */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { classifyLine, hasTheChair } from '../../core/procedural';

describe('procedural lines', () => {
	const cases: [string, ReturnType<typeof classifyLine>][] = [
		['Mr. Abebe (Ethiopia), Vice-President, took the Chair.', 'chair'],
		['The President returned to the Chair.', 'chair'],
		['Mr. Abebe said that the Council took the matter up.', null],
		['In favour:', 'vote'],
		['A recorded vote was taken.', 'vote'],
		['The meeting rose at 6.35 p.m.', 'procedure'],
		['Agenda item 14 (continued)', 'heading'],
		['The situation in the Middle East', 'heading'],
		// Old records print headings in capitals: at least 12 letters, none lower case, two words or more.
		['REPORT OF THE INTERNATIONAL ATOMIC ENERGY AGENCY', 'heading'],
		['UNITED NATIONS', 'heading'],
		['(b) DRAFT RESOLUTION (A/48/L.13 and Corr.1)', null],
		['UNITEDNATIONSAGENCY', null],
		['SHORT WORDS', null],
		['REPORT OF THE Agency', null],
		// A line ending as a sentence is no heading, even behind a closing quote or bracket.
		['REPORT OF THE INTERNATIONAL AGENCY.', null],
		['REPORT OF THE INTERNATIONAL AGENCY.)', null],
		['REPORT OF THE INTERNATIONAL AGENCY,”', null],
		['REPORT OF THE INTERNATIONAL AGENCY)', 'heading'],
		['Agenda item 14:', 'heading'],
		['S/PV.8698', 'noise'],
		['ordinary words of a speech', null],
		// Lines may open in lower case where a wrapped sentence goes on; of them only procedure is read.
		['draft resolution A/76/L.5 was adopted.', 'procedure'],
		['vote was taken by show of hands', 'procedure'],
		['in favour:', null],
		['report of the international atomic energy agency', null],
	];
	for (const [line, want] of cases) {
		it(`classifies "${line}" as ${want}`, () => assert.equal(classifyLine(line), want));
	}

	it('finds "the Chair" as includes does', () => {
		const piece = fc.constantFrom('the ', 'the', 'The ', ' ', 'Chair', 'Chairman', 'Chai', 'he Chair', 'took ', 'x', '.');
		fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map(a => a.join('')), line => {
			assert.equal(hasTheChair(line), line.includes('the Chair'));
		}), { numRuns: 3000 });
	});
});
