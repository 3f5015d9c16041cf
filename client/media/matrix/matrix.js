// The positions matrix panel's own script (loaded with the page's nonce; no library, no network).
// It moves the focus between cells with the keyboard (a roving tabindex, as in the WAI-ARIA grid
// pattern), shows the sentences behind the focused or hovered cell, and asks the extension to
// reveal a statement or export the matrix. The table itself is rendered by the extension.
// @ts-check
(function () {
	// eslint-disable-next-line no-undef
	const vscode = acquireVsCodeApi();
	const grid = document.getElementById('matrix');
	const details = document.getElementById('details');
	/** @type {Record<string, {label: string, statements: {file: string, fileLabel: string, uri: string, startLine: number, start: number, end: number, speaker: string, sentence: string, what: string}[]}>} */
	let cellData = {};
	/** @type {HTMLElement[][]} */
	const rows = [];
	if (grid) {
		for (const td of grid.querySelectorAll('td.cell')) {
			const r = Number(td.getAttribute('data-row')), c = Number(td.getAttribute('data-col'));
			(rows[r] = rows[r] || [])[c] = /** @type {HTMLElement} */ (td);
		}
	}
	const state = vscode.getState() || {};
	let current = null;

	function cellAt(r, c) {
		const row = rows[Math.max(0, Math.min(rows.length - 1, r))];
		return row ? row[Math.max(0, Math.min(row.length - 1, c))] : null;
	}

	function position(td) {
		return [Number(td.getAttribute('data-row')), Number(td.getAttribute('data-col'))];
	}

	/** Makes `td` the one cell in the tab order, and optionally focuses it. */
	function select(td, focus) {
		if (!td) return;
		if (current) { current.tabIndex = -1; current.classList.remove('current'); }
		current = td;
		td.tabIndex = 0;
		td.classList.add('current');
		if (focus) td.focus();
		const [r, c] = position(td);
		vscode.setState({ row: r, col: c });
		show(td);
	}

	function show(td) {
		if (!details) return;
		const key = td.getAttribute('data-row') + ',' + td.getAttribute('data-col');
		const data = cellData[key];
		details.textContent = '';
		const h = document.createElement('h2');
		h.textContent = td.getAttribute('aria-label') || '';
		details.appendChild(h);
		if (!data || !data.statements.length) return;
		const list = document.createElement('ul');
		data.statements.forEach((s, i) => {
			const li = document.createElement('li');
			const b = document.createElement('button');
			b.type = 'button';
			b.textContent = s.speaker + ' — ' + s.fileLabel + ', line ' + s.startLine + (s.what ? ' (' + s.what + ')' : '');
			b.addEventListener('click', () => reveal(key, i));
			const q = document.createElement('blockquote');
			q.textContent = s.sentence;
			li.append(b, q);
			list.appendChild(li);
		});
		details.appendChild(list);
	}

	function reveal(key, index) {
		const data = cellData[key];
		const s = data && data.statements[index];
		if (s) vscode.postMessage({ type: 'reveal', uri: s.uri, start: s.start, end: s.end, startLine: s.startLine });
	}

	if (grid) {
		grid.addEventListener('keydown', e => {
			if (!current) return;
			const [r, c] = position(current);
			const moves = {
				ArrowRight: [r, c + 1], ArrowLeft: [r, c - 1], ArrowDown: [r + 1, c], ArrowUp: [r - 1, c],
				Home: e.ctrlKey ? [0, 0] : [r, 0], End: e.ctrlKey ? [rows.length - 1, Infinity] : [r, Infinity],
				PageDown: [r + 10, c], PageUp: [r - 10, c],
			};
			if (e.key in moves) {
				e.preventDefault();
				const [nr, nc] = moves[e.key];
				select(cellAt(nr, nc), true);
			} else if (e.key === 'Enter' || e.key === ' ') {
				e.preventDefault();
				reveal(r + ',' + c, 0);
			}
		});
		grid.addEventListener('click', e => {
			const td = /** @type {HTMLElement} */ (e.target).closest('td.cell');
			if (!td) return;
			select(td, true);
			const [r, c] = position(td);
			reveal(r + ',' + c, 0);
		});
		grid.addEventListener('mouseover', e => {
			const td = /** @type {HTMLElement} */ (e.target).closest('td.cell');
			if (td) show(td);
		});
		grid.addEventListener('focusin', e => {
			const td = /** @type {HTMLElement} */ (e.target).closest('td.cell');
			if (td && td !== current) select(td, false);
		});
		const first = cellAt(state.row || 0, state.col || 0) || cellAt(0, 0);
		if (first) { first.tabIndex = 0; current = first; }
	}

	for (const b of document.querySelectorAll('button[data-export]')) {
		b.addEventListener('click', () => vscode.postMessage({ type: 'export', format: b.getAttribute('data-export') }));
	}

	window.addEventListener('message', e => {
		const m = e.data;
		if (m && m.type === 'cells') {
			cellData = m.cells || {};
			if (current) show(current);
		} else if (m && m.type === 'focus') {
			select(cellAt(m.row, m.col), true);
		}
	});
	vscode.postMessage({ type: 'ready' });
})();
