/**
 * The engine's built-in vocabularies (server/data/*.json) must validate against their schemas
 * (schemas/*.schema.json) and keep the invariants the lexicon builder relies on: unique names,
 * no surface form claimed by two entries, no State listed as an institution.
 */
import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import statesSchema from '../../../schemas/states.schema.json';
import states from '../../data/states.json';
import institutionsSchema from '../../../schemas/institutions.schema.json';
import institutions from '../../data/institutions.json';
import themesSchema from '../../../schemas/themes.schema.json';
import themes from '../../data/themes.json';
import stancesSchema from '../../../schemas/stances.schema.json';
import stances from '../../data/stances.json';
import { STANCES } from '../core/model';
import { tokenize } from '../core/tokens';
import { builtinVocabulary } from '../core/vocabulary';

/** Compiles `schema` (with the schemas it refers to) and returns the validation errors of `data` as readable lines (empty when valid). */
function schemaErrors(schema: object, data: unknown, referenced: object[] = []): string[] {
	const validate = new Ajv({ allErrors: true, schemas: referenced }).compile(schema);
	return validate(data) ? [] : (validate.errors ?? []).map(e => `${e.instancePath} ${e.message ?? ''}`);
}

/** The entries of `values` that occur more than once. */
function duplicates(values: readonly string[]): string[] {
	const seen = new Set<string>();
	const twice = new Set<string>();
	for (const v of values) (seen.has(v) ? twice : seen).add(v);
	return [...twice];
}

describe('vocabulary: states', () => {
	const all = states.states;
	const byName = new Map(all.map(s => [s.name, s]));

	it('validates against its schema', () => {
		assert.deepEqual(schemaErrors(statesSchema, states), []);
	});

	it('the schema rejects an entry with an unknown field or a missing name', () => {
		const extra = { states: [{ ...all[0], capital: 'Kabul' }] };
		const nameless = { states: [{ variants: ['X'], adjectives: [], observer: false, groups: [] }] };
		assert.notDeepEqual(schemaErrors(statesSchema, extra), []);
		assert.notDeepEqual(schemaErrors(statesSchema, nameless), []);
	});

	it('lists the 193 Member States and the two observer States', () => {
		assert.equal(all.filter(s => !s.observer).length, 193);
		assert.deepEqual(all.filter(s => s.observer).map(s => s.name).sort(), ['Holy See', 'State of Palestine']);
	});

	it('gives every Member State exactly one regional group, and 27 States the European Union', () => {
		const regional = new Set(['African Group', 'Asia-Pacific Group', 'Eastern European Group',
			'Latin American and Caribbean Group', 'Western European and Others Group']);
		const without = all.filter(s => !s.observer && s.groups.filter(g => regional.has(g)).length !== 1);
		assert.deepEqual(without.map(s => s.name), []);
		assert.equal(all.filter(s => s.groups.includes('European Union')).length, 27);
	});

	it('lists each name among its own variants', () => {
		assert.deepEqual(all.filter(s => !s.variants.includes(s.name)).map(s => s.name), []);
	});

	it('never gives two States the same name, variant or adjective', () => {
		assert.deepEqual(duplicates(all.map(s => s.name)), []);
		assert.deepEqual(duplicates(all.flatMap(s => [...s.variants, ...s.adjectives])), []);
	});

	it('finds every name and variant where a text prints it, in running text and in a vote list', () => {
		// A variant the engine can never match (a lower-case first word cannot begin a name) is dead data.
		const vocab = builtinVocabulary();
		const unmatched: string[] = [];
		for (const s of all) {
			for (const variant of s.variants) {
				for (const text of [`We thank the delegation of ${variant} for its work.`, `In favour: Albania, ${variant}, Zambia`]) {
					const words = tokenize(text, 0, text.length, vocab.words);
					const found = vocab.stateLexicon.matchAll(words).map(m => m.value.name);
					if (!found.includes(s.name)) unmatched.push(`${s.name}: ${text}`);
				}
			}
		}
		assert.deepEqual(unmatched, []);
		// The name of 1993-2019 as records print it, in lower case after a comma and capitalised at a line's start.
		for (const text of ['Abstaining: Sweden, the former Yugoslav Republic of Macedonia, Tunisia', 'The Former Yugoslav Republic of Macedonia, Turkey']) {
			const words = tokenize(text, 0, text.length, vocab.words);
			assert.deepEqual(vocab.stateLexicon.matchAll(words).map(m => m.value.name).filter(n => n.includes('Macedonia')), ['North Macedonia'], text);
		}
		// A full stop inside a name is crossed only where the text has one.
		const stops = (text: string) => vocab.stateLexicon.matchAll(tokenize(text, 0, text.length, vocab.words)).map(m => m.value.name);
		assert.deepEqual(stops('St. Lucia and St. Kitts and Nevis'), ['Saint Lucia', 'Saint Kitts and Nevis']);
		assert.deepEqual(stops('St: Lucia'), []);
	});

	it('knows the usual names of well-known States', () => {
		const facts: [string, string][] = [['Russia', 'Russian Federation'], ['Turkey', 'Türkiye'],
			['Vietnam', 'Viet Nam'], ['United States of America', 'United States'], ['DPRK', "Democratic People's Republic of Korea"],
			['Swaziland', 'Eswatini'], ['Czech Republic', 'Czechia'], ['Islamic Republic of Iran', 'Iran (Islamic Republic of)']];
		for (const [variant, name] of facts) {
			assert.equal(all.find(s => s.variants.includes(variant))?.name, name, variant);
		}
		assert.deepEqual(byName.get('France')?.groups, ['Western European and Others Group', 'European Union']);
		assert.deepEqual(byName.get('Mali')?.groups, ['African Group']);
		assert.ok(byName.get('China')?.adjectives.includes('Chinese'));
	});

	it('keys each compiled State by the first State of its name, as findStates groups mentions', () => {
		const compiled = builtinVocabulary().states;
		assert.equal(compiled.length, all.length);
		compiled.forEach(s => assert.equal(s.key, compiled.findIndex(t => t.name === s.name), s.name));
		// Distinct names, distinct keys: no two States' mentions are merged.
		assert.equal(new Set(compiled.map(s => s.key)).size, new Set(compiled.map(s => s.name)).size);
	});
});

