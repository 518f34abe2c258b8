import type { z } from 'zod';

/** One place in a call's payload where a value goes: the keys from the top, an array element as index 0. */
export type PayloadPath = readonly (string | number)[];

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  options?: readonly z.ZodType[];
  left?: z.ZodType;
  right?: z.ZodType;
  valueType?: z.ZodType;
  getter?: () => z.ZodType;
}

/** Every leaf of an input schema (a string, enum, number, … field), however deeply nested in objects, arrays, unions and records. */
export function leafPaths(schema: z.ZodType): PayloadPath[] {
  const found = new Map<string, PayloadPath>();
  const walk = (node: z.ZodType | undefined, path: PayloadPath, depth: number) => {
    if (!node || depth > 12) return;
    const def = (node as unknown as { _zod: { def: Def } })._zod.def;
    switch (def.type) {
      case 'object':
        for (const [key, value] of Object.entries(def.shape ?? {})) walk(value, [...path, key], depth + 1);
        return;
      case 'array':
        return walk(def.element, [...path, 0], depth + 1);
      case 'record':
        return walk(def.valueType, [...path, 'sleutel'], depth + 1);
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'readonly':
      case 'nonoptional':
      case 'catch':
        return walk(def.innerType, path, depth);
      case 'pipe':
        walk(def.in, path, depth);
        return walk(def.out, path, depth);
      case 'union':
        for (const option of def.options ?? []) walk(option, path, depth);
        return;
      case 'intersection':
        walk(def.left, path, depth);
        return walk(def.right, path, depth);
      case 'lazy':
        return walk(def.getter?.(), path, depth + 1);
      default:
        if (path.length > 0) found.set(path.join('.'), path);
    }
  };
  walk(schema, [], 0);
  return [...found.values()];
}

/** A payload with only `value` at `path`: the checks before the schema look at it whatever else is missing. */
export function payloadAt(path: PayloadPath, value: unknown): unknown {
  let payload: unknown = value;
  for (const key of [...path].reverse()) payload = typeof key === 'number' ? [payload] : { [key]: payload };
  return payload;
}
