import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';
import { errorMessage } from '../api/errors';
import { showFieldErrors } from './fieldErrors';

/**
 * A refused form submission: each of the API's field errors on its field (showFieldErrors), and what is left for an
 * alert beside the form — the messages no field took, and the error itself when no field took any.
 */
export function formFailure(t: TFunction, form: FormInstance, error: unknown, fieldOf: (path: string[]) => string | undefined): string[] {
  const rest = showFieldErrors(form, error, fieldOf);
  const placed = error instanceof ApiError && error.details.length > rest.length;
  return placed ? rest : [errorMessage(t, error), ...rest];
}
