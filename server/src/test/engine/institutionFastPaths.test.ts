/**
 * The recognizer of institutions takes short cuts where the plain definitions did more work: these
 * properties hold each short cut to the definition it stands for.
 */
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { Collected, foldMemo, holdsWords, mergeShortForms, printedName, printedNameOf, spelledAs, wordBits } from '../../core/institutionNames';
import { Mention } from '../../core/model';
import { foldName } from '../../core/vocabulary';

/** printedName as first written: every distinct text weighed once, in a Set. */
function plainPrintedName(info: Collected['info'], mentions: readonly Mention[]): string {
	let best: string | null = null;
	const seen = new Set<string>();
	for (const m of mentions) {
		if (best !== null && m.text.length <= best.length || seen.has(m.text)) continue;
		seen.add(m.text);
		const t = m.text.replace(/\s+/g, ' ');
		if (t === info.acronym || (/[A-Z]/.test(t) && !/[a-z]/.test(t))) continue;
		if (/^(?:United Nations|UN) /.test(t) && foldName(t.replace(/^(?:United Nations|UN)\s+/, '')) === foldName(info.name)) continue;
		if (!best || t.length > best.length) best = t;
	}
	return best ?? info.name;
}

/** mergeShortForms as first written: every name folded for the text, each short form looked for name by name. */
function plainMergeShortForms(list: Collected[]): Collected[] {
	if (!list.some(c => c.info.learned)) return list;
	const folded = list.map(c => ' ' + foldName(c.info.name) + ' ');
	const out: Collected[] = [];
	for (let a = 0; a < list.length; a++) {
		const c = list[a];
		const into = c.info.learned ? list.findIndex((_o, b) => b !== a && folded[b].length > folded[a].length && folded[b].includes(folded[a])) : -1;
		if (into >= 0) {
			list[into].mentions.push(...c.mentions);
			list[into].mentions.sort((x, y) => x.span.start - y.span.start);
		} else {
			out.push(c);
		}
	}
	return out;
}

