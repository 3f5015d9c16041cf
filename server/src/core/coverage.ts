/**
 * Segments a Meetings Coverage release into reported statements. A statement opens with a
 * paragraph that names its speaker ("Kaja Kallas, Prime Minister of Estonia, … said", "The
 * representative of China said", "Speaking after the vote, the representative of China said",
 * "China's representative", a lead paragraph reporting a briefer by title) and runs on through
 * paragraphs that continue it ("He added that", a quotation ending "she said"). Headlines, vote
 * reports and "Also speaking were …" lists are narration.
 */
import { Heading, Speaker } from './model';
import { Paragraph, paragraphs, textOffset } from './paragraphs';
import { Introduction, introduceSpeaker } from './coverageSpeakers';
import { LineIndex } from './lines';
import { Words } from './tokens';
import { Turn } from './verbatim';
import { Vocabulary } from './vocabulary';

export interface CoverageSegmentation {
	readonly turns: Turn[];
	readonly headings: Heading[];
}

const NARRATION = /^(?:Also speaking (?:were|was|in the debate)|The (?:Security )?Council (?:also )?(?:adopted|unanimously adopted|voted|extended|renewed|began|will|heard|failed|rejected|took|then)|The (?:General )?Assembly (?:also )?(?:adopted|began|will|then|took|decided|elected|heard)|The meeting (?:began|ended|was|opened|closed)|For information media|In the (?:debate|discussion) that followed|Speakers (?:also|in the debate)|Delegates|Members (?:also|heard)|Meeting (?:on|as)|Skip to main content|Press Release|Meetings Coverage)/;

const CONTINUES = /(?:^|[\s,“"(])(?:he|she|He|She)\s+(?:also\s+|then\s+|further\s+|later\s+)?(?:said|added|stressed|noted|went on|continued|emphasized|emphasised|underscored|underlined|urged|called|warned|pointed|recalled|expressed|voiced|welcomed|concluded|asked|observed|explained|proposed|described|highlighted|told|argued|cautioned|reiterated|insisted|maintained|stated|affirmed|reaffirmed|condemned|deplored|rejected|regretted|praised|commended|thanked|appealed|encouraged|acknowledged|recognized|questioned|suggested|announced|drew|turned|spoke|was|had|would|could|did|noting|saying|adding)\b|^(?:He|She|His|Her)\b/;

/**
 * Segments a coverage release. `words`, the whole text's when the caller has them, spare
 * tokenizing the paragraphs' first sentences again.
 */
export function segmentCoverage(text: string, index: LineIndex, vocab: Vocabulary, words: Words | null = null): CoverageSegmentation {
	const paras = paragraphs(text, index);
	const turns: Turn[] = [];
	const headings: Heading[] = [];
	let open: { start: number; end: number; speaker: Speaker; lead: boolean } | null = null;
	let seenNamed = false;
	const close = () => {
		if (open) turns.push({ start: open.start, end: open.end, speaker: open.speaker });
		open = null;
	};

	for (const para of paras) {
		if (isHeading(para)) {
			close();
			headings.push({ text: para.text, span: { start: para.start, end: para.end }, line: index.lineAt(para.start), level: headings.length === 0 ? 1 : 2 });
			continue;
		}
		if (NARRATION.test(para.text) || para.text.length < 300 && /\btook the Chair\b|\breturned to the Chair\b/.test(para.text)) {
			close();
			continue;
		}
		// A paragraph with its line breaks folded is not the text's slice: its words are its own.
		const found = introduceSpeaker(para.text, para.start, vocab, !seenNamed && !open, open?.lead ?? false, para.exact ? words : null);
		const intro = found && !para.exact ? inText(text, para, found) : found;
		if (intro) {
			// The first named speaker after a lead paragraph about a briefer is that briefer.
			if (open?.lead && !intro.lead && (intro.speaker.affiliation === open.speaker.affiliation || !intro.speaker.affiliation)) {
				open.speaker = { ...intro.speaker, title: intro.speaker.title ?? open.speaker.title, affiliation: intro.speaker.affiliation ?? open.speaker.affiliation, affiliationKind: intro.speaker.affiliationKind ?? open.speaker.affiliationKind, role: open.speaker.role };
				open.lead = false;
				open.end = para.end;
				seenNamed = true;
				continue;
			}
			close();
			open = { start: para.start, end: para.end, speaker: intro.speaker, lead: intro.lead };
			if (!intro.lead) seenNamed = true;
			continue;
		}
		if (open && (CONTINUES.test(para.text) || isQuotation(para.text))) {
			open.end = para.end;
			continue;
		}
		close();
	}
	close();
	return { turns, headings };
}

/** The introduction of a paragraph whose line breaks were folded, with its speaker's span in the text's offsets. */
function inText(text: string, para: Paragraph, intro: Introduction): Introduction {
	const span = intro.speaker.span;
	if (!span) return intro;
	// The span was found in para.text, which starts at para.start: offsets past a folded break are off.
	const start = textOffset(text, para, span.start - para.start), end = textOffset(text, para, span.end - para.start);
	return { ...intro, speaker: { ...intro.speaker, span: { start, end } } };
}

function isHeading(para: Paragraph): boolean {
	const t = para.text;
	if (t.length > 260 || /[.:;,!?]["”’)]?$/.test(t) || /^[“"]/.test(t)) return false;
	if (/^(?:Skip to main content|Press Release|Meetings Coverage)/.test(t)) return false;
	return /^[A-Z0-9‘'“"]/.test(t);
}

function isQuotation(t: string): boolean {
	return /^[“"‘]/.test(t) && /(?:he|she) (?:said|added|stressed|told|continued|warned|concluded)\b/.test(t.slice(-80));
}