describe('vocabulary: institutions', () => {
	const all = institutions.institutions;
	const byAcronym = (acronym: string) => all.find(i => i.acronym === acronym);
	const byForm = (form: string) => all.find(i => i.name === form || i.acronym === form || i.variants.includes(form));

	it('validates against its schema', () => {
		assert.deepEqual(schemaErrors(institutionsSchema, institutions), []);
	});

	it('the schema rejects an unknown kind and a malformed id', () => {
		const base = { id: 'x-body', name: 'X Body', acronym: null, kind: 'organ', variants: [] };
		assert.notDeepEqual(schemaErrors(institutionsSchema, { institutions: [{ ...base, kind: 'club' }] }), []);
		assert.notDeepEqual(schemaErrors(institutionsSchema, { institutions: [{ ...base, id: 'X Body' }] }), []);
		assert.deepEqual(schemaErrors(institutionsSchema, { institutions: [base] }), []);
	});

	it('has unique ids and acronyms, and no surface form claimed by two institutions', () => {
		assert.deepEqual(duplicates(all.map(i => i.id)), []);
		assert.deepEqual(duplicates(all.flatMap(i => (i.acronym ? [i.acronym] : []))), []);
		assert.deepEqual(duplicates(all.flatMap(i => [...new Set([i.name, ...(i.acronym ? [i.acronym] : []), ...i.variants])])), []);
	});

	it('has no name or variant that the tokenizer reads like another (it would never match)', () => {
		// The lexicon keys phrases by their lower-case words, and the first entry for a key wins; a
		// form that differs from an earlier one only by case or punctuation is dead weight or, worse,
		// hides a differently cased running-text form behind a title-case one.
		const key = (form: string) => { const w = tokenize(form); return w.slice(0, w.count).join(' ').toLowerCase(); };
		assert.deepEqual(duplicates(all.flatMap(i => [i.name, ...i.variants].map(key))), []);
		assert.deepEqual(duplicates(states.states.flatMap(s => s.variants.map(key))), []);
	});

	it('names no State, by name, variant or adjective', () => {
		const stateForms = new Set(states.states.flatMap(s => [...s.variants, ...s.adjectives]));
		const clashes = all.flatMap(i => [i.name, i.acronym, ...i.variants]).filter(f => f !== null && stateForms.has(f));
		assert.deepEqual(clashes, []);
	});

	it('has no bare generic word as a name or variant', () => {
		const generic = new Set(['Council', 'Committee', 'Assembly', 'Mission', 'Commission', 'Office', 'Group', 'Court',
			'Fund', 'Agency', 'Union', 'Forum', 'Tribunal', 'Organization', 'Programme', 'Department']);
		const bare = all.flatMap(i => [i.name, ...i.variants]).filter(f => generic.has(f.replace(/^(the|The) /, '')));
		assert.deepEqual(bare, []);
	});

	it('has an institution for every group a State belongs to', () => {
		const groups = new Set(states.states.flatMap(s => s.groups));
		assert.deepEqual([...groups].filter(g => !all.some(i => i.name === g)), []);
	});

	it('knows well-known institutions and their kinds', () => {
		const facts: [string, string][] = [['MINUSCA', 'mission'], ['UNMISS', 'mission'], ['ICJ', 'court'], ['ICC', 'court'],
			['UNICEF', 'fund-programme'], ['WHO', 'agency'], ['ECOWAS', 'regional-organization'], ['OCHA', 'secretariat-office'],
			['NAM', 'negotiating-group'], ['ACABQ', 'committee'], ['CTED', 'subsidiary-body']];
		for (const [acronym, kind] of facts) assert.equal(byAcronym(acronym)?.kind, kind, acronym);
		assert.equal(byAcronym('MONUSCO')?.name, 'United Nations Organization Stabilization Mission in the Democratic Republic of the Congo');
		assert.equal(byForm('Arab League')?.name, 'League of Arab States');
		assert.equal(byForm('Organization for Security and Cooperation in Europe')?.acronym, 'OSCE');
		assert.equal(byForm('Group of 77 and China')?.name, 'Group of 77');
		assert.equal(byForm('Security Council')?.kind, 'organ');
		assert.equal(all.filter(i => /^(First|Second|Third|Fourth|Fifth|Sixth) Committee$/.test(i.name)).length, 6);
	});
});