describe('institution fast paths', function () {
	// Property runs take about a second; a busy machine can take several.
	this.timeout(30_000);

	// Names built from a few words, so that some are short forms of others; texts as a text prints them.
	const nameWord = fc.constantFrom('Monitoring', 'Mission', 'Special', 'to', 'Ukraine', 'the', 'Group', 'Arab', 'States', 'of', 'UN', 'United Nations', 'MINUSCA', 'Côte');
	const name = fc.array(nameWord, { minLength: 1, maxLength: 5 }).map(ws => ws.join(' '));
	const printed = (n: string) => fc.constantFrom(n, n.replace(/ /g, '  '), n.replace(/ /, '\n'), n.toUpperCase(), 'The ' + n, 'United Nations ' + n);
	const collected = fc.tuple(name, fc.boolean(), fc.option(fc.constantFrom('MINUSCA', 'UN', 'SMM')), fc.array(fc.nat(500), { minLength: 1, maxLength: 6 }))
		.chain(([n, learned, acronym, starts]) => fc.tuple(...starts.map(() => printed(n))).map(texts => ({
			info: { id: learned ? 'text:' + foldName(n) : 'lex:' + n, name: n, acronym, kind: 'other' as const, learned },
			mentions: texts.map((text, k) => ({ span: { start: starts[k] * 10 + k, end: starts[k] * 10 + k + text.length }, line: 1, text })),
		})));
	// Each mention's start is its own, as in a text (no two mentions begin at one offset).
	const texts = fc.array(collected, { maxLength: 12 }).map(list => {
		let start = 0;
		for (const c of list) for (const m of c.mentions) m.span = { start: start += 7, end: start + m.text.length };
		return list;
	});
	const copy = (list: Collected[]): Collected[] => list.map(c => ({ info: { ...c.info }, mentions: c.mentions.map(m => ({ ...m, span: { ...m.span } })) }));

	it('mergeShortForms merges as the name-by-name search does, the lexicon names folded once for all texts', () => {
		fc.assert(fc.property(texts, list => {
			const fold = foldMemo();
			assert.deepEqual(mergeShortForms(copy(list), fold), plainMergeShortForms(copy(list)));
			// Learned bodies carrying their folded name, as findInstitutions makes them, merge alike.
			const carrying = copy(list).map(c => c.info.learned ? { ...c, folded: foldName(c.info.name) } : c);
			assert.deepEqual(mergeShortForms(carrying, foldMemo()).map(c => c.info.id), plainMergeShortForms(copy(list)).map(c => c.info.id));
		}), { numRuns: 500 });
	});

	it('holdsWords finds a part between spaces as the padded strings do, and the part\'s word bits are the name\'s', () => {
		const s = fc.string({ unit: fc.constantFrom('a', 'b', ' ', 'é'), maxLength: 12 });
		fc.assert(fc.property(s, s, (name, part) => {
			assert.equal(holdsWords(name, part), (' ' + name + ' ').includes(' ' + part + ' '), JSON.stringify([name, part]));
		}), { numRuns: 5000 });
		// A name that holds a part has all of the part's word bits (mergeShortForms searches only then).
		fc.assert(fc.property(s, s, s, (before, part, after) => {
			const name = before + ' ' + part + ' ' + after;
			assert.ok(holdsWords(name, part));
			assert.equal(wordBits(part) & ~wordBits(name), 0, JSON.stringify([name, part]));
		}), { numRuns: 5000 });
		assert.equal(holdsWords('special monitoring mission', 'monitoring mission'), true);
		assert.equal(holdsWords('special monitoring missions', 'monitoring mission'), false);
	});

	it('printedName picks the name that weighing each distinct text once picks', () => {
		fc.assert(fc.property(texts, list => {
			const fold = foldMemo();
			for (const c of list) assert.equal(printedName(c.info, c.mentions, fold), plainPrintedName(c.info, c.mentions));
		}), { numRuns: 500 });
	});

	it('printedNameOf weighs a body\'s distinct spellings, in the order of first mention, as printedName weighs every mention', () => {
		fc.assert(fc.property(texts, list => {
			for (const c of list) {
				// The body as findInstitutions collects it: each mention's text through spelledAs.
				const kept: Collected = { info: c.info, mentions: [], spellings: [] };
				for (const m of c.mentions) kept.mentions.push({ ...m, text: spelledAs(kept, m.text) });
				assert.deepEqual(kept.mentions.map(m => m.text), c.mentions.map(m => m.text));
				assert.deepEqual(kept.spellings, [...new Set(c.mentions.map(m => m.text))]);
				assert.equal(printedNameOf(kept, foldMemo()), plainPrintedName(c.info, c.mentions));
			}
		}), { numRuns: 500 });
	});

	it('a body that took another\'s mentions in is named from its mentions, not from its own spellings', () => {
		const mention = (start: number, text: string): Mention => ({ span: { start, end: start + text.length }, line: 1, text });
		const full: Collected = { info: { id: 'lex:smm', name: 'Special Monitoring Mission to Ukraine', acronym: 'SMM', kind: 'mission', learned: false }, mentions: [mention(50, 'SMM')], spellings: ['SMM'] };
		const short: Collected = { info: { id: 'text:monitoring mission', name: 'Monitoring Mission', acronym: null, kind: 'mission', learned: true }, mentions: [mention(10, 'Monitoring  Mission')], spellings: ['Monitoring  Mission'] };
		// Before: the acronym alone names the body, which is then printed by its lexicon name.
		assert.equal(printedNameOf(full, foldMemo()), 'Special Monitoring Mission to Ukraine');
		const merged = mergeShortForms([short, full], foldMemo());
		assert.equal(merged.length, 1);
		assert.equal(merged[0].spellings, undefined);
		assert.equal(printedNameOf(merged[0], foldMemo()), printedName(merged[0].info, merged[0].mentions, foldMemo()));
		assert.equal(printedNameOf(merged[0], foldMemo()), 'Monitoring Mission');
	});

	it('a learned short form is merged into the body whose name holds it', () => {
		const mention = (start: number, text: string): Mention => ({ span: { start, end: start + text.length }, line: 1, text });
		const full: Collected = { info: { id: 'lex:smm', name: 'Special Monitoring Mission to Ukraine', acronym: 'SMM', kind: 'mission', learned: false }, mentions: [mention(50, 'Special Monitoring Mission to Ukraine')] };
		const short: Collected = { info: { id: 'text:monitoring mission', name: 'Monitoring Mission', acronym: null, kind: 'mission', learned: true }, mentions: [mention(10, 'Monitoring Mission'), mention(90, 'Monitoring Mission')] };
		const merged = mergeShortForms([short, full], foldMemo());
		assert.equal(merged.length, 1);
		assert.deepEqual(merged[0].mentions.map(m => m.span.start), [10, 50, 90]);
	});
});
