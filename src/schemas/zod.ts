/**
 * The one Zod instance of the project, with French messages: every schema imports `z` from here
 * so that a contributor reads « Valeur invalide » rather than « Invalid input ».
 */
import { z } from 'astro/zod';

z.config(z.locales.fr());

export { z };
