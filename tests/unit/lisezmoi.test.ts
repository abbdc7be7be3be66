import { describe, expect, it } from 'vitest';
import { lisezmoi } from '../../src/lib/deploy/lisezmoi.ts';

const site = {
	organisation: 'Groupe Exemplaire',
	accentColor: '#b3261e',
	contact: 'rh@exemplaire.example',
	siteUrl: 'https://intranet.exemplaire.example',
	basePath: '/guide-assistants/',
	hiddenPages: [],
	noindex: true,
};

describe('the note for the IT department', () => {
	const text = lisezmoi({ version: '1.2.0', builtOn: '2026-11-23', site });

	it('says what, for whom and when', () => {
		expect(text.split('\n')[0]).toBe('Partenaire 1.2.0 pour Groupe Exemplaire, construit le 2026-11-23');
	});

	it('gives the address, the nginx include and the Docker command for this base path', () => {
		expect(text).toContain('https://intranet.exemplaire.example/guide-assistants/');
		expect(text).toContain('include /chemin/vers/partenaire.conf;');
		expect(text).toContain('docker build --build-arg BASE_PATH=/guide-assistants/ -t partenaire .');
	});

	it('mentions noindex only when the site asks for it', () => {
		expect(text).toContain('noindex');
		expect(lisezmoi({ version: '1', builtOn: 'x', site: { ...site, noindex: false } })).not.toContain('noindex');
	});
});