/** Cue words as the engine's tokenizer sees them: lower case, punctuation and hyphens as spaces. */
const normalizeCue = (cue: string) => cue.toLowerCase().replace(/[^\p{L}\p{N}*]+/gu, ' ').trim();

describe('vocabulary: themes', () => {
	const all = themes.themes;
	const builtinIds = ['cyber-security', 'critical-infrastructure', 'international-law', 'sovereignty', 'multilateralism',
		'un-reform', 'peace-process', 'peacekeeping', 'protection-of-civilians', 'humanitarian-access', 'sanctions',
		'terrorism', 'arms-control', 'nuclear-non-proliferation', 'human-rights', 'accountability', 'rule-of-law',
		'elections-governance', 'women-peace-security', 'children-armed-conflict', 'refugees-migration', 'development',
		'climate-security', 'health', 'food-security', 'digital-divide', 'capacity-building', 'disinformation',
		'regional-organizations', 'financing-budget'];

	it('validates against its schema', () => {
		assert.deepEqual(schemaErrors(themesSchema, themes), []);
	});

	it('has exactly the 30 built-in theme ids, in order', () => {
		assert.deepEqual(all.map(t => t.id), builtinIds);
	});

	it('gives each built-in theme a label, a one-line description and 15 to 40 lower-case cues, flat', () => {
		for (const t of all) {
			assert.ok(t.label.length > 0 && t.description.length > 0 && !t.description.includes('\n'), t.id);
			assert.ok(t.cues.length >= 15 && t.cues.length <= 40, `${t.id} has ${t.cues.length} cues`);
			assert.deepEqual(t.cues.filter(c => c !== c.toLowerCase()), [], t.id);
			const hierarchy = t as { broader?: string | null; narrower?: string[] };
			assert.ok(!hierarchy.broader && !hierarchy.narrower?.length, `${t.id} should be flat`);
		}
	});

	it('never gives one cue to two themes, nor a generic word as a cue', () => {
		assert.deepEqual(duplicates(all.flatMap(t => [...new Set(t.cues.map(normalizeCue))])), []);
		const generic = new Set(['security', 'peace', 'law', 'support', 'council', 'united nations', 'international',
			'state', 'states', 'people', 'country', 'countries', 'situation', 'development', 'environment', 'climate']);
		assert.deepEqual(all.flatMap(t => t.cues).filter(c => generic.has(c)), []);
	});

	it('puts a wildcard only at the end of a cue, after at least four letters', () => {
		const bad = [...all.flatMap(t => t.cues), ...stances.stances.flatMap(s => s.cues)]
			.filter(c => c.includes('*') && !/(^|\s)[^\s*]*\p{L}{4}\*$/u.test(c));
		assert.deepEqual(bad, []);
	});

	it('the schema takes a user theme with a hierarchy and no cues, and rejects malformed cues and ids', () => {
		const user = { id: 'ict-norms', label: 'ICT norms', broader: 'cyber-security', narrower: ['ict-norms-voluntary'] };
		assert.deepEqual(schemaErrors(themesSchema, { themes: [user] }), []);
		assert.notDeepEqual(schemaErrors(themesSchema, { themes: [{ ...user, cues: ['war*'] }] }), []);
		assert.notDeepEqual(schemaErrors(themesSchema, { themes: [{ ...user, cues: ['call* on'] }] }), []);
		assert.notDeepEqual(schemaErrors(themesSchema, { themes: [{ ...user, id: 'ICT Norms' }] }), []);
		assert.notDeepEqual(schemaErrors(themesSchema, { themes: [{ ...user, colour: 'red' }] }), []);
	});
});

