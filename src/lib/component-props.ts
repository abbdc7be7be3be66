/**
 * Checks an MDX component's props and explains a mistake with the page and the prop at fault; the
 * text of the props comes back typographed, since a prop is not Markdown and the build's
 * typography step never sees it.
 */
import type { z } from 'astro/zod';
import { ContributorError, fieldPath, type ErrorSlug } from './contributor-errors.ts';
import { frenchTypography } from './typography/french.ts';

export function parseComponentProps<S extends z.ZodType>(
	schema: S,
	props: unknown,
	where: { component: string; file: string; slug: ErrorSlug },
): z.output<S> {
	const result = schema.safeParse(props);
	if (result.success) return typographed(result.data);
	throw new ContributorError(
		where.file,
		result.error.issues.map((issue) => ({
			field: `<${where.component}> ${fieldPath(issue.path) || 'props'}`,
			message: issue.message,
		})),
		where.slug,
	);
}

/** Every string of plain props data in French typography; anything else as it is. */
function typographed<T>(data: T): T {
	if (typeof data === 'string') return frenchTypography(data) as T;
	if (Array.isArray(data)) return data.map(typographed) as T;
	if (data !== null && typeof data === 'object' && Object.getPrototypeOf(data) === Object.prototype)
		return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, typographed(value)])) as T;
	return data;
}
