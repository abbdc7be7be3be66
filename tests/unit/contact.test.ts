import { describe, expect, it } from 'vitest';
import { readerContact } from '../../src/lib/contact.ts';

describe('the contact shown to readers', () => {
	it.each([
		// a real address, as e-mail and as a page
		['rh@entreprise.fr', { href: 'mailto:rh@entreprise.fr', text: 'rh@entreprise.fr', email: true }],
		[
			'https://intranet.entreprise.fr/contact',
			{ href: 'https://intranet.entreprise.fr/contact', text: 'https://intranet.entreprise.fr/contact', email: false },
		],
		// the sample value and other reserved domains never reach the page
		['contact@partenaire.example', null],
		['https://example.com/contact', null],
		['moi@machine.test', null],
		// unset
		[undefined, null],
		['', null],
	])('%s', (contact, expected) => {
		expect(readerContact(contact)).toEqual(expected);
	});
});
