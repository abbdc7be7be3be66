/** Where the company build of the tests lives and how nginx serves it. */
import { join } from 'node:path';
import { PROJECT_ROOT } from './build-fixture.ts';

export const COMPANY_DIR = join(PROJECT_ROOT, 'tests/.fixture-builds/entreprise');
export const COMPANY_BASE = '/guide-assistants/';
export const COMPANY_PORT = Number(process.env.NGINX_PORT ?? 4500);
