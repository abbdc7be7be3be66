/** `npm run new`: the files it writes, what the schemas say of them, and what the command refuses. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { nextSteps, scaffoldPath, scaffoldText } from '../../src/lib/scaffold.ts';
import { pageSchema } from '../../src/schemas/docs.ts';
import { checklistSchema } from '../../src/schemas/checklists.ts';
import { PLACEHOLDER } from '../../src/schemas/shared.ts';
import { readFrontMatter } from '../../src/lib/front-matter.ts';

const ROOT = join(import.meta.dirname, '../..');

function frontMatter(text: string): Record<string, unknown> {
	return readFrontMatter(text);
}

/** Each field the schema refuses, with the catalogue page its message ends with. */
function refusals(schema: typeof pageSchema | typeof checklistSchema, data: unknown): Record<string, string> {
	const result = schema.safeParse(data);
	if (result.success) return {};
	return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message.replace(/.* Aide : /, '')]));
}

describe('npm run new', () => {
	it.each([
		['guide', 'preparer-le-point', 'content/docs/guides/preparer-le-point.mdx'],
		['template', 'compte-rendu', 'content/docs/modeles/compte-rendu.mdx'],
		['checklist', 'avant-le-point', 'content/checklists/avant-le-point.yaml'],
	] as const)('puts a %s named %s in %s', (kind, slug, path) => {
		expect(scaffoldPath(kind, slug)).toBe(path);
	});

	it.each(['Preparer', 'préparer', 'preparer le point', 'preparer--point', '../guides/x'])('refuses the name %j', (slug) => {
		expect(() => scaffoldPath('guide', slug)).toThrow(`« ${slug} » ne peut pas servir de nom de fichier`);
	});

	it('writes a guide whose every field the schema refuses until it is written', () => {
		const data = frontMatter(scaffoldText('guide', 'preparer-le-point'));
		expect(Object.keys(data)).toEqual([
			'title',
			'description',
			'type',
			'audiences',
			'topic',
			'checklists',
			'sources',
			'reviewed',
		]);
		expect(refusals(pageSchema, data)).toEqual({
			title: '/contribuer/erreurs/texte-a-remplir/',
			description: '/contribuer/erreurs/texte-a-remplir/',
			'audiences.0': '/contribuer/erreurs/texte-a-remplir/',
			topic: '/contribuer/erreurs/texte-a-remplir/',
			'checklists.0': '/contribuer/erreurs/texte-a-remplir/',
			'sources.0': '/contribuer/erreurs/texte-a-remplir/',
			reviewed: '/contribuer/erreurs/texte-a-remplir/',
		});
	});

	it('writes a guide that the schema accepts once its placeholders are replaced', () => {
		const data = {
			...frontMatter(scaffoldText('guide', 'preparer-le-point')),
			title: 'Préparer le point',
			description: 'Avant chaque point.',
			audiences: ['assistant'],
			topic: 'posture',
			checklists: ['posture-routine-hebdomadaire'],
			sources: ['falces-posture-partenaire'],
			reviewed: '2026-11-23',
		};
		expect(refusals(pageSchema, data)).toEqual({});
	});

	it('writes a checklist whose every field the schema refuses until it is written', () => {
		const data = parse(scaffoldText('checklist', 'avant-le-point')) as Record<string, unknown>;
		expect(refusals(checklistSchema, data)).toEqual({
			title: '/contribuer/erreurs/texte-a-remplir/',
			summary: '/contribuer/erreurs/texte-a-remplir/',
			guide: '/contribuer/erreurs/texte-a-remplir/',
			'audiences.0': '/contribuer/erreurs/texte-a-remplir/',
			'items.0.id': '/contribuer/erreurs/texte-a-remplir/',
			'items.0.label': '/contribuer/erreurs/texte-a-remplir/',
			'items.0.help': '/contribuer/erreurs/texte-a-remplir/',
		});
	});

	it('names the placeholder and the field in the message', () => {
		const result = pageSchema.safeParse(frontMatter(scaffoldText('guide', 'x')));
		const topic = result.error?.issues.find((issue) => issue.path.join('.') === 'topic');
		expect(topic?.message).toBe(
			`Le texte « ${PLACEHOLDER} » est encore là : remplacez-le. Thème inconnu. Valeurs possibles : posture, confiance, numerique, reseau, charge-invisible, role-strategique, reconnaissance. Aide : /contribuer/erreurs/texte-a-remplir/`,
		);
	});

	it('says what to do next, in order', () => {
		expect(nextSteps('checklist', 'avant-le-point', 'content/checklists/avant-le-point.yaml')).toBe(
			[
				'Fichier créé : content/checklists/avant-le-point.yaml',
				'',
				'Et maintenant :',
				`  1. Ouvrez content/checklists/avant-le-point.yaml et remplacez chaque « ${PLACEHOLDER} » : la construction du site les refuse tant qu’il en reste.`,
				'  2. Citez « avant-le-point » dans le champ checklists de la page qui l’intègre, et placez-la dans le texte avec <Checklist id="avant-le-point" />.',
				'  3. Vérifiez l’écriture : npm run lint:content (npm run fix:content corrige ce qui est mécanique).',
				'  4. Relisez le résultat : npm start, puis http://127.0.0.1:4321/checklists/',
				'  5. Proposez votre modification par une pull request : dites quoi, pourquoi, et vos sources.',
				'',
				'Aide : /contribuer/ (comment contribuer) et /contribuer/champs/ (tous les champs).',
			].join('\n'),
		);
	});

	describe('the fixtures built by tests/fixtures/scaffold.test.ts', () => {
		const FIXTURES = join(ROOT, 'tests/fixtures');
		const FILES = [
			['guide', 'nouveau-guide'],
			['checklist', 'nouvelle-checklist'],
		] as const;

		it.each(FILES)('hold the %s that npm run new writes today', (kind, slug) => {
			const path = scaffoldPath(kind, slug);
			expect(readFileSync(join(FIXTURES, 'scaffold-placeholders', path), 'utf8')).toBe(scaffoldText(kind, slug));
		});

		it.each(FILES)('fill in the %s by changing only its placeholder lines', (kind, slug) => {
			const path = scaffoldPath(kind, slug);
			const scaffold = scaffoldText(kind, slug).split('\n');
			const filled = readFileSync(join(FIXTURES, 'scaffold-filled', path), 'utf8').split('\n');
			expect(filled).toHaveLength(scaffold.length);
			scaffold.forEach((line, index) => {
				if (!line.includes(PLACEHOLDER) || line.startsWith('# ')) expect(filled[index]).toBe(line);
				else expect(filled[index]).not.toContain(PLACEHOLDER);
			});
		});
	});

	describe('the command', () => {
		function run(root: string, ...args: string[]) {
			const result = spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], { cwd: root, encoding: 'utf8' });
			return { status: result.status, out: result.stdout + result.stderr };
		}
		function project(): string {
			const root = mkdtempSync(join(tmpdir(), 'partenaire-new-'));
			cpSync(join(ROOT, 'content/docs/guides/posture-partenaire.mdx'), join(root, 'content/docs/guides/posture-partenaire.mdx'));
			return root;
		}

		it('creates the file and prints the next steps', () => {
			const root = project();
			const { status, out } = run(root, 'guide', 'preparer-le-point');
			expect(status).toBe(0);
			expect(out).toContain('Fichier créé : content/docs/guides/preparer-le-point.mdx');
			expect(readFileSync(join(root, 'content/docs/guides/preparer-le-point.mdx'), 'utf8')).toBe(
				scaffoldText('guide', 'preparer-le-point'),
			);
		});

		it('never overwrites an existing file', () => {
			const root = project();
			const before = readFileSync(join(root, 'content/docs/guides/posture-partenaire.mdx'), 'utf8');
			const { status, out } = run(root, 'guide', 'posture-partenaire');
			expect(status).toBe(1);
			expect(out.trim()).toBe(
				'content/docs/guides/posture-partenaire.mdx existe déjà : choisissez un autre identifiant, ou modifiez ce fichier.',
			);
			expect(readFileSync(join(root, 'content/docs/guides/posture-partenaire.mdx'), 'utf8')).toBe(before);
		});

		it('refuses an unknown kind with its usage', () => {
			const { status, out } = run(project(), 'page', 'x');
			expect(status).toBe(1);
			expect(out).toContain(
				'« page » n’est pas une sorte de contenu connue.\nUsage : npm run new -- [--entreprise] <guide|checklist|template> <identifiant>',
			);
		});
	});
});
