/**
 * « Copier le modèle »: copies the template with its formatting (HTML for Word and Outlook, plain
 * text for everything else), falls back to the older copy command, and at worst selects the text
 * so that Ctrl+C copies it. Each outcome is announced in the template's status line.
 */
const MESSAGES = {
	copied: 'Modèle copié : collez-le dans votre document ou votre message.',
	selected: 'Le modèle est sélectionné : copiez-le avec Ctrl+C (ou Cmd+C sur Mac).',
} as const;

/**
 * The template as it reads: without the heading anchors (their icon and their hidden « Section
 * intitulée … » text). The copy is laid out off screen for a moment, so its text keeps its lines.
 */
function readable(body: HTMLElement): { html: string; text: string } {
	const copy = body.cloneNode(true) as HTMLElement;
	for (const hidden of copy.querySelectorAll('.sl-anchor-link, [aria-hidden="true"], .sr-only')) hidden.remove();
	copy.style.position = 'fixed';
	copy.style.insetInlineStart = '-10000px';
	document.body.append(copy);
	const text = copy.innerText;
	copy.remove();
	return { html: copy.innerHTML, text };
}

async function copyFormatted(body: HTMLElement): Promise<boolean> {
	const { html, text } = readable(body);
	try {
		if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
			await navigator.clipboard.write([
				new ClipboardItem({
					'text/html': new Blob([html], { type: 'text/html' }),
					'text/plain': new Blob([text], { type: 'text/plain' }),
				}),
			]);
			return true;
		}
		if (navigator.clipboard?.writeText) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch (error) {
		// Refused (no permission, insecure context): the fallbacks below still copy or select.
		console.info('Copie du modèle par le presse-papiers refusée, autre méthode essayée.', error);
	}
	return false;
}

function select(body: HTMLElement): void {
	const range = document.createRange();
	range.selectNodeContents(body);
	const selection = window.getSelection();
	selection?.removeAllRanges();
	selection?.addRange(range);
}

export function enhanceTemplates(): void {
	for (const section of document.querySelectorAll<HTMLElement>('[data-template]')) {
		const button = section.querySelector<HTMLButtonElement>('[data-template-copy]');
		const body = section.querySelector<HTMLElement>('[data-template-body]');
		const status = section.querySelector<HTMLElement>('[data-template-status]');
		if (!button || !body || !status) continue;
		button.hidden = false;
		button.addEventListener('click', async () => {
			status.textContent = '';
			if (await copyFormatted(body)) {
				status.textContent = MESSAGES.copied;
				return;
			}
			select(body);
			// execCommand is deprecated but is the only copy some browsers allow without permission.
			const copied = document.execCommand('copy');
			status.textContent = copied ? MESSAGES.copied : MESSAGES.selected;
		});
	}
}