describe('vocabulary: stances', () => {
	const all = stances.stances;

	it('validates against its schema', () => {
		assert.deepEqual(schemaErrors(stancesSchema, stances, [themesSchema]), []);
	});

	it('has exactly the model\'s six stances, in order, each with cues', () => {
		assert.deepEqual(all.map(s => s.id), [...STANCES]);
		for (const s of all) assert.ok(s.cues.length >= 10, s.id);
	});

	it('never gives one cue to two stances', () => {
		assert.deepEqual(duplicates(all.flatMap(s => [...new Set(s.cues.map(normalizeCue))])), []);
	});

	it('the schema rejects an unknown stance and a malformed cue', () => {
		const base = { id: 'supports', label: 'Supports', cues: ['support*'] };
		assert.deepEqual(schemaErrors(stancesSchema, { stances: [base] }, [themesSchema]), []);
		assert.notDeepEqual(schemaErrors(stancesSchema, { stances: [{ ...base, id: 'neutral' }] }, [themesSchema]), []);
		assert.notDeepEqual(schemaErrors(stancesSchema, { stances: [{ ...base, cues: ['sup*'] }] }, [themesSchema]), []);
	});

	it('files well-known cues under the right stance', () => {
		const stanceOf = (cue: string) => all.find(s => s.cues.includes(cue))?.id;
		assert.equal(stanceOf('condemn*'), 'condemns');
		assert.equal(stanceOf('welcom*'), 'welcomes');
		assert.equal(stanceOf('reject*'), 'opposes');
		assert.equal(stanceOf('call on'), 'calls-for');
		assert.equal(stanceOf('alarm*'), 'concerned');
		assert.equal(stanceOf('support*'), 'supports');
	});
});
