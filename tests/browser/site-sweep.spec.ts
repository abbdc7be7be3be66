/** The published guide: every page through axe, the network and the CSP (see sweep.ts). */
import { loadSiteConfig } from '../../src/lib/site-config.ts';
import { sweep } from './sweep.ts';
import { notFoundPath, sitemapPaths } from './site-pages.ts';

sweep([...sitemapPaths(), notFoundPath(loadSiteConfig().basePath)]);
