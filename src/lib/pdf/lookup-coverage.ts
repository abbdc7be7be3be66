/**
 * The glyphs each lookup of a font's GSUB or GPOS table can start from, read from the font's
 * bytes (OpenType's common table formats) without decoding the lookup. fontkit decodes every
 * lookup of the features it applies before its first word, whole: Inter's mark positioning
 * alone, anchors for every base glyph, costs 20 to 35 ms a font and never applies to text
 * without combining accents. shaping.ts skips a lookup that covers none of a word's glyphs
 * without it being decoded; tests/unit/pdf-shaping.test.ts checks that these glyphs are those of
 * the decoded lookups, for every lookup of the four fonts.
 */

/** Where a layout table's lookups are, and which kind of table it is. */
export interface LayoutTableBytes {
	view: DataView;
	/** Offset of the GSUB or GPOS table in the font file. */
	offset: number;
	gpos: boolean;
}

/** Adds the glyph ids of the coverage table at `at` (format 1: a list, format 2: ranges); false if it is not one. */
function coverageGlyphs(view: DataView, at: number, into: Set<number>): boolean {
	const format = view.getUint16(at);
	const count = view.getUint16(at + 2);
	if (format === 1) {
		for (let index = 0; index < count; index++) into.add(view.getUint16(at + 4 + 2 * index));
		return true;
	}
	if (format === 2) {
		for (let index = 0; index < count; index++) {
			const range = at + 4 + 6 * index;
			for (let glyph = view.getUint16(range); glyph <= view.getUint16(range + 2); glyph++) into.add(glyph);
		}
		return true;
	}
	return false;
}

/**
 * Adds the glyphs a subtable at `at` of `lookupType` starts from; false when its layout is not
 * known here (then the lookup is decoded and checked as fontkit decodes it).
 */
function subtableGlyphs(table: LayoutTableBytes, lookupType: number, at: number, into: Set<number>): boolean {
	const { view, gpos } = table;
	const format = view.getUint16(at);
	const extension = gpos ? 9 : 7;
	const context = gpos ? 7 : 5;
	const chaining = gpos ? 8 : 6;
	if (lookupType === extension)
		return format === 1 && subtableGlyphs(table, view.getUint16(at + 2), at + view.getUint32(at + 4), into);
	// Contextual, format 3: the coverages of the input glyphs, the first one's where the rule starts.
	if (lookupType === context && format === 3)
		return view.getUint16(at + 2) > 0 && coverageGlyphs(view, at + view.getUint16(at + 6), into);
	if (lookupType === chaining && format === 3) {
		const backtrack = view.getUint16(at + 2);
		const input = at + 4 + 2 * backtrack;
		return view.getUint16(input) > 0 && coverageGlyphs(view, at + view.getUint16(input + 2), into);
	}
	// Every other subtable starts with its format then the offset of the coverage it applies at (for
	// mark attachment, the marks' coverage).
	return coverageGlyphs(view, at + view.getUint16(at + 2), into);
}

/**
 * The glyphs lookup `index` of the table can start from, as a table by glyph id (1: covered), or
 * null when its subtables are not all of a known layout.
 */
export function lookupStartsFromBytes(table: LayoutTableBytes, index: number): Uint8Array | null {
	const { view, offset } = table;
	const lookupList = offset + view.getUint16(offset + 8);
	if (index >= view.getUint16(lookupList)) return null;
	const lookup = lookupList + view.getUint16(lookupList + 2 + 2 * index);
	const lookupType = view.getUint16(lookup);
	const glyphs = new Set<number>();
	for (let subtable = 0; subtable < view.getUint16(lookup + 4); subtable++) {
		if (!subtableGlyphs(table, lookupType, lookup + view.getUint16(lookup + 6 + 2 * subtable), glyphs)) return null;
	}
	const covered = new Uint8Array(Math.max(0, ...glyphs) + 1);
	for (const glyph of glyphs) covered[glyph] = 1;
	return covered;
}
