/**
 * The faster shaping of src/lib/pdf/shaping.ts gives the PDFs the same glyphs, characters and
 * positions as fontkit's own, word for word: on every word of the guides, as pdfkit cuts them
 * (each with its following space), and on the sequences where Inter's rules do change the glyphs
 * (parentheses and hyphens between capitals or figures, arrows, combining accents, fractions).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, type FontName } from '../../src/lib/pdf/fonts.ts';
import { quickenShaping } from '../../src/lib/pdf/shaping.ts';
import { lookupStartsFromBytes } from '../../src/lib/pdf/lookup-coverage.ts';
import { PROJECT_ROOT } from '../helpers/build-fixture.ts';

type Run = {
	glyphs: { id: number; codePoints: number[] }[];
	positions: { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number }[];
	advanceWidth: number;
};
type Coverage = { version: number; glyphs?: number[]; rangeRecords?: { start: number; end: number }[] };
type Subtable = Record<string, unknown> & { version?: number; lookupType?: number; extension?: Subtable };
type LayoutTable = { lookupList: { length: number; get(index: number): { lookupType: number; subTables: Subtable[] } } };
type Font = {
	layout(text: string): Run;
	GSUB: LayoutTable;
	GPOS: LayoutTable;
	stream: { view: DataView };
	directory: { tables: Record<'GSUB' | 'GPOS', { offset: number }> };
};

const fontkit = createRequire(createRequire(import.meta.url).resolve('pdfkit'))('fontkit') as { openSync(path: string): Font };

/** What a shaped word is made of, to compare two shapings of it. */
function shape(font: Font, text: string): string {
	const run = font.layout(text);
	const glyphs = run.glyphs.map((glyph, index) => {
		const { xAdvance, yAdvance, xOffset, yOffset } = run.positions[index] ?? {};
		return `${glyph.id}[${glyph.codePoints.join(',')}]@${xAdvance},${yAdvance},${xOffset},${yOffset}`;
	});
	return `${glyphs.join(' ')} = ${run.advanceWidth}`;
}

/** The words of every guide, with their punctuation and the space after them, once each. */
function guideWords(): string[] {
	const folder = join(PROJECT_ROOT, 'content/docs/guides');
	const text = readdirSync(folder)
		.map((name) => readFileSync(join(folder, name), 'utf8'))
		.join('\n');
	return [...new Set(text.split(/\s+/).flatMap((word) => (word ? [word, `${word} `] : [])))];
}

/** Where Inter's contextual rules, compositions and fractions change glyphs or positions. */
const RULED = [
	'(DPO), ',
	'(QVCT) ; ',
	'L6321-1)',
	'2025-989 ',
	'A–Z ',
	'12:30 ',
	'-> ',
	'<- ',
	'=> ',
	'1920x1080 ',
	'1⁄2 ',
	'e\u0301te\u0301 ',
	'I\u0308 ',
	'i\u0328\u0301 ',
	'« Oui », ',
	'œuvre ',
	'ÉTÉ ',
	'Toyota, AVAL, Tâche ',
	'office@example.fr ',
];

// Each font's comparison shapes every word of the guides twice, once through fontkit's own slow
// path: about 3.5 s alone, and past Vitest's 5 s default while `npm test` builds in the background.
describe('shaping sped up for the PDFs', { timeout: 60_000 }, () => {
	const words = [...guideWords(), ...RULED];

	it.each(Object.keys(FONT_FILES) as FontName[])('shapes every word in %s as fontkit does', (name) => {
		// Two fresh fonts: fontkit gives a glyph the characters of its first request, so both must
		// see the same requests in the same order.
		const plain = fontkit.openSync(FONT_FILES[name]);
		const quick = quickenShaping(fontkit.openSync(FONT_FILES[name]));
		const differing = words.filter((word) => shape(quick, word) !== shape(plain, word));
		expect(differing).toEqual([]);
	});

	it('still applies the contextual forms: parentheses around capitals are raised', () => {
		const quick = quickenShaping(fontkit.openSync(FONT_FILES.regular));
		const plain = fontkit.openSync(FONT_FILES.regular);
		// Lowercase words keep the plain parenthesis: the rule looks at the letters around it.
		expect(quick.layout('(DPO)').glyphs[0]?.id).not.toBe(plain.layout('(dpo)').glyphs[0]?.id);
		expect(quick.layout('(dpo)').glyphs[0]?.id).toBe(plain.layout('(dpo)').glyphs[0]?.id);
	});

	it.each(['GSUB', 'GPOS'] as const)(
		'reads from the bytes the glyphs each %s lookup starts from, as fontkit decodes them',
		(tag) => {
			const gpos = tag === 'GPOS';
			/** The coverage where a decoded subtable starts, as the OpenType specification places it. */
			const first = (type: number, subtable: Subtable): Coverage | undefined => {
				if (type === (gpos ? 9 : 7) && subtable.extension) return first(subtable.lookupType ?? 0, subtable.extension);
				const contextual = type === (gpos ? 7 : 5) || type === (gpos ? 8 : 6);
				if (contextual && subtable.version === 3) return ((subtable.coverages ?? subtable.inputCoverage) as Coverage[])[0];
				return (subtable.coverage ?? subtable.markCoverage ?? subtable.mark1Coverage) as Coverage | undefined;
			};
			for (const name of Object.keys(FONT_FILES) as FontName[]) {
				const font = fontkit.openSync(FONT_FILES[name]);
				const bytes = { view: font.stream.view, offset: font.directory.tables[tag].offset, gpos };
				for (let index = 0; index < font[tag].lookupList.length; index++) {
					const lookup = font[tag].lookupList.get(index);
					const decoded = new Set<number>();
					for (const subtable of lookup.subTables) {
						const coverage = first(lookup.lookupType, subtable);
						coverage?.glyphs?.forEach((glyph) => decoded.add(glyph));
						for (const range of coverage?.rangeRecords ?? [])
							for (let glyph = range.start; glyph <= range.end; glyph++) decoded.add(glyph);
					}
					const read = lookupStartsFromBytes(bytes, index);
					const fromBytes = new Set(read ? [...read.keys()].filter((glyph) => read[glyph] === 1) : []);
					expect({ name, index, glyphs: [...fromBytes].sort() }).toEqual({ name, index, glyphs: [...decoded].sort() });
				}
			}
		},
	);

	it('stops with a message naming the module when fontkit has no such processors', () => {
		expect(() => quickenShaping({})).toThrow(/src\/lib\/pdf\/shaping\.ts/);
	});
});
