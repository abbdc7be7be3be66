import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig } from '../../src/lib/site-config.ts';

const VALID = `organisation: ACME
accentColor: "#0b6e69"
contact: rh@acme.example
siteUrl: https://intranet.acme.example
basePath: /guide-assistants/
`;

function project(siteYaml: string | undefined, files: Record<string, string> = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'partenaire-site-'));
	mkdirSync(join(root, 'content'));
	if (siteYaml !== undefined) writeFileSync(join(root, 'content/site.yaml'), siteYaml);
	for (const [path, text] of Object.entries(files)) {
		mkdirSync(join(root, 'content', path, '..'), { recursive: true });
		writeFileSync(join(root, 'content', path), text);
	}
	return root;
}

describe('content/site.yaml', () => {
	it('reads a valid file', () => {
		expect(loadSiteConfig(project(VALID))).toMatchObject({ organisation: 'ACME', basePath: '/guide-assistants/' });
	});

	it('needs neither a contact nor a public address: the site then shows none', () => {
		const site = loadSiteConfig(project(VALID.replace(/contact.*\n/, '').replace(/siteUrl.*\n/, '')));
		expect(site.contact).toBeUndefined();
		expect(site.siteUrl).toBeUndefined();
	});

	it('names the file, the line and the field of a malformed contact', () => {
		expect(() => loadSiteConfig(project(VALID.replace('contact: rh@acme.example', 'contact: rh@acme')))).toThrow(
			/^content\/site\.yaml : une valeur de content\/site\.yaml est invalide\.\n {2}- ligne 3, champ « contact » : Contact attendu : une adresse e-mail/,
		);
	});

	it('defaults the base path to the root', () => {
		expect(loadSiteConfig(project(VALID.replace(/basePath.*\n/, ''))).basePath).toBe('/');
	});

	it.each([
		// a colour name instead of a hex code
		['accentColor: "#0b6e69"', 'accentColor: vert', /champ « accentColor » : Couleur attendue en hexadécimal/],
		// a base path without its leading slash
		['basePath: /guide-assistants/', 'basePath: guide-assistants/', /champ « basePath » : Chemin de base attendu/],
		// a contact that is neither an e-mail nor a page
		['contact: rh@acme.example', 'contact: le service RH', /champ « contact » : Contact attendu/],
		// a misspelt field
		['organisation: ACME', 'organisation: ACME\norganization: ACME', /organization/],
		// a logo in a format browsers and PDFs cannot both use
		['organisation: ACME', 'organisation: ACME\nlogo: logo.gif', /champ « logo » : Le logo doit être un fichier \.svg ou \.png/],
	])('refuses %s replaced by %s', (from, to, message) => {
		expect(() => loadSiteConfig(project(VALID.replace(from, to)))).toThrow(message);
	});

	it('names the missing logo file', () => {
		expect(() => loadSiteConfig(project(`${VALID}logo: marque/logo.svg\n`))).toThrow(/content\/marque\/logo\.svg n’existe pas/);
	});

	it('accepts a logo that exists', () => {
		const root = project(`${VALID}logo: marque/logo.svg\n`, { 'marque/logo.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>' });
		expect(loadSiteConfig(root).logo).toBe('marque/logo.svg');
	});

	it('gives the line of malformed YAML', () => {
		expect(() => loadSiteConfig(project('organisation: ACME\naccentColor: "#0b6e69\ncontact: x\n'))).toThrow(
			/content\/site\.yaml : un fichier YAML ne peut pas être lu\.\n {2}- ligne \d+/,
		);
	});

	it('says what the missing file is for', () => {
		expect(() => loadSiteConfig(project(undefined))).toThrow(/Fichier introuvable/);
	});

	it('ends every message with the page that explains the fix', () => {
		expect(() => loadSiteConfig(project(VALID.replace('#0b6e69', 'vert')))).toThrow(
			/Aide : \/contribuer\/erreurs\/site-invalide\/$/,
		);
	});
});
