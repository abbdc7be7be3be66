/**
 * The organisation's contact as readers use it, or null when the site sets none: an unset contact
 * hides the contact line, a set one is shown as it is (the schema has checked its form).
 */
export interface Contact {
	/** `mailto:…` or the page's address. */
	href: string;
	/** What the reader sees: the e-mail address or the page's address. */
	text: string;
	/** Whether a message can be prepared for it (an e-mail address). */
	email: boolean;
}

export function readerContact(contact: string | undefined): Contact | null {
	if (!contact) return null;
	const email = !/^https?:/i.test(contact);
	return { href: email ? `mailto:${contact}` : contact, text: contact, email };
}
