import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse } from 'yaml';
import schema from '../../../schemas/annotations.schema.json';
import { attachAll } from '../annotations/anchor';
import { parseAnnotationFile } from '../annotations/parse';

const SAMPLES = join(__dirname, '..', '..', '..', 'samples');
const files = existsSync(SAMPLES) ? readdirSync(SAMPLES).filter(f => f.endsWith('.annotations.yaml')) : [];

describe('sample annotation files', () => {
	it('exist for the sample meeting texts', () => {
		for (const text of ['s-pv-9901.txt', 'press-release-9901.txt']) {
			assert.ok(files.includes(text.replace(/\.txt$/, '.annotations.yaml')), `no annotation file for ${text}`);
		}
	});

	const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
	for (const file of files) {
		describe(file, () => {
			const yaml = readFileSync(join(SAMPLES, file), 'utf8');

			it('validates against schemas/annotations.schema.json', () => {
				assert.ok(validate(parse(yaml)), JSON.stringify(validate.errors));
			});

			it('passes the store\'s own checks', () => {
				const result = parseAnnotationFile(yaml);
				assert.ok(result.ok, JSON.stringify(result.problems));
				assert.ok(result.annotations.length >= 3);
			});

			it('anchors every annotation in its text', () => {
				const result = parseAnnotationFile(yaml);
				assert.ok(result.ok);
				const text = readFileSync(join(SAMPLES, file.replace(/\.annotations\.yaml$/, '.txt')), 'utf8');
				for (const { annotation, resolution } of attachAll(text, result.annotations)) {
					assert.notEqual(resolution.status, 'orphan', `${annotation.id}: "${annotation.anchor.quote}"`);
				}
			});
		});
	}
});
