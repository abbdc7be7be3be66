// Checks the Node.js version before any npm script runs, in plain JavaScript that even an old
// Node reads: the minimum is the one of `engines` in package.json, stated nowhere else.
import { readFileSync } from 'node:fs';

const { engines } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const minimum = /(\d+)\.(\d+)\.(\d+)/.exec(engines.node).slice(1).map(Number);
const current = process.versions.node.split('.').map(Number);
const tooOld = minimum.some((part, index) => {
	const before = minimum.slice(0, index).every((value, i) => value === current[i]);
	return before && current[index] < part;
});

if (tooOld) {
	console.error(`Partenaire demande Node.js ${minimum.join('.')} ou plus récent ; vous avez Node.js ${process.versions.node}.

Installez une version récente, puis relancez la commande :
- avec nvm (macOS, Linux) : nvm install 24 && nvm use 24 (le fichier .nvmrc indique 24) ;
- avec fnm : fnm install 24 && fnm use 24 ;
- sous Windows : winget install OpenJS.NodeJS.LTS, ou l’installateur « LTS » de nodejs.org ;
- sous Debian ou Ubuntu : le dépôt NodeSource (deb.nodesource.com), la version 24.
Vérifiez avec node --version.`);
	process.exit(1);
}
