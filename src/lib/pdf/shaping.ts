/**
 * Faster OpenType shaping for the parsed fonts, with the same glyphs and positions as fontkit's.
 *
 * Shaping a word runs every lookup of the features fontkit applies by default (ccmp, locl, mark,
 * mkmk, calt, kern…) over every glyph of the word, and for each glyph tries every subtable of the
 * lookup: Inter's contextual alternates (calt) alone hold a lookup of 69 subtables, each matched
 * backwards from the glyph before its coverage is even looked at, and fontkit searches coverage
 * and class tables linearly. In a fresh process that was two thirds of the livre blanc's time.
 *
 * Every OpenType lookup type applies at a glyph only if that glyph is in the subtable's first
 * coverage (the input coverage of a contextual subtable), so a lookup none of whose subtables
 * covers a glyph of the word changes nothing, and a subtable that does not cover the current
 * glyph fails. Checking that first (for a lookup not yet decoded, from the font's bytes:
 * lookup-coverage.ts), and finding coverage indexes and glyph classes in arrays built once per
 * table, skips only work whose result was known: the shapes stay the same, to the glyph, the
 * characters and the position (tests/unit/pdf-shaping.test.ts compares them with fontkit's own).
 *
 * No feature is turned off: contextual alternates change what a reader sees (parentheses and
 * hyphens raised between capitals or figures: « (DPO) », « L6321-1 »), and the others, once
 * skipped this way for words they cannot change, cost nothing measurable.
 *
 * The fonts are fontkit objects; these are their processors' internals, checked at start-up so
 * that a fontkit that changes them stops the build with a clear message instead of shaping
 * differently.
 */

import { lookupStartsFromBytes, type LayoutTableBytes } from './lookup-coverage.ts';

/** A coverage table: the glyphs a subtable applies to, by list (version 1) or by ranges (version 2). */
interface Coverage {
	version: number;
	glyphs?: number[];
	rangeRecords?: { start: number; end: number; startCoverageIndex: number }[];
}

/** A class definition table: glyph classes by an array from a first glyph, or by ranges. */
interface ClassDef {
	version: number;
	startGlyph?: number;
	classValueArray?: number[];
	classRangeRecord?: { start: number; end: number; class: number }[];
}

/** The fields of a lookup subtable that say which glyph it starts from. */
interface Subtable {
	lookupType?: number;
	extension?: Subtable;
	version?: number;
	coverage?: Coverage;
	/** Contextual, version 3: one coverage per input glyph. */
	coverages?: Coverage[];
	/** Chaining contextual, version 3. */
	inputCoverage?: Coverage[];
	/** Mark attachment (GPOS 4, 5) and mark-to-mark (GPOS 6). */
	markCoverage?: Coverage;
	mark1Coverage?: Coverage;
}

interface Lookup {
	lookupType: number;
	subTables: Subtable[];
}

interface GlyphInfo {
	id: number;
	/** The features that apply to the glyph, by tag. */
	features: Record<string, boolean>;
}

type LookupEntry = { feature: string; index: number; lookup: Lookup & { flags: object } };

/** fontkit's GSUB or GPOS processor: the methods this module speeds up. */
interface Processor {
	glyphIterator: { cur: GlyphInfo | null; index: number; reset(flags: object): void; next(): void };
	currentFeature: string | null;
	/** The features of the script and language last selected, by tag. */
	features: Record<string, { lookupListIndexes: number[] } | undefined>;
	/** The GSUB or GPOS table, whose lookups fontkit decodes on request. */
	table: { lookupList: { get(index: number): (Lookup & { flags: object }) | undefined } };
	scriptTag: string | null;
	selectScript(script?: string, language?: string, direction?: string): string | null;
	lookupsForFeatures(features?: string[], exclude?: number[]): LookupEntry[];
	applyLookups(lookups: LookupEntry[], glyphs: GlyphInfo[], positions: unknown): void;
	applyLookup(lookupType: number, table: Subtable): boolean;
	coverageIndex(coverage: Coverage, glyph?: number | null): number;
	getClassID(glyph: number, classDef: ClassDef): number;
}

interface Table {
	/** Extension lookups (GSUB 7, GPOS 9) wrap a subtable of another type. */
	extension: number;
	/** Contextual lookups, whose first coverage is that of their first input glyph. */
	context: number;
	chainingContext: number;
}

const GSUB: Table = { extension: 7, context: 5, chainingContext: 6 };
const GPOS: Table = { extension: 9, context: 7, chainingContext: 8 };

/**
 * Each glyph's index in a coverage table (-1 for the glyphs it does not hold), by glyph id: the
 * first entry that holds the glyph, as fontkit's search finds it.
 */
