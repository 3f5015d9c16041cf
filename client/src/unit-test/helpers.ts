/** Shared fixtures for the client's unit tests (no vscode import anywhere here). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Annotation } from '../annotations/model';

/** A fresh temporary folder and a function that removes it. */
export function tempDir(): { dir: string; cleanup: () => void } {
	const dir = mkdtempSync(join(tmpdir(), 'da-annotations-'));
	return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** An annotation with the given id, anchored on `quote` at `start`. */
export function sampleAnnotation(id: string, quote = 'We call for a ceasefire', start = 10): Annotation {
	return {
		id, themes: ['peace-security'], stance: 'calls-for', note: null, author: 'tester',
		created: '2026-11-26T10:00:00.000Z', modified: '2026-11-26T10:00:00.000Z',
		anchor: { quote, prefix: 'said: ', suffix: ' now.', start, end: start + quote.length, speaker: 'Ms. Example (Ruritania)' },
	};
}

/** A valid hand-written file with comments and fields the extension does not know. */
export const HAND_WRITTEN = `# My notes on the meeting -- keep this comment
version: 1
document: meeting.txt
reviewer: Jane   # unknown field, must survive
annotations:
  # first one
  - id: a-first
    themes: [peace-security]
    stance: calls-for
    colour: blue # unknown field inside an annotation
    anchor:
      quote: We call for a ceasefire
      prefix: "said: "
      suffix: " now."
      start: 10
      end: 33
      speaker: Ms. Example (Ruritania)
`;
