import { ApplicationFailure } from '@temporalio/activity';
import { Rejection } from '../domain/errors';
import { decideAppeal, escalateOpenAppeals, fileAppeal, type AppealFiling, type AppealRuling } from '../db/performance-appeals';
import { closePeriod, freezePeriod, type PeriodClose } from '../db/performance-record';
import type { Pool } from '../db/pool';
import type { Period } from '../domain/targets';

/** A refusal of the rules (domain/performance.ts, checked against the record) fails the update at once: 400/403/404/409. */
async function refusingForGood<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof Rejection)) throw error;
    throw ApplicationFailure.create({ type: error.code, message: error.message, details: [error.details], nonRetryable: true });
  }
}

/** 绩效打分's activities (db/performance-record.ts), for the period-close workflow; spread into createActivities. */
export function createPerformanceActivities({ pool }: { pool: Pool }) {
  return {
    async closePerformancePeriod(input: PeriodClose) {
      return refusingForGood(() => closePeriod(pool, input));
    },
    async filePerformanceAppeal(input: AppealFiling) {
      return refusingForGood(() => fileAppeal(pool, input));
    },
    async decidePerformanceAppeal(input: AppealRuling) {
      return refusingForGood(() => decideAppeal(pool, input));
    },
    async escalatePerformanceAppeals(input: { period: Period; at: string }) {
      return escalateOpenAppeals(pool, input);
    },
    async freezePerformancePeriod(input: { period: string; at: string }) {
      return freezePeriod(pool, input);
    },
  };
}