function coverageIndexes(coverage: Coverage): Int32Array {
	const glyphs = coverage.version === 1 ? (coverage.glyphs ?? []) : [];
	const ranges = coverage.version === 2 ? (coverage.rangeRecords ?? []) : [];
	const size = Math.max(0, ...glyphs, ...ranges.map((range) => range.end)) + 1;
	const indexes = new Int32Array(size).fill(-1);
	glyphs.forEach((glyph, index) => {
		if (indexes[glyph] === -1) indexes[glyph] = index;
	});
	for (const range of ranges) {
		for (let glyph = range.start; glyph <= range.end; glyph++) {
			if (indexes[glyph] === -1) indexes[glyph] = range.startCoverageIndex + glyph - range.start;
		}
	}
	return indexes;
}

/** The index of `glyph` in a coverage table's indexes, -1 when it is not covered. */
function indexIn(indexes: Int32Array, glyph: number): number {
	return indexes[glyph] ?? -1;
}

/** Each glyph's class in a class definition table, by glyph id (0, the default, for the others). */
function glyphClasses(classDef: ClassDef): Int32Array {
	const values = classDef.version === 1 ? (classDef.classValueArray ?? []) : [];
	const first = classDef.startGlyph ?? 0;
	const ranges = classDef.version === 2 ? (classDef.classRangeRecord ?? []) : [];
	const size = Math.max(first + values.length, ...ranges.map((range) => range.end + 1));
	const classes = new Int32Array(size);
	const assigned = new Uint8Array(size);
	values.forEach((value, index) => (classes[first + index] = value));
	for (const range of ranges) {
		for (let glyph = range.start; glyph <= range.end; glyph++) {
			if (!assigned[glyph]) {
				classes[glyph] = range.class;
				assigned[glyph] = 1;
			}
		}
	}
	return classes;
}

/**
 * The coverage a subtable of `lookupType` must find the current glyph in to apply, or undefined
 * when its layout is not one this module knows (then it is always tried).
 */
function firstCoverage(table: Table, lookupType: number, subtable: Subtable): Coverage | undefined {
	if (lookupType === table.extension)
		return subtable.extension && firstCoverage(table, subtable.lookupType ?? 0, subtable.extension);
	if (lookupType === table.context && subtable.version === 3) return subtable.coverages?.[0];
	if (lookupType === table.chainingContext && subtable.version === 3) return subtable.inputCoverage?.[0];
	if (table === GPOS && (lookupType === 4 || lookupType === 5)) return subtable.markCoverage;
	if (table === GPOS && lookupType === 6) return subtable.mark1Coverage;
	return subtable.coverage;
}

/** Memoised per table object: fontkit decodes each table once and keeps it. */
function memo<K extends object, V>(make: (key: K) => V): (key: K) => V {
	const values = new WeakMap<K, V>();
	return (key) => {
		let value = values.get(key);
		if (value === undefined) {
			value = make(key);
			values.set(key, value);
		}
		return value;
	};
}

