/**
 * A small well-formedness check for the SVG the exporter writes (no XML parser among the project's
 * dependencies): every tag closes in order, attributes are quoted and unique, and text holds only
 * the five predefined entities or numeric references.
 */

/** Throws an Error naming the first problem; returns the element names in document order. */
export function checkWellFormed(xml: string): string[] {
	const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
	const stack: string[] = [];
	const names: string[] = [];
	const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
	let i = 0;
	let roots = 0;
	while (i < body.length) {
		const lt = body.indexOf('<', i);
		checkText(body.slice(i, lt < 0 ? body.length : lt), i);
		if (lt < 0) break;
		tag.lastIndex = lt;
		const m = tag.exec(body);
		if (!m) throw new Error(`malformed tag at ${lt}: ${body.slice(lt, lt + 60)}`);
		const [, closing, name, attrs, selfClosing] = m;
		if (closing) {
			const open = stack.pop();
			if (open !== name) throw new Error(`</${name}> closes <${open ?? 'nothing'}> at ${lt}`);
		} else {
			const keys = [...attrs.matchAll(/([\w:.-]+)\s*=/g)].map(a => a[1]);
			if (new Set(keys).size !== keys.length) throw new Error(`repeated attribute in <${name}> at ${lt}`);
			for (const a of attrs.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) checkText(a[1] ?? a[2], lt);
			if (stack.length === 0) roots++;
			names.push(name);
			if (!selfClosing) stack.push(name);
		}
		i = lt + m[0].length;
	}
	if (stack.length) throw new Error(`unclosed <${stack.join('>, <')}>`);
	if (roots !== 1) throw new Error(`${roots} root elements`);
	return names;
}

function checkText(text: string, at: number): void {
	for (const m of text.matchAll(/&([^;\s]*);?/g)) {
		if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1]) || !m[0].endsWith(';')) throw new Error(`bad entity ${m[0]} near ${at}`);
	}
	if (text.includes('>') && /]]>/.test(text)) throw new Error(`']]>' in text near ${at}`);
}
