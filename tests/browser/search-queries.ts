/**
 * Queries readers type, as they type them: questions, small words, missing accents, typos, their
 * own words rather than the guide's. Each names the pages that answer it; the first of them, or
 * one of the others, must be among the first three results.
 *
 * Written in one go (2026-12-01, issue 13) before any of them was run, and split in two:
 * - `TUNING_QUERIES` may guide changes to ranking, stop words, correction and `keywords`;
 * - `HELD_OUT_QUERIES` only measure. Never edit a page, its `keywords` or the search code to make
 *   one of these pass: a held-out query that fails is a finding to report, not a test to fix.
 */
export interface ReaderQuery {
	query: string;
	/** Paths of the pages that answer the query, under the base path, without leading slash. */
	expected: readonly [string, ...string[]];
}

export const TUNING_QUERIES: readonly ReaderQuery[] = [
	{
		query: 'comment dire non à mon directeur sans le vexer',
		expected: ['modeles/grille-arbitrage-priorites/', 'guides/role-strategique/'],
	},
	{
		query: 'comment gagner la confiance de ma nouvelle directrice',
		expected: [
			'guides/piliers-de-la-confiance/',
			'checklists/confiance-nouvelle-collaboration/',
			'modeles/fiche-observation-premieres-semaines/',
		],
	},
	{ query: 'confience', expected: ['guides/piliers-de-la-confiance/'] },
	{ query: 'charge invisble', expected: ['guides/charge-invisible/', 'modeles/journal-charge-invisible/'] },
	{ query: 'je suis débordée je n’en peux plus', expected: ['guides/charge-invisible/'] },
	{ query: 'evolution de carriere bloquee', expected: ['guides/nouveau-contrat/'] },
	{
		query: 'demander une augmentation',
		expected: ['guides/nouveau-contrat/', 'modeles/dossier-entretien-annuel/', 'checklists/contrat-dossier-entretien/'],
	},
	{ query: 'lancer un reseau d assistantes', expected: ['guides/reseau-d-assistants/', 'checklists/reseau-lancer-le-reseau/'] },
	{ query: 'premiere reunion du reseau', expected: ['checklists/reseau-premiere-rencontre/'] },
	{
		query: 'faire adopter un nouveau logiciel a l equipe',
		expected: ['modeles/plan-deploiement-outil/', 'guides/ambassadeur-numerique/', 'checklists/numerique-plan-adoption-outil/'],
	},
	{ query: 'je ne veux pas devenir la hotline informatique', expected: ['guides/ambassadeur-numerique/'] },
	{
		query: 'quelles competences pour l avenir du metier',
		expected: ['guides/role-strategique/', 'checklists/competences-autodiagnostic/'],
	},
	{ query: 'trop de demandes urgentes en même temps', expected: ['modeles/grille-arbitrage-priorites/'] },
	{ query: 'demande pas claire de mon boss', expected: ['modeles/fiche-reformulation-demande/'] },
	{
		query: 'point hebdomadaire avec mon manager',
		expected: ['modeles/ordre-du-jour-point-hebdomadaire/', 'checklists/posture-routine-hebdomadaire/'],
	},
	{ query: 'c’est quoi la charge mentale', expected: ['guides/charge-invisible/', 'glossaire/'] },
	{ query: 'rh par ou commencer', expected: ['parcours/entreprise/'] },
	{ query: 'je suis assistante par où commencer', expected: ['parcours/assistant/'] },
	{ query: 'qui a ecrit ce guide', expected: ['a-propos/', 'sources/'] },
	{ query: 'accessibilite du site', expected: ['a-propos/'] },
	{
		query: 'gerer un projet confie par la direction',
		expected: ['checklists/competences-deleguer-un-projet/', 'guides/role-strategique/'],
	},
	{ query: 'signaler un probleme à mon dirigeant', expected: ['modeles/message-alerte-risque/'] },
];

export const HELD_OUT_QUERIES: readonly ReaderQuery[] = [
	{ query: 'comment devenir le partenaire de mon patron', expected: ['guides/posture-partenaire/'] },
	{ query: 'arreter d’etre une simple executante', expected: ['guides/posture-partenaire/'] },
	{ query: 'etre plus proactive', expected: ['guides/posture-partenaire/'] },
	{
		query: 'transparance fiabilité',
		expected: ['guides/piliers-de-la-confiance/', 'checklists/confiance-audit-trois-piliers/'],
	},
	{ query: 'mon directeur ne me dit rien de ses projets', expected: ['guides/piliers-de-la-confiance/'] },
	{
		query: 'nouvelle patronne premiers jours',
		expected: ['modeles/fiche-observation-premieres-semaines/', 'checklists/confiance-nouvelle-collaboration/'],
	},
	{ query: 'les outils numeriques au bureau', expected: ['guides/ambassadeur-numerique/'] },
	{
		query: 'former mes collegues a un outil',
		expected: ['modeles/plan-deploiement-outil/', 'guides/ambassadeur-numerique/', 'checklists/numerique-plan-adoption-outil/'],
	},
	{ query: 'creer une communauté d’assistantes', expected: ['guides/reseau-d-assistants/'] },
	{ query: 'charte réseau modele', expected: ['modeles/charte-du-reseau/'] },
	{ query: 'convaincre ma direction de financer le réseau', expected: ['modeles/presentation-reseau-direction/'] },
	{ query: 'sondage besoins des assistantes', expected: ['modeles/questionnaire-besoins-reseau/'] },
	{ query: 'taches que personne ne voit', expected: ['guides/charge-invisible/', 'modeles/journal-charge-invisible/'] },
	{
		query: 'noter mes taches chaque jour',
		expected: ['modeles/journal-charge-invisible/', 'checklists/charge-journal-de-bord/'],
	},
	{ query: 'epuisement professionnel assistante', expected: ['guides/charge-invisible/'] },
	{ query: 'reconaissance du travail des assistantes', expected: ['guides/nouveau-contrat/'] },
	{
		query: 'preparer mon entretien annuel',
		expected: ['modeles/dossier-entretien-annuel/', 'checklists/contrat-dossier-entretien/'],
	},
	{ query: 'mon salaire est trop bas', expected: ['guides/nouveau-contrat/'] },
	{
		query: 'faire le point sur mes compétences',
		expected: ['modeles/grille-autoevaluation-competences/', 'checklists/competences-autodiagnostic/'],
	},
	{
		query: 'plan de formation assistante',
		expected: ['checklists/competences-plan-de-developpement/', 'guides/role-strategique/'],
	},
	{
		query: 'je suis manager que dois-je faire pour mon assistante',
		expected: ['parcours/dirigeant/', 'checklists/confiance-part-du-dirigeant/', 'checklists/contrat-pratiques-dirigeant/'],
	},
	{ query: 'définition binome', expected: ['glossaire/'] },
	{ query: 'remarquer les tensions dans l’équipe', expected: ['modeles/journal-signaux-faibles/'] },
];

export const READER_QUERIES: readonly ReaderQuery[] = [...TUNING_QUERIES, ...HELD_OUT_QUERIES];
