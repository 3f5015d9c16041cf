import assert from 'node:assert/strict';
import fc from 'fast-check';
import { attachAll, makeAnchor, moveSpan, resolveAnchor } from '../annotations/anchor';

const TEXT = 'The President: I now give the floor to the representative of Ruritania.\n' +
	'Ms. Example (Ruritania): We call for an immediate ceasefire and unimpeded humanitarian access. ' +
	'We welcome the report of the Secretary-General.\n';

function at(text: string, quote: string): [number, number] {
	const start = text.indexOf(quote);
	assert.ok(start >= 0, `${quote} not in text`);
	return [start, start + quote.length];
}

describe('moveSpan', () => {
	const span = { start: 10, end: 20 };
	it('shifts a span after an insertion before it', () => assert.deepEqual(moveSpan(span, [{ rangeOffset: 2, rangeLength: 0, text: 'abc' }]), { start: 13, end: 23 }));
	it('keeps a span before a change after it', () => assert.deepEqual(moveSpan(span, [{ rangeOffset: 20, rangeLength: 5, text: '' }]), span));
	it('grows with an insertion inside', () => assert.deepEqual(moveSpan(span, [{ rangeOffset: 15, rangeLength: 0, text: 'xy' }]), { start: 10, end: 22 }));
	it('puts an insertion at its start before it', () => assert.deepEqual(moveSpan(span, [{ rangeOffset: 10, rangeLength: 0, text: 'x' }]), { start: 11, end: 21 }));
	it('cuts its head when a deletion overlaps it', () => assert.deepEqual(moveSpan(span, [{ rangeOffset: 5, rangeLength: 10, text: '' }]), { start: 5, end: 10 }));
	it('cuts its tail when a deletion overlaps it', () => assert.deepEqual(moveSpan(span, [{ rangeOffset: 15, rangeLength: 10, text: '' }]), { start: 10, end: 15 }));
	it('is gone when a change replaces all of it', () => assert.equal(moveSpan(span, [{ rangeOffset: 8, rangeLength: 14, text: 'new' }]), null));
	it('applies several changes in order', () => assert.deepEqual(moveSpan(span, [{ rangeOffset: 30, rangeLength: 0, text: 'z' }, { rangeOffset: 0, rangeLength: 3, text: '' }]), { start: 7, end: 17 }));
});

describe('resolveAnchor', () => {
	const [s, e] = at(TEXT, 'We call for an immediate ceasefire');
	const anchor = makeAnchor(TEXT, s, e, 'Ms. Example (Ruritania)');

	it('keeps an anchor whose quote is still in place', () => {
		assert.deepEqual(resolveAnchor(TEXT, anchor), { status: 'exact', start: s, end: e, errors: 0 });
	});

	it('finds a quote that moved', () => {
		const text = 'A new first line.\n' + TEXT;
		const r = resolveAnchor(text, anchor);
		assert.equal(r.status, 'moved');
		assert.ok(text.slice(r.start, r.end) === anchor.quote && r.start === s + 18);
	});

	it('picks the occurrence whose context matches among several', () => {
		const decoy = 'Mr. Other (Freedonia): We call for an immediate ceasefire as well.\n';
		const text = decoy + decoy + TEXT.replace('The President', 'The Acting President');
		const r = resolveAnchor(text, anchor);
		assert.ok(r.status === 'moved');
		assert.equal(r.start, text.indexOf('Ruritania): We call') + 'Ruritania): '.length);
	});

	it('finds a lightly edited quote fuzzily', () => {
		const text = TEXT.replace('We call for an immediate ceasefire', 'We call for an immediate and lasting ceasefire').slice(5);
		const r = resolveAnchor(text, { ...anchor, quote: 'We call for an immediate ceasefire and unimpeded humanitarian access' , end: anchor.start + 68 });
		assert.equal(r.status, 'fuzzy');
		assert.ok(r.status === 'fuzzy' && text.slice(r.start, r.end).startsWith('We call for an immediate and lasting'));
	});

	it('reports an orphan when the quote is gone', () => {
		const text = TEXT.replace('We call for an immediate ceasefire and unimpeded humanitarian access.', 'Thank you.');
		assert.equal(resolveAnchor(text, anchor).status, 'orphan');
	});

	it('finds a long, edited quote that moved far away (seeded whole-text search)', () => {
		const filler = (n: number) => Array.from({ length: n }, (_, i) => `Paragraph ${i} on procedure and the programme of work.`).join('\n');
		const quote = 'We call for an immediate ceasefire and unimpeded humanitarian access to the highlands, where more than eighty thousand people have fled their homes since January.';
		const original = `${filler(10)}\nMs. Example (Ruritania): ${quote} Thank you.\n${filler(10)}`;
		const a = makeAnchor(original, original.indexOf(quote), original.indexOf(quote) + quote.length, null);
		const edited = quote.replace('eighty thousand', '80,000').replace('since January', 'since the start of January');
		const moved = `${filler(2000)}\nMs. Example (Ruritania): ${edited} Thank you.\n${filler(10)}`;
		const r = resolveAnchor(moved, a);
		assert.equal(r.status, 'fuzzy');
		assert.ok(r.status === 'fuzzy');
		// Edit distance decides the ends, so the match may stop short of an insertion at the end.
		const at = moved.indexOf(edited);
		assert.ok(Math.abs(r.start - at) <= 2, JSON.stringify(r));
		assert.ok(Math.min(r.end, at + edited.length) - Math.max(r.start, at) >= 0.8 * edited.length, JSON.stringify(r));
		assert.equal(resolveAnchor(moved, a, { wholeText: false }).status, 'orphan', 'too far for the near search alone');
	});

	it('does not attach a removed quote to a look-alike elsewhere', () => {
		const quote = 'We call for an immediate ceasefire in the north';
		const text = `Intro line.\nMs. A (Ruritania): ${quote}. Thanks.\nMr. B (Freedonia): We call for an immediate ceasefire in the south. Thanks.\n`;
		const a = makeAnchor(text, text.indexOf(quote), text.indexOf(quote) + quote.length, null);
		const removed = text.replace(`${quote}. `, '');
		assert.equal(resolveAnchor(removed, a).status, 'orphan');
	});

	it('does not attach a removed short quote to another copy with other context', () => {
		const text = 'Ms. A (Ruritania): Thank you, Madam President. We agree.\nMr. B (Freedonia): Thank you, Madam President. We object.\n';
		const start = text.indexOf('Thank you, Madam President');
		const a = makeAnchor(text, start, start + 'Thank you, Madam President'.length, null);
		assert.equal(resolveAnchor(text.replace('Ms. A (Ruritania): Thank you, Madam President. We agree.', 'Ms. A (Ruritania) withdrew.'), a).status, 'orphan');
	});

	it('does not match a short quote fuzzily', () => {
		const short = makeAnchor(TEXT, ...at(TEXT, 'We call'), null);
		assert.equal(resolveAnchor(TEXT.replace(/We call/g, 'We cull'), short).status, 'orphan');
	});
});

