/**
 * Queries readers type, as they type them (small words, missing accents, their own words rather
 * than the guide's), each with the page it must find among the first three results.
 */
export interface ReaderQuery {
	query: string;
	/** Path of the expected page under the base path, without leading slash. */
	expected: string;
}

export const READER_QUERIES: readonly ReaderQuery[] = [
	// Trust with one's executive
	{ query: 'comment gagner la confiance de mon directeur', expected: 'guides/piliers-de-la-confiance/' },
	{ query: 'que faire si mon dirigeant ne partage rien', expected: 'guides/piliers-de-la-confiance/' },
	{ query: 'anticiper les besoins de ma patronne', expected: 'guides/piliers-de-la-confiance/' },
	{ query: 'fiabilite', expected: 'guides/piliers-de-la-confiance/' },
	{ query: 'nouveau patron premières semaines', expected: 'modeles/fiche-observation-premieres-semaines/' },
	{ query: 'reformuler une demande floue', expected: 'modeles/fiche-reformulation-demande/' },
	{ query: 'prévenir mon chef d’un risque', expected: 'modeles/message-alerte-risque/' },
	// From executing to partnering
	{ query: 'passer de l’exécution au partenariat', expected: 'guides/posture-partenaire/' },
	{ query: 'devenir le bras droit de son dirigeant', expected: 'guides/posture-partenaire/' },
	{ query: 'ordre du jour point hebdo', expected: 'modeles/ordre-du-jour-point-hebdomadaire/' },
	{ query: 'signaux faibles', expected: 'modeles/journal-signaux-faibles/' },
	// Digital ambassador
	{ query: 'assistante ambassadrice numérique outils', expected: 'guides/ambassadeur-numerique/' },
	{ query: 'deployer un nouvel outil collaboratif', expected: 'modeles/plan-deploiement-outil/' },
	{ query: 'transformation digitale', expected: 'guides/ambassadeur-numerique/' },
	// Assistants' network
	{ query: 'réseau assistantes entreprise', expected: 'guides/reseau-d-assistants/' },
	{ query: 'reseau', expected: 'guides/reseau-d-assistants/' },
	{ query: 'convaincre la direction de créer un réseau', expected: 'modeles/presentation-reseau-direction/' },
	{ query: 'charte du réseau', expected: 'modeles/charte-du-reseau/' },
	// Invisible workload
	{ query: 'charge mentale', expected: 'guides/charge-invisible/' },
	{ query: 'épuisement surcharge de travail', expected: 'guides/charge-invisible/' },
	{ query: 'noter toutes mes tâches pendant deux semaines', expected: 'modeles/journal-charge-invisible/' },
	// Strategic role and skills
	{ query: 'compétences de demain', expected: 'guides/role-strategique/' },
	{ query: 'prioriser les urgences', expected: 'modeles/grille-arbitrage-priorites/' },
	{ query: 'autoevaluation competences', expected: 'modeles/grille-autoevaluation-competences/' },
	// Recognition and career
	{ query: 'entretien annuel augmentation', expected: 'modeles/dossier-entretien-annuel/' },
	{ query: 'salaire assistante de direction', expected: 'guides/nouveau-contrat/' },
	{ query: 'évolution de carrière', expected: 'guides/nouveau-contrat/' },
	// Paths, glossary and reference pages
	{ query: 'je suis dirigeant par où commencer', expected: 'parcours/dirigeant/' },
	{ query: 'ressources humaines', expected: 'parcours/entreprise/' },
	{ query: 'c’est quoi un office manager', expected: 'glossaire/' },
	{ query: 'qui a écrit les articles sources', expected: 'sources/' },
];
