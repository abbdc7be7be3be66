import { describe, expect, it } from 'vitest';
import { audienceList, frenchDate } from '../../src/lib/labels.ts';

describe('labels shown to readers', () => {
	it('lists the audiences in running text, acronyms kept', () => {
		expect(audienceList(['assistant', 'dirigeant', 'entreprise'])).toBe(
			'assistantes et assistants, dirigeantes et dirigeants, entreprises et RH',
		);
	});

	it('writes dates the French way', () => {
		expect(frenchDate(new Date('2026-11-23T00:00:00Z'))).toBe('23 novembre 2026');
	});
});
