import assert from 'node:assert/strict';
import { EMPTY_ANALYSIS } from '../../core/model';
import { releasingWhenIdle } from '../../lsp/idleRelease';

// Node runs due timers in order of their due time, so these checks hold however late the loop runs.
const wait = (ms: number) => new Promise(resolve => setTimeout(resolve, ms));

describe('letting the engine’s kept memory go when idle', () => {
	it('drops it once, after the quiet time that follows the last analysis', async () => {
		let drops = 0;
		const analyzed: string[] = [];
		const analyze = releasingWhenIdle(text => { analyzed.push(text); return EMPTY_ANALYSIS; }, 40, () => drops++);
		analyze('a');
		analyze('b'); // puts the drop off again
		await wait(1);
		assert.equal(drops, 0, 'not before the quiet time');
		await wait(40);
		assert.equal(drops, 1, 'once: the first call’s drop was put off');
		await wait(40);
		assert.equal(drops, 1, 'once per quiet spell');
		assert.deepEqual(analyzed, ['a', 'b']);
	});

	it('still schedules the drop when an analysis throws, and passes the error on', async () => {
		let drops = 0;
		const analyze = releasingWhenIdle(() => { throw new Error('bad text'); }, 10, () => drops++);
		assert.throws(() => analyze('x'), /bad text/);
		await wait(40);
		assert.equal(drops, 1);
	});
});
