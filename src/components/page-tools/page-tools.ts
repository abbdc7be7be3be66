/**
 * The page tools of guides and templates: the buttons PageTools.astro draws (print, copy the
 * address) made to work, the offline mark, and « Cette page vous a-t-elle aidé ? » drawn into the
 * place PageEnd.astro leaves, whose answer stays in this browser (localStorage). Loaded after
 * the page, with its own styles.
 */
// As a string, added when the script runs: imported plainly, Astro would put it into every page.
import css from './page-tools.css?inline';

const BUTTON = 'class="action-button" type="button"';

export function enhancePageTools(): void {
	const tools = document.querySelector<HTMLElement>('[data-page-tools]');
	if (!tools) return;
	document.head.insertAdjacentHTML('beforeend', `<style>${css}</style>`);
	const status = tools.querySelector('[data-copy-status]');
	tools.querySelector('[data-print]')?.addEventListener('click', () => print());
	tools.querySelector('[data-copy-link]')?.addEventListener('click', () => {
		void navigator.clipboard.writeText(location.href.split('#')[0] ?? '').then(() => {
			if (status) status.textContent = 'Lien copié';
		});
	});
	// The worker precaches each page as its index.html, with a revision in the query.
	globalThis.caches?.match(new URL('index.html', location.href).href, { ignoreSearch: true }).then((cached) => {
		if (cached) tools.insertAdjacentHTML('beforeend', '<span class="page-tools__offline">Disponible hors ligne</span>');
	}, Boolean);

	const feedback = document.querySelector<HTMLElement>('[data-page-feedback]');
	if (!feedback) return;
	const mail = feedback.dataset['mail'];
	feedback.innerHTML = `<p class="page-feedback__question" id="avis">Cette page vous a-t-elle aidé\u00A0?</p><p class="page-feedback__answers"><button ${BUTTON} value="oui" aria-describedby="avis">Oui</button><button ${BUTTON} value="non" aria-describedby="avis">Pas vraiment</button></p><p tabindex="-1" hidden>Merci, votre réponse reste dans ce navigateur.${mail ? ' <a></a>' : ''}</p>`;
	const thanks = feedback.querySelector<HTMLElement>('[tabindex]');
	const link = thanks?.querySelector('a');
	if (link && mail) {
		link.href = mail;
		link.textContent = 'Écrire ce qui vous a manqué';
	}
	const key = `partenaire:avis:${location.pathname}`;
	const answered = () => {
		feedback.querySelector('.page-feedback__answers')?.remove();
		if (thanks) thanks.hidden = false;
	};
	try {
		if (localStorage.getItem(key)) answered();
	} catch {
		// Storage off: the question is asked again, nothing breaks.
	}
	for (const button of feedback.querySelectorAll('button')) {
		button.addEventListener('click', () => {
			try {
				localStorage.setItem(key, button.value);
			} catch {
				// Unsaved, the answer still gets its thanks.
			}
			answered();
			thanks?.focus();
		});
	}
	feedback.hidden = false;
}
