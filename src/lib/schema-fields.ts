import type { z } from 'astro/zod';

/** One frontmatter field as an editor writes it: `title`, `korean.hangul`, `sources[].url`. */
export interface SchemaField {
  path: string;
  /** Must be present (within its parent, for nested fields); false for optional fields and fields with a default. */
  required: boolean;
}

interface Def {
  type?: string;
  shape?: Record<string, unknown>;
  element?: unknown;
  innerType?: unknown;
  in?: unknown;
}
const defOf = (node: unknown): Def | undefined => (node as { def?: Def } | undefined)?.def;

/** The schema under optional/default/nullable wrappers and preprocessing pipes. */
export function unwrapSchema(node: unknown): unknown {
  let current = node;
  for (
    let def = defOf(current);
    def && ['optional', 'default', 'pipe', 'nullable'].includes(def.type ?? '');
    def = defOf(current)
  ) {
    // A preprocess pipe's `in` is the transform; its `out` is the schema the value must satisfy.
    current = def.type === 'pipe' ? (current as { def: { out: unknown } }).def.out : (def.innerType ?? def.in);
  }
  return current;
}

/**
 * Every field of an object schema, depth first in declaration order, so documentation and templates can be
 * checked against the schema instead of drifting from it (tests/unit/contributing.test.ts).
 */
export function schemaFields(schema: z.ZodType, prefix = ''): SchemaField[] {
  const shape = defOf(unwrapSchema(schema))?.shape;
  if (!shape) return [];
  const fields: SchemaField[] = [];
  for (const [key, child] of Object.entries(shape)) {
    const path = prefix ? `${prefix}.${key}` : key;
    const type = defOf(child)?.type;
    fields.push({ path, required: type !== 'optional' && type !== 'default' });
    let inner = unwrapSchema(child);
    let itemPath = path;
    while (defOf(inner)?.type === 'array') {
      inner = unwrapSchema(defOf(inner)!.element);
      itemPath += '[]';
    }
    fields.push(...schemaFields(inner as z.ZodType, itemPath));
  }
  return fields;
}
