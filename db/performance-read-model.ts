import { z } from 'zod';

/**
 * The read models of 绩效打分 (api/routes/performance.ts): a period's results per person and the appeals against
 * scores. As db/read-models.ts: the API answers with them, the tests read with them.
 */

export const AppealSchema = z.object({
  appealId: z.uuid(),
  projectId: z.uuid(),
  personId: z.uuid(),
  scorerId: z.uuid(),
  deciderId: z.uuid().nullable().describe("the scorer's manager; null: a director decides"),
  status: z.enum(['open', 'upheld', 'amended']),
});

export const AppealLineSchema = z.object({
  appealId: z.uuid(),
  projectId: z.uuid().nullable(),
  scorerId: z.uuid(),
  deciderId: z.uuid().nullable(),
  status: z.enum(['open', 'upheld', 'amended']),
  reason: z.string(),
  raisedAt: z.string(),
  decidedById: z.uuid().nullable(),
  decidedAt: z.string().nullable(),
  decisionReason: z.string().nullable(),
  amendedScore: z.number().int().nullable(),
});

export const PerformanceReportSchema = z.object({
  period: z.string(),
  status: z.enum(['preview', 'appeal', 'frozen']).describe('preview: not closed, computed now under the current policy'),
  policyVersion: z.number().int(),
  closedAt: z.string().nullable(),
  closedEarly: z.boolean(),
  appealUntil: z.string().nullable(),
  frozenAt: z.string().nullable(),
  companyMean: z.number().nullable().describe('the mean of every score as given in the period'),
  people: z.array(
    z.object({
      personId: z.uuid(),
      name: z.string(),
      officeId: z.uuid().nullable(),
      role: z.string().nullable().describe('the role whose score share applies; null: the default share'),
      result: z.number().describe('the day-weighted mean of the scores corrected per scorer, 2 decimals'),
      scoreShareBasisPoints: z.number().int(),
      payFactorBasisPoints: z.number().int().describe('variable pay as a share of its target, 10,000 = 100 %'),
      daysWorked: z.number(),
      projects: z.array(
        z.object({
          projectId: z.uuid().nullable().describe('null where the caller may not see the project'),
          projectName: z.string().nullable(),
          scorerId: z.uuid(),
          score: z.number().int(),
          amendedScore: z.number().int().nullable(),
          normalised: z.number(),
          daysWorked: z.number(),
          weight: z.number(),
        }),
      ),
      appeals: z.array(AppealLineSchema),
    }),
  ),
});

export const AppealListSchema = z.object({
  items: z.array(AppealLineSchema.extend({ period: z.string(), personId: z.uuid(), personName: z.string(), projectId: z.uuid(), projectName: z.string() })),
});

export type PerformanceReport = z.infer<typeof PerformanceReportSchema>;
export type PerformancePersonRow = PerformanceReport['people'][number];
export type PerformanceAppealLine = z.infer<typeof AppealLineSchema>;
