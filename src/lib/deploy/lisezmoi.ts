/** The short French note for the IT department that goes in the package of the built guide. */
import type { SiteConfig } from '../../schemas/site.ts';
import { OVERLAY_DIR, UPSTREAM } from '../overlay/layout.ts';
import type { ContentVersion } from './content-version.ts';
import { NGINX_SERVER, NGINX_SNIPPET, NGINX_SNIPPET_IN_IMAGE } from './paths.ts';
import { EACH_UPDATE, FIRST_TIME } from './update-recipe.ts';

export interface PackageInfo {
	content: ContentVersion;
	builtOn: string;
	site: SiteConfig;
}

const commands = (list: readonly string[]) => list.map((command) => `  ${command}`).join('\n');

export function lisezmoi({ content, builtOn, site }: PackageInfo): string {
	const base = site.basePath;
	const version = `contenu ${content.commit} du ${content.date}${content.modified ? ', avec des modifications non validées' : ''}`;
	return `Partenaire pour ${site.organisation} (${version}), construit le ${builtOn}
${'='.repeat(60)}

Ce paquet contient un site statique : aucun programme à exécuter sur le serveur,
aucune base de données, aucun appel vers un autre site.

Contenu
- dist/ : les pages du guide, à servir ${site.siteUrl ? `sous l’adresse ${site.siteUrl.replace(/\/$/, '')}${base}` : `sous le chemin ${base}`}
- ${NGINX_SNIPPET} : le bloc location à inclure dans un serveur nginx
  (en-têtes de sécurité, politique CSP stricte, cache, compression, page 404 en français)
- ${NGINX_SERVER} : un bloc server complet, prêt pour l’image officielle nginx
- dist/.htaccess : la même configuration pour Apache 2.4 (mod_headers, mod_deflate)
- dist/_headers : la même configuration pour les hébergeurs statiques
  (nginx et Apache refusent de servir ces deux fichiers et tout fichier caché)
- Dockerfile : une image nginx qui sert le guide avec ces fichiers

Mise en place avec nginx
1. Copiez le contenu de dist/ dans <racine>${base} (par exemple /usr/share/nginx/html${base}).
2. Dans le bloc server concerné, indiquez root <racine>; puis ajoutez :
     include /chemin/vers/${NGINX_SNIPPET.split('/').pop()};
3. Vérifiez avec nginx -t, rechargez avec nginx -s reload.
4. Ouvrez ${base} : le guide s’affiche ; une adresse inconnue renvoie la page 404 du guide.

Avec Docker
  docker build --build-arg BASE_PATH=${base} -t partenaire .
  docker run -p 8080:80 partenaire
  (l’image copie ${NGINX_SNIPPET} vers ${NGINX_SNIPPET_IN_IMAGE})

Mise à jour avec git
Tout ce qui est propre à ${site.organisation} tient dans le dossier ${OVERLAY_DIR}/ : ${OVERLAY_DIR}/site.yaml
(nom, logo, couleur, adresse, pages masquées), ${OVERLAY_DIR}/docs/ (vos pages), ${OVERLAY_DIR}/checklists/
et ${OVERLAY_DIR}/public/ (logo, fichiers). Le guide n’écrit jamais dans ce dossier et vous ne modifiez
jamais ${UPSTREAM.site} ni content/ : la mise à jour ne crée donc aucun conflit.
Une fois, dans votre copie du dépôt du guide :
${commands(FIRST_TIME)}
À chaque nouvelle version du guide :
${commands(EACH_UPDATE)}
puis remplacez le dossier du site par le dist/ du nouveau paquet. Les lecteurs voient la nouvelle
version au prochain chargement.
${site.noindex ? '\nLe guide demande aux moteurs de recherche de ne pas l’indexer (noindex).\n' : ''}${site.contact ? `\nContact pour le contenu : ${site.contact}\n` : ''}`;
}