function quicken(processor: Processor, table: Table, bytes: LayoutTableBytes | undefined): void {
	const indexes = memo(coverageIndexes);
	const classes = memo(glyphClasses);
	/** The glyphs a subtable can start from (their coverage indexes), or null when any may. */
	const starts = new WeakMap<Subtable, Int32Array | null>();
	const startsOf = (lookupType: number, subtable: Subtable): Int32Array | null => {
		let found = starts.get(subtable);
		if (found === undefined) {
			const coverage = firstCoverage(table, lookupType, subtable);
			found = coverage && (coverage.version === 1 || coverage.version === 2) ? indexes(coverage) : null;
			starts.set(subtable, found);
		}
		return found;
	};
	/** The glyphs any subtable of a lookup can start from, or null when any may. */
	const lookupStarts = memo((lookup: Lookup): Uint8Array | null => {
		const covered = lookup.subTables.map((subtable) => startsOf(lookup.lookupType, subtable));
		if (covered.some((indexes) => !indexes)) return null;
		const glyphs = new Uint8Array(Math.max(0, ...covered.map((indexes) => indexes?.length ?? 0)));
		for (const indexes of covered) indexes?.forEach((index, glyph) => index >= 0 && (glyphs[glyph] = 1));
		return glyphs;
	});

	/** The glyphs each lookup can start from, read from the font's bytes (null: decode it to know). */
	const undecodedStarts = new Map<number, Uint8Array | null>();
	const startsFromBytes = (index: number): Uint8Array | null => {
		if (!bytes) return null;
		let found = undecodedStarts.get(index);
		if (found === undefined) {
			try {
				found = lookupStartsFromBytes(bytes, index);
			} catch {
				// Offsets outside the font: let fontkit decode the lookup, and fail as it fails.
				found = null;
			}
			undecodedStarts.set(index, found);
		}
		return found;
	};

	const { selectScript, applyLookups, applyLookup } = processor;
	// fontkit selects the script again for every word and, given no language, rebuilds the table of its
	// features each time: the same table, since the font and the arguments are the same.
	type Selection = { script: string | undefined; language: string | undefined; direction: string | undefined };
	let selected: (Selection & { tag: string | null; features: object }) | undefined;
	processor.selectScript = function (script, language, direction) {
		if (
			selected !== undefined &&
			selected.script === script &&
			selected.language === language &&
			selected.direction === direction &&
			selected.tag === this.scriptTag &&
			selected.features === this.features
		) {
			return selected.tag;
		}
		const tag = selectScript.call(this, script, language, direction);
		selected = { script, language, direction, tag, features: this.features };
		return tag;
	};
	// The lookups of a set of features depend on the selected features alone; fontkit lists and
	// sorts them again for every word, and decodes each before its first word. Listed here as
	// fontkit lists them (OTProcessor.lookupsForFeatures), once, each decoded when first needed.
	const listed = memo((): Map<string, LookupEntry[]> => new Map());
	processor.lookupsForFeatures = function (features = [], exclude) {
		const lists = listed(this.features);
		const key = `${features.join(' ')}|${exclude?.join(' ') ?? ''}`;
		let lookups = lists.get(key);
		if (!lookups) {
			const { lookupList } = this.table;
			lookups = features.flatMap((feature) =>
				(this.features[feature]?.lookupListIndexes ?? [])
					.filter((index) => !exclude?.includes(index))
					.map((index): LookupEntry => {
						let lookup: LookupEntry['lookup'] | undefined;
						return {
							feature,
							index,
							get lookup() {
								lookup ??= lookupList.get(index);
								if (!lookup) throw new Error(`Lookup ${index} is missing from the font (src/lib/pdf/shaping.ts).`);
								return lookup;
							},
						};
					}),
			);
			lookups.sort((a, b) => a.index - b.index);
			lists.set(key, lookups);
		}
		return lookups;
	};
	// fontkit's loop (OTProcessor.applyLookups), where a lookup covering none of the glyphs as they
	// are when its turn comes (an earlier lookup may have substituted some) is skipped, and so is
	// each glyph none of its subtables covers. The call without lookups sets the processor's glyphs,
	// positions and glyph iterator, as fontkit's own call would.
	processor.applyLookups = function (lookups, glyphs, positions) {
		applyLookups.call(this, [], glyphs, positions);
		const iterator = this.glyphIterator;
		for (const entry of lookups) {
			const undecoded = startsFromBytes(entry.index);
			if (undecoded && !glyphs.some((glyph) => undecoded[glyph.id] === 1)) continue;
			const { feature, lookup } = entry;
			const covered = lookupStarts(lookup);
			if (covered && !glyphs.some((glyph) => covered[glyph.id] === 1)) continue;
			this.currentFeature = feature;
			iterator.reset(lookup.flags);
			while (iterator.index < glyphs.length) {
				const glyph = iterator.cur;
				if (glyph && feature in glyph.features && (!covered || covered[glyph.id] === 1)) {
					for (const subtable of lookup.subTables) if (this.applyLookup(lookup.lookupType, subtable)) break;
				}
				iterator.next();
			}
		}
	};
	processor.applyLookup = function (lookupType, subtable) {
		const glyph = this.glyphIterator.cur;
		const covered = startsOf(lookupType, subtable);
		if (covered && glyph && indexIn(covered, glyph.id) === -1) return false;
		return applyLookup.call(this, lookupType, subtable);
	};
	processor.coverageIndex = function (coverage, glyph) {
		const id = glyph ?? this.glyphIterator.cur?.id;
		if (id === undefined || (coverage.version !== 1 && coverage.version !== 2)) return -1;
		return indexIn(indexes(coverage), id);
	};
	processor.getClassID = (glyph, classDef) => classes(classDef)[glyph] ?? 0;
}

/**
 * Makes `font` shape faster, to the same result. `font` is a fontkit font; throws, naming this
 * file, if fontkit no longer has the processors this module relies on.
 */
export function quickenShaping<Font extends object>(font: Font): Font {
	const fontkitFont = font as {
		_layoutEngine?: { engine?: { GSUBProcessor?: unknown; GPOSProcessor?: unknown } };
		stream?: { view?: unknown };
		directory?: { tables?: Record<string, { offset?: unknown } | undefined> };
	};
	const engine = fontkitFont._layoutEngine?.engine;
	const processors: [unknown, Table, string][] = [
		[engine?.GSUBProcessor, GSUB, 'GSUB'],
		[engine?.GPOSProcessor, GPOS, 'GPOS'],
	];
	for (const [processor, table, tag] of processors) {
		const known =
			['selectScript', 'lookupsForFeatures', 'applyLookups', 'applyLookup', 'coverageIndex', 'getClassID'].every(
				(method) => typeof (processor as Record<string, unknown> | undefined)?.[method] === 'function',
			) && typeof (processor as Partial<Processor>).table?.lookupList.get === 'function';
		if (!known) {
			throw new Error(
				'fontkit no longer has the GSUB/GPOS processors src/lib/pdf/shaping.ts speeds up: review quickenShaping there (or remove it).',
			);
		}
		// The font's bytes, to know which glyphs a lookup covers before decoding it.
		const view = fontkitFont.stream?.view;
		const offset = fontkitFont.directory?.tables?.[tag]?.offset;
		const bytes = view instanceof DataView && typeof offset === 'number' ? { view, offset, gpos: table === GPOS } : undefined;
		quicken(processor as Processor, table, bytes);
	}
	return font;
}
