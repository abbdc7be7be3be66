import { describe, expect, it } from 'vitest';
import { lisezmoi } from '../../src/lib/deploy/lisezmoi.ts';
import { EACH_UPDATE, FIRST_TIME } from '../../src/lib/deploy/update-recipe.ts';

const site = {
	organisation: 'Groupe Exemplaire',
	accentColor: '#b3261e',
	contact: 'rh@exemplaire.example',
	siteUrl: 'https://intranet.exemplaire.example',
	basePath: '/guide-assistants/',
	hiddenPages: [],
	keepContributorDocs: false,
	noindex: true,
};
const content = { commit: '3f2a1bc', date: '2026-11-20', modified: false };

describe('the note for the IT department', () => {
	const text = lisezmoi({ content, builtOn: '2026-11-23', site });

	it('says what, for whom, from which content and when', () => {
		expect(text.split('\n')[0]).toBe(
			'Partenaire pour Groupe Exemplaire (contenu 3f2a1bc du 2026-11-20), construit le 2026-11-23',
		);
		expect(lisezmoi({ content: { ...content, modified: true }, builtOn: 'x', site }).split('\n')[0]).toContain(
			'avec des modifications non validées',
		);
	});

	it('gives the address, the nginx include and the Docker command for this base path', () => {
		expect(text).toContain('https://intranet.exemplaire.example/guide-assistants/');
		expect(text).toContain('include /chemin/vers/partenaire.conf;');
		expect(text).toContain('docker build --build-arg BASE_PATH=/guide-assistants/ -t partenaire .');
	});

	it('gives the git update recipe, every command in order', () => {
		const lines = text.split('\n').map((line) => line.trim());
		const at = [...FIRST_TIME, ...EACH_UPDATE].map((command) => lines.indexOf(command));
		expect(at.every((index) => index > 0)).toBe(true);
		expect([...at].sort((a, b) => a - b)).toEqual(at);
		expect(text).toContain('entreprise/site.yaml');
	});

	it('invents neither an address nor a contact when the site sets none', () => {
		const bare = lisezmoi({ content, builtOn: 'x', site: { ...site, siteUrl: undefined, contact: undefined } });
		expect(bare).toContain('à servir sous le chemin /guide-assistants/');
		expect(bare).not.toMatch(/https?:|Contact pour le contenu/);
		expect(text).toContain('Contact pour le contenu : rh@exemplaire.example');
	});

	it('mentions noindex only when the site asks for it', () => {
		expect(text).toContain('noindex');
		expect(lisezmoi({ content, builtOn: 'x', site: { ...site, noindex: false } })).not.toContain('noindex');
	});
});

describe('/heberger/', () => {
	it('gives the same git update recipe as the note', async () => {
		const { readFileSync } = await import('node:fs');
		const page = readFileSync(new URL('../../content/docs/heberger.mdx', import.meta.url), 'utf8');
		const lines = page.split('\n');
		for (const command of [...FIRST_TIME, ...EACH_UPDATE]) expect(lines).toContain(command);
	});
});