/** A random edit of `text`: somewhere in [from, to), replacing up to a few characters. */
const edit = (length: number) => fc.record({
	at: fc.nat({ max: Math.max(0, length) }),
	remove: fc.nat({ max: 12 }),
	insert: fc.string({ unit: fc.constantFrom(...'abcdefghij klmnop.,\n'), maxLength: 15 }),
});

// Words from a large enough vocabulary that a 20-character quote is almost always unique.
const words = fc.array(fc.stringMatching(/^[A-Za-z]{2,9}$/), { minLength: 30, maxLength: 120 }).map(ws => ws.join(' '));

describe('resolveAnchor properties', () => {
	it('an edit outside the quote and its context finds the quote exactly where it moved', () => {
		fc.assert(fc.property(words, fc.nat(), fc.integer({ min: 10, max: 40 }), edit(2000), (text, seed, len, e) => {
			fc.pre(text.length > len + 100);
			const start = seed % (text.length - len), end = start + len;
			const anchor = makeAnchor(text, start, end, null);
			const from = Math.min(e.at, text.length), to = Math.min(from + e.remove, text.length);
			fc.pre(to < start - anchor.prefix.length || from > end + anchor.suffix.length);
			const edited = text.slice(0, from) + e.insert + text.slice(to);
			const moved = moveSpan({ start, end }, [{ rangeOffset: from, rangeLength: to - from, text: e.insert }]);
			const r = resolveAnchor(edited, anchor);
			assert.ok(moved && r.status !== 'orphan', `lost: ${JSON.stringify({ r, moved })}`);
			assert.equal(edited.slice(r.start, r.end), anchor.quote);
			// Another copy of the quote may exist; with intact context the right one wins.
			assert.deepEqual({ start: r.start, end: r.end }, moved);
		}), { numRuns: 300 });
	});

	it('an edit anywhere finds the quote again at its place, or reports an orphan — never a wrong place', () => {
		fc.assert(fc.property(words, fc.nat(), fc.integer({ min: 12, max: 60 }), edit(2000), (text, seed, len, e) => {
			fc.pre(text.length > len + 10);
			const start = seed % (text.length - len), end = start + len;
			const anchor = makeAnchor(text, start, end, null);
			const from = Math.min(e.at, text.length), to = Math.min(from + e.remove, text.length);
			const edited = text.slice(0, from) + e.insert + text.slice(to);
			const moved = moveSpan({ start, end }, [{ rangeOffset: from, rangeLength: to - from, text: e.insert }]);
			const r = resolveAnchor(edited, anchor);
			if (r.status === 'orphan') return; // reported, kept by the store
			if (edited.slice(r.start, r.end) === anchor.quote && text.indexOf(anchor.quote) !== text.lastIndexOf(anchor.quote)) return; // a genuine copy
			assert.ok(moved, `found ${JSON.stringify(r)} though the quote was replaced whole`);
			// The found range overlaps where the anchored text went.
			assert.ok(r.start < Math.max(moved.end, moved.start + 1) && r.end > moved.start, JSON.stringify({ r, moved, from, to, e }));
		}), { numRuns: 500 });
	});

	it('never throws, whatever the text and anchor', () => {
		fc.assert(fc.property(fc.string({ maxLength: 300 }), fc.string({ maxLength: 40 }), fc.string({ maxLength: 10 }), fc.nat(400), (text, quote, ctx, start) => {
			const r = resolveAnchor(text, { quote, prefix: ctx, suffix: ctx, start, end: start + quote.length, speaker: null });
			assert.ok(['exact', 'moved', 'fuzzy', 'orphan'].includes(r.status));
		}), { numRuns: 300 });
	});
});

describe('attachAll', () => {
	it('returns every annotation, attached or orphaned, whatever happened to the text', () => {
		fc.assert(fc.property(words, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 3, max: 30 })), { maxLength: 20 }), words, (text, spans, replacement) => {
			const annotations = spans.map(([seed, len], i) => {
				const start = seed % Math.max(1, text.length - len);
				return { id: `a-${i}`, anchor: makeAnchor(text, start, Math.min(text.length, start + len), null) };
			});
			const attached = attachAll(text.slice(0, text.length / 2) + replacement, annotations);
			assert.deepEqual(attached.map(a => a.annotation.id), annotations.map(a => a.id));
		}), { numRuns: 100 });
	});
});
