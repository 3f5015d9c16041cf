/**
 * The engine on the project's own fixtures: every statement a careful reader marks (see
 * fixtures/EXPECTED.md, written by reading the texts, and its twin expected.json) is found with its
 * boundaries, speaker, role and on-behalf-of; required institutions and states are found.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../core/analyze';
import { Analysis, Statement } from '../../core/model';
import { builtinVocabulary, foldName } from '../../core/vocabulary';

const FIXTURES = join(__dirname, '..', 'fixtures');

interface ExpectedStatement {
	startLine: number;
	endLine: number;
	name: string | null;
	affiliation: string[] | null;
	role: string | null;
	onBehalfOf?: string[];
	title?: string;
	vote?: string | null;
}

interface ExpectedFixture {
	genre: string;
	presidents?: { name: string; affiliation: string | null; fromLine: number }[];
	statements: ExpectedStatement[];
	/** A list of states, or only how many there are. */
	votes?: { line: number; inFavour: string[] | number; against: string[] | number; abstaining: string[] | number }[];
	institutions: string[];
	states: string[];
}

const expected = JSON.parse(readFileSync(join(FIXTURES, 'expected.json'), 'utf8')).fixtures as Record<string, ExpectedFixture>;
const vocab = builtinVocabulary();

/** Every word of the shorter name occurs in the longer, ignoring case, accents and honorifics. */
function sameName(a: string, b: string): boolean {
	const words = (s: string) => foldName(s).split(/[\s-]+/).filter(w => w && !/^(?:mr|ms|mrs|dr|sir)$/.test(w));
	const [x, y] = [words(a), words(b)];
	const [short, long] = x.length <= y.length ? [x, y] : [y, x];
	return short.length > 0 && short.every(w => long.includes(w));
}

function samePlace(expectedNames: readonly string[], actual: string | null): boolean {
	if (!actual) return false;
	const canon = (s: string) => vocab.stateByName(s)?.name ?? foldName(s);
	return expectedNames.some(e => canon(e) === canon(actual));
}

function describeStatement(s: Statement | undefined): string {
	return s ? `${s.startLine}-${s.endLine} ${s.speaker.name} (${s.speaker.affiliation}) ${s.speaker.role}` : 'nothing';
}

for (const [file, exp] of Object.entries(expected)) {
	describe(`engine on fixture ${file}`, () => {
		let a: Analysis;
		before(() => { a = analyze(readFileSync(join(FIXTURES, file), 'utf8')); });

		it(`is recognized as ${exp.genre}`, () => assert.equal(a.genre, exp.genre));

		it(`finds exactly the ${exp.statements.length} statements, with their boundaries`, () => {
			assert.deepEqual(a.statements.map(s => [s.startLine, s.endLine]), exp.statements.map(s => [s.startLine, s.endLine]));
		});

		exp.statements.forEach(e => {
			it(`attributes the statement at line ${e.startLine} to ${e.name ?? 'an unnamed speaker'} (${e.affiliation?.[0] ?? 'unchecked'})`, () => {
				const s = a.statements.find(x => x.startLine === e.startLine);
				assert.ok(s, `no statement starts at line ${e.startLine}`);
				if (e.name === null) assert.equal(s.speaker.name, null, describeStatement(s));
				else assert.ok(s.speaker.name && sameName(e.name, s.speaker.name), `name: ${describeStatement(s)}`);
				if (e.affiliation) assert.ok(samePlace(e.affiliation, s.speaker.affiliation), `affiliation: ${describeStatement(s)}`);
				if (e.role) assert.equal(s.speaker.role, e.role, describeStatement(s));
				for (const g of e.onBehalfOf ?? []) {
					assert.ok(s.speaker.onBehalfOf.some(x => sameName(g, x) || samePlace([g], x)), `on behalf of ${g}: got [${s.speaker.onBehalfOf.join(', ')}]`);
				}
				if (e.vote !== undefined && e.vote !== null) assert.equal(s.vote, e.vote);
			});
		});

		if (exp.presidents?.length) {
			it('resolves the presiding officers', () => {
				for (const p of exp.presidents!) {
					assert.ok(a.presidents.some(x => sameName(p.name, x.name) && (!p.affiliation || samePlace([p.affiliation], x.affiliation))), `president ${p.name}: got ${JSON.stringify(a.presidents)}`);
				}
			});
		}

		if (exp.votes?.length) {
			it('reads the vote block', () => {
				assert.equal(a.votes.length, exp.votes!.length);
				exp.votes!.forEach((v, k) => {
					assert.equal(a.votes[k].line, v.line);
					for (const list of ['inFavour', 'against', 'abstaining'] as const) {
						const want = v[list];
						if (typeof want === 'number') assert.equal(a.votes[k][list].length, want, list);
						else assert.deepEqual([...a.votes[k][list]].sort(), want.map(n => vocab.stateByName(n)!.name).sort(), list);
					}
				});
			});
		}

		it('finds the institutions a reader marks', () => {
			for (const name of exp.institutions) {
				assert.ok(a.institutions.some(i => sameName(name, i.name) && foldName(name).length <= foldName(i.name).length + 12 || foldName(i.canonical) === foldName(name) || i.acronym === name),
					`${name} not among ${a.institutions.map(i => i.name).join('; ')}`);
			}
		});

		it('finds the states a reader marks', () => {
			for (const name of exp.states) assert.ok(a.states.some(s => samePlace([name], s.name)), `${name} not among ${a.states.map(s => s.name).join(', ')}`);
		});
	});
}
