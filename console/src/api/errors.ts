import type { TFunction } from 'i18next';
import { ApiError } from './client';

/** What the person reads for a failed request: the API's error code, translated, with the API's words where they help. */
export function errorMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiError)) return t('errors.unknown', { status: '—', message: error instanceof Error ? error.message : String(error) });
  const key = `errors.${error.code}`;
  const values = { message: error.message, seconds: error.retryAfter ?? 60, status: error.status };
  return error.code !== 'unknown' && t(key, { defaultValue: '' }) !== '' ? t(key, values) : t('errors.unknown', values);
}
