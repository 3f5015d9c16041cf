import assert from 'node:assert/strict';
import { serialized } from '../annotations/queue';

describe('serialized', () => {
	it('runs tasks of one key one after another, in order', async () => {
		const log: string[] = [];
		const task = (name: string, ticks: number) => async () => {
			log.push(`start ${name}`);
			for (let i = 0; i < ticks; i++) await new Promise(resolve => setImmediate(resolve));
			log.push(`end ${name}`);
			return name;
		};
		const results = await Promise.all([serialized('k', task('a', 5)), serialized('k', task('b', 1)), serialized('k', task('c', 3))]);
		assert.deepEqual(results, ['a', 'b', 'c']);
		assert.deepEqual(log, ['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
	});

	it('lets other keys run meanwhile', async () => {
		const log: string[] = [];
		let release!: () => void;
		const blocked = serialized('x', () => new Promise<void>(resolve => { release = resolve; }).then(() => { log.push('x'); }));
		await serialized('y', async () => { log.push('y'); });
		release();
		await blocked;
		assert.deepEqual(log, ['y', 'x']);
	});

	it('goes on after a failed task, which still rejects for its caller', async () => {
		const failing = serialized('z', async () => { throw new Error('boom'); });
		const next = serialized('z', async () => 'after');
		await assert.rejects(failing, /boom/);
		assert.equal(await next, 'after');
	});
});
