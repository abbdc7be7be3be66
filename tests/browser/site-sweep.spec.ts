/** The published guide: every page through axe, the network and the CSP (see sweep.ts). */
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { sweep } from './sweep.ts';
import { notFoundPath, sitePaths } from './site-pages.ts';

sweep([...sitePaths(), notFoundPath(loadSiteConfig().basePath)]);
