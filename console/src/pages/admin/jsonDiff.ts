export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

export interface JsonChange {
  /** Where, e.g. `tiers.thresholds.CNY.B` or `pipeline.stages[2].slaHours`. */
  path: string;
  kind: 'added' | 'removed' | 'changed';
  before?: Json;
  after?: Json;
}

const isObject = (v: unknown): v is { [key: string]: Json } => typeof v === 'object' && v !== null && !Array.isArray(v);

function join(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

/**
 * What changed from one policy document to another, leaf by leaf: objects key by key, arrays index by index (a stage
 * inserted in the middle shows as the later stages changed and one added at the end — the positions are what the
 * policy means). A value that changes type is one change at its path.
 */
export function jsonDiff(before: Json | undefined, after: Json | undefined, path = ''): JsonChange[] {
  if (before === undefined && after === undefined) return [];
  if (before === undefined) return [{ path, kind: 'added', after }];
  if (after === undefined) return [{ path, kind: 'removed', before }];
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => jsonDiff(before[key], after[key], join(path, key)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const length = Math.max(before.length, after.length);
    return Array.from({ length }, (_, i) => jsonDiff(before[i], after[i], join(path, i))).flat();
  }
  return before === after ? [] : [{ path, kind: 'changed', before, after }];
}

/** The API names problems by their place in the request body (`document.tiers.thresholds.CNY.B`, or
 * `body.document.…` in a 400): the path inside the document, in the same notation as the diff. */
export function documentPath(apiPath: string): string {
  const parts = apiPath.split('.').filter(Boolean);
  const start = parts[0] === 'body' ? 1 : 0;
  const inside = parts[start] === 'document' ? parts.slice(start + 1) : parts.slice(start);
  return inside.reduce<string>((path, part) => join(path, /^\d+$/.test(part) ? Number(part) : part), '');
}
