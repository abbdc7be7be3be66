import { describe, expect, it } from 'vitest';
import { readerContact } from '../../src/lib/contact.ts';

describe('the contact shown to readers', () => {
	it.each([
		// an e-mail address, prepared as a message
		['rh@entreprise.fr', { href: 'mailto:rh@entreprise.fr', text: 'rh@entreprise.fr', email: true }],
		// a page, linked as it is
		[
			'https://intranet.entreprise.fr/contact',
			{ href: 'https://intranet.entreprise.fr/contact', text: 'https://intranet.entreprise.fr/contact', email: false },
		],
		// whatever domain the site sets is its own choice: shown as it is
		['reseau@groupe.example', { href: 'mailto:reseau@groupe.example', text: 'reseau@groupe.example', email: true }],
		// unset: no contact line
		[undefined, null],
	])('%s', (contact, expected) => {
		expect(readerContact(contact)).toEqual(expected);
	});
});
