/**
 * Interface strings of Starlight, overridden in `content/i18n/<lang>.json`: accents its French
 * translation lacks, and French typography applied like everywhere else.
 */
import { i18nSchema } from '@astrojs/starlight/schema';
import { frenchTypography } from '../lib/typography/french.ts';

export const interfaceStringsSchema = i18nSchema().transform((strings) =>
	Object.fromEntries(
		Object.entries(strings).map(([key, value]) => [key, typeof value === 'string' ? frenchTypography(value) : value]),
	),
);
