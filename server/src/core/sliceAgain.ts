/**
 * The text of a mention, shared with the previous mention of the same entity when spelled alike.
 *
 * A long record names the same state or body tens of thousands of times; every mention kept its
 * own copy of a short string (V8 copies slices under 13 code units). All mentions outlive the
 * analysis, and the collector copies each surviving object young: on a 20 MB record, survivors
 * cost more collection time than any other pass. Comparing in place costs no allocation.
 */
export function sliceAgain(text: string, start: number, end: number, previous: string | undefined): string {
	return previous !== undefined && previous.length === end - start && text.startsWith(previous, start)
		? previous : text.slice(start, end);
}
