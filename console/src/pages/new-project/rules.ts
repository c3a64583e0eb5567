import { LabelText, NameText } from '../../../../domain/text';
import { parseYuan } from '../../components/money';
import type { ApiBody } from '../../components/apiTypes';
import { QUALITY_FACTORS, qualityFactorsGiven, qualityFactorsOf } from '../../components/QualityFields';

/**
 * The rules of POST /api/projects (ProjectCreateBody in api/schemas.ts), checked in the browser with the API's own
 * text schemas (domain/text.ts), so the form refuses exactly what the API would — with messages in the reader's
 * language instead of the API's English.
 */
export type TextProblem = 'required' | 'tooLong' | 'characters';

const SCHEMAS = { name: NameText(300), customerName: NameText(300), industry: LabelText(), solution: LabelText() } as const;
export const MAX_LENGTH = { name: 300, customerName: 300, industry: 100, solution: 100 } as const;
export type TextField = keyof typeof SCHEMAS;

export function textProblem(field: TextField, value: string | undefined): TextProblem | undefined {
  const result = SCHEMAS[field].safeParse(value ?? '');
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  if (issue?.code === 'too_small') return 'required';
  if (issue?.code === 'too_big') return 'tooLong';
  return 'characters';
}

export interface ProjectFormValues {
  name?: string;
  customerName?: string;
  industry?: string;
  /** Optional: the key solution the deal is for. */
  solution?: string;
  /** Optional, all four or none: 商机质量. */
  winProbability?: number;
  strategicValue?: number;
  competitivePosition?: number;
  customerImportance?: number;
  officeId?: string;
  expectedValue?: string;
  channel?: boolean;
  strategic?: boolean;
  salesOwnerId?: string;
}

/** What POST /api/projects (and /api/projects/preview) take, as the OpenAPI document says. */
export type ProjectCreateBody = ApiBody<'/api/projects', 'post'>;

/** The body the API takes, or undefined while any field is missing or invalid (nothing to preview yet). */
export function bodyOf(values: ProjectFormValues): ProjectCreateBody | undefined {
  const texts: TextField[] = ['name', 'customerName', 'industry'];
  if (texts.some((field) => textProblem(field, values[field]) !== undefined)) return undefined;
  const solution = values.solution?.trim() ? values.solution.trim().toLowerCase() : undefined;
  if (solution !== undefined && textProblem('solution', solution) !== undefined) return undefined;
  const scored = qualityFactorsGiven(values as Record<string, unknown>);
  if (scored > 0 && scored < QUALITY_FACTORS.length) return undefined;
  const value = parseYuan(values.expectedValue ?? '');
  if (!value.ok || !values.officeId || !values.salesOwnerId) return undefined;
  return {
    name: values.name!.trim(),
    customerName: values.customerName!.trim(),
    industry: values.industry!.trim().toLowerCase(),
    officeId: values.officeId,
    expectedValue: { amount: value.minorUnits, currency: 'CNY' },
    channel: values.channel ?? false,
    strategic: values.strategic ?? false,
    salesOwnerId: values.salesOwnerId,
    ...(solution ? { solution } : {}),
    ...(scored > 0 ? { quality: qualityFactorsOf(values as Record<string, unknown>) } : {}),
  };
}
