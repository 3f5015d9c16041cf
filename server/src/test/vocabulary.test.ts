/**
 * The engine's built-in vocabularies (server/data/*.json) must validate against their schemas
 * (schemas/*.schema.json) and keep the invariants the lexicon builder relies on: unique names,
 * no surface form claimed by two entries, no State listed as an institution.
 */
import * as assert from 'node:assert/strict';
import Ajv from 'ajv';
import statesSchema from '../../../schemas/states.schema.json';
import states from '../../data/states.json';

/** Compiles `schema` and returns the validation errors of `data` as readable lines (empty when valid). */
function schemaErrors(schema: object, data: unknown): string[] {
	const validate = new Ajv({ allErrors: true }).compile(schema);
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
});
