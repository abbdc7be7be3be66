/**
 * The reference of the content fields, read from the Zod schemas themselves (their shape, their
 * `.describe()` texts, their defaults), so that /contribuer/champs/ cannot drift from the code.
 */
import { z } from 'astro/zod';

export interface FieldReference {
	name: string;
	required: boolean;
	/** The type in a contributor's words: « texte », « liste de : assistant, dirigeant… ». */
	type: string;
	/** The default value as YAML would show it, when the field has one. */
	defaultValue?: string;
	description: string;
}

interface Def {
	type: string;
	innerType?: z.ZodType;
	in?: z.ZodType;
	element?: z.ZodType;
	options?: z.ZodType[];
	entries?: Record<string, string>;
	values?: unknown[];
	defaultValue?: unknown;
	shape?: Record<string, z.ZodType>;
}

const def = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const meta = (schema: z.ZodType) => z.globalRegistry.get(schema) as { description?: string; format?: string } | undefined;

/** Every layer of wrappers around a field's value: optional, default, pipes of transforms. */
function layers(schema: z.ZodType): z.ZodType[] {
	const all = [schema];
	let current = schema;
	for (;;) {
		const d = def(current);
		const next = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
		if (!next) return all;
		all.push(next);
		current = next;
	}
}

function typeOf(schema: z.ZodType): string {
	const all = layers(schema);
	const format = all.map((layer) => meta(layer)?.format).find(Boolean);
	if (format) return format;
	const d = def(all.at(-1) ?? schema);
	switch (d.type) {
		case 'string':
			return 'texte';
		case 'number':
			return 'nombre';
		case 'boolean':
			return 'oui ou non (true, false)';
		case 'date':
			return 'date AAAA-MM-JJ';
		case 'enum':
			return `une valeur parmi : ${Object.values(d.entries ?? {}).join(', ')}`;
		case 'literal':
			return (d.values ?? []).map(String).join(' ou ');
		case 'union':
			return (d.options ?? []).map(typeOf).join(' ou ');
		case 'array':
			return `liste : ${d.element ? typeOf(d.element) : 'valeurs'}, une par élément`;
		case 'object':
			return 'objet (voir ses champs)';
		default:
			return d.type;
	}
}

function defaultOf(schema: z.ZodType): string | undefined {
	for (const layer of layers(schema)) {
		const d = def(layer);
		if (d.type === 'default') {
			const value = d.defaultValue;
			return Array.isArray(value) ? `[${value.join(', ')}]` : String(value);
		}
	}
	return undefined;
}

function isOptional(schema: z.ZodType): boolean {
	return layers(schema).some((layer) => ['optional', 'default'].includes(def(layer).type));
}

/** The fields of an object schema, in the order of its shape (the order of the front matter). */
export function describeFields(schema: z.ZodType): FieldReference[] {
	const shape = def(schema).shape;
	if (!shape) throw new Error('describeFields expects an object schema.');
	return Object.entries(shape).map(([name, field]) => {
		const description = layers(field)
			.map((layer) => meta(layer)?.description)
			.find(Boolean);
		const defaultValue = defaultOf(field);
		return {
			name,
			required: !isOptional(field),
			type: typeOf(field),
			...(defaultValue === undefined ? {} : { defaultValue }),
			description: description ?? '',
		};
	});
}
