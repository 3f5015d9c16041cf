/** The tokenizer and the phrase tries every lexicon is built on. */
import assert from 'node:assert/strict';
import { PhraseLexicon } from '../../core/phrases';
import { Gap, tokenize, tokenize as tokenizeText, Words } from '../../core/tokens';
import { WordTable } from '../../core/wordTable';

const all = (w: Words) => w.slice(0, w.count);

describe('tokenizer', () => {
	it('cuts words at spaces, hyphens and apostrophes and keeps exact offsets', () => {
		const text = 'The Secretary-General’s report, “Our Common Agenda”';
		const w = tokenize(text);
		assert.deepEqual(all(w), ['The', 'Secretary', 'General', 's', 'report', 'Our', 'Common', 'Agenda']);
		for (let i = 0; i < w.count; i++) assert.equal(text.slice(w.start[i], w.end[i]), w.word(i));
	});

	it('joins a word broken by a hyphen at a line end, in LF and CRLF files', () => {
		for (const br of ['\n', '\r\n']) {
			const w = tokenize(`support peace-${br}keeping operations`);
			assert.deepEqual(all(w), ['support', 'peacekeeping', 'operations']);
		}
		assert.deepEqual(all(tokenize('Guinea-\nBissau')), ['Guinea', 'Bissau'], 'a capital after the break is a real hyphen');
	});

	it('joins nothing when the text ends after the hyphen and its line break', () => {
		for (const text of ['Committees-\n', 'peace-\r\n', 'peace-\n  ']) {
			const words = tokenize(text);
			assert.equal(words.count, 1, JSON.stringify(text));
			assert.equal(words.word(0), text.slice(0, text.indexOf('-')));
			assert.equal(words.end[0], text.indexOf('-'));
		}
	});

	it('marks sentence ends, commas and brackets as gaps a name cannot cross', () => {
		const w = tokenize('Union. The Union, the (Union) M. Peters');
		assert.equal(w.gapBefore[1], Gap.Break, 'full stop and space');
		assert.equal(w.gapBefore[3], Gap.Comma);
		assert.equal(w.gapBefore[4], Gap.Break, 'bracket');
		assert.equal(w.gapBefore[6], Gap.Join, 'an initial’s full stop');
	});

	it('reads a comma and one space (read without the general gap reader) as it reads other commas', () => {
		const gapOf = (sep: string) => tokenize(`Truth${sep}Reconciliation`).gapBefore[1];
		for (const sep of [', ', ',', ',  ', ' , ', ',\n', ',\u00a0']) assert.equal(gapOf(sep), Gap.Comma, JSON.stringify(sep));
		for (const sep of [',\n\n', ', (', ',. ', ', —']) assert.equal(gapOf(sep), Gap.Break, JSON.stringify(sep));
		assert.equal(gapOf(' '), Gap.Join);
	});

	it('reads accented and non-Latin letters as word characters', () => {
		assert.deepEqual(all(tokenize('Côte d’Ivoire, Türkiye, Москва')), ['Côte', 'd', 'Ivoire', 'Türkiye', 'Москва']);
	});
});

describe('phrase lexicon', () => {
	const table = new WordTable();
	const names = new PhraseLexicon<string>(table, 'name');
	const tokenize = (text: string) => tokenizeText(text, 0, text.length, table);
	names.add('Security Council', 'sc');
	names.add('United Nations', 'un');
	names.add('United Nations Children’s Fund', 'unicef');
	names.add('AU', 'au');

	it('finds the longest name at a word, leftmost first', () => {
		const w = tokenize('the United Nations Children’s Fund and the United Nations');
		assert.deepEqual(names.matchAll(w).map(m => m.value), ['unicef', 'un']);
	});

	it('requires capitals where names have them, and exact acronyms', () => {
		assert.equal(names.matchAll(tokenize('the security council met')).length, 0);
		assert.deepEqual(names.matchAll(tokenize('THE SECURITY COUNCIL')).map(m => m.value), ['sc'], 'all-capital headings');
		assert.equal(names.matchAll(tokenize('Au revoir, au pair')).length, 0);
	});

	it('does not run a name across a sentence end', () => {
		assert.equal(names.matchAll(tokenize('the Security. Council')).length, 0);
	});

	it('matches cue prefixes case-insensitively', () => {
		const cues = new PhraseLexicon<string>(table, 'any');
		cues.add('peacekeep*', 'pk');
		cues.add('call on', 'calls-for');
		const w = tokenize('Peacekeepers and peacekeeping; we Call On all and peace-\nkeepers');
		assert.deepEqual(cues.matchAll(w).map(m => w.slice(m.first, m.last + 1).join(' ')), ['Peacekeepers', 'peacekeeping', 'Call On', 'peacekeepers']);
	});
});
