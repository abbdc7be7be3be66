/**
 * The rendered prose of every page follows French typography, whatever its source: Markdown,
 * YAML data or component text. Code, keyboard input, scripts and attribute values are exempt.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages } from '../helpers/dist.ts';
import { proseSlips } from '../../src/lib/typography/check.ts';

describe('French typography of the rendered pages', () => {
	for (const { path, html } of htmlPages()) {
		it(path, () => {
			expect(proseSlips(html)).toEqual([]);
		});
	}
});
