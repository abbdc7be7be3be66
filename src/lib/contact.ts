/**
 * The organisation's contact as readers may use it, or null when there is none to show: an
 * address on a domain reserved for examples (RFC 2606: `.example`, `.invalid`, `.test`,
 * `example.com`…) can never answer, so a copy of the guide that kept the sample value shows no
 * contact line rather than an invented address.
 */
export interface Contact {
	/** `mailto:…` or the page's address. */
	href: string;
	/** What the reader sees: the e-mail address or the page's address. */
	text: string;
	/** Whether a message can be prepared for it (an e-mail address). */
	email: boolean;
}

const RESERVED = /(?:^|\.)(?:example|invalid|test|localhost)$|^example\.(?:com|net|org)$/i;

export function readerContact(contact: string | undefined): Contact | null {
	const value = contact?.trim().replace(/^mailto:/i, '');
	if (!value) return null;
	const email = !/^https?:/i.test(value) && value.includes('@');
	let host: string;
	try {
		host = email ? (value.split('@').pop() ?? '') : new URL(value).hostname;
	} catch {
		return null;
	}
	if (!host || RESERVED.test(host)) return null;
	return { href: email ? `mailto:${value}` : value, text: value, email };
}
