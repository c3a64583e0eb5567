import type { FormInstance } from 'antd';
import { ApiError } from '../api/client';

/**
 * The API names the fields it refuses (`error.details[].path`, e.g. `body.expectedValue.amount`): put each message on
 * the form field it belongs to. `fieldOf` maps the path below `body` to a field name of the form, or undefined for a
 * path the form has no field for. Returns the messages no field took, for an alert beside the form.
 */
export function showFieldErrors(
  form: FormInstance,
  error: unknown,
  fieldOf: (path: string[]) => string | undefined,
): string[] {
  if (!(error instanceof ApiError)) return [];
  const byField = new Map<string, string[]>();
  const rest: string[] = [];
  for (const detail of error.details) {
    const parts = (detail.path ?? '').split('.').filter(Boolean);
    const field = parts[0] === 'body' ? fieldOf(parts.slice(1)) : undefined;
    if (field) byField.set(field, [...(byField.get(field) ?? []), detail.message]);
    else rest.push(detail.path ? `${detail.path}: ${detail.message}` : detail.message);
  }
  form.setFields([...byField].map(([name, errors]) => ({ name, errors })));
  return rest;
}

/** The first segment of the path when the form has a field of that name. */
export const firstSegmentOf =
  (fields: readonly string[]) =>
  (path: string[]): string | undefined =>
    path[0] !== undefined && fields.includes(path[0]) ? path[0] : undefined;
