import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { ApiAnswer } from '../../components/apiTypes';

export type Stalled = ApiAnswer<'/api/reports/stalled', 'get'>;
export type BudgetReport = ApiAnswer<'/api/reports/budget', 'get'>;
export type Utilization = ApiAnswer<'/api/reports/utilization', 'get'>;
export type Credits = ApiAnswer<'/api/reports/credits', 'get'>;
export type Scores = ApiAnswer<'/api/reports/scores', 'get'>;
export type Allocation = ApiAnswer<'/api/reports/allocation', 'get'>;
export type Attainment = ApiAnswer<'/api/reports/attainment', 'get'>;
export type Roi = ApiAnswer<'/api/reports/roi', 'get'>;
export type RevenueShare = ApiAnswer<'/api/reports/revenue-share', 'get'>;
export type RoiGroup = 'person' | 'office' | 'tier' | 'center';
export type Promises = ApiAnswer<'/api/reports/promises', 'get'>;
export type PromiseGroup = Promises['groupBy'];
export const PROMISE_GROUPS: readonly PromiseGroup[] = ['salesPerson', 'tier', 'center'];
export type BudgetStatus = 'open' | 'won' | 'lost';
export type CreditGroup = 'person' | 'office' | 'center';

export interface Window {
  from: string;
  to: string;
}

/** Every report under ['reports', name, …]: a change anywhere can invalidate them all at once. */
export const reportKeys = {
  all: ['reports'] as const,
  stalled: ['reports', 'stalled'] as const,
  budget: (status: BudgetStatus) => ['reports', 'budget', status] as const,
  utilization: (w: Window) => ['reports', 'utilization', w.from, w.to] as const,
  credits: (w: Window, groupBy: CreditGroup) => ['reports', 'credits', w.from, w.to, groupBy] as const,
  scores: (w: Window) => ['reports', 'scores', w.from, w.to] as const,
  allocation: (w: Window) => ['reports', 'allocation', w.from, w.to] as const,
  attainment: (period: string, groupBy: CreditGroup) => ['reports', 'attainment', period, groupBy] as const,
  roi: (w: Window, groupBy: RoiGroup) => ['reports', 'roi', w.from, w.to, groupBy] as const,
  revenueShare: (w: Window) => ['reports', 'revenue-share', w.from, w.to] as const,
  promises: (w: Window, groupBy: PromiseGroup) => ['reports', 'promises', w.from, w.to, groupBy] as const,
};

/** The quarter a date falls in, as the targets name periods: 2026Q4. */
export function quarterOf(date: Date): string {
  return `${date.getFullYear()}Q${Math.floor(date.getMonth() / 3) + 1}`;
}

export function useAttainment(period: string, groupBy: CreditGroup) {
  return useQuery({
    queryKey: reportKeys.attainment(period, groupBy),
    queryFn: () => call(api.GET('/api/reports/attainment', { params: { query: { period, groupBy } } })),
    placeholderData: keepPreviousData,
  });
}

export function useRoi(window: Window, groupBy: RoiGroup) {
  return useQuery({
    queryKey: reportKeys.roi(window, groupBy),
    queryFn: () => call(api.GET('/api/reports/roi', { params: { query: { ...window, groupBy } } })),
    placeholderData: keepPreviousData,
  });
}

/** 不随意许诺: the commitments of the projects live in the window, kept or not, and those overdue before a go-live. */
export function usePromises(window: Window, groupBy: PromiseGroup) {
  return useQuery({
    queryKey: reportKeys.promises(window, groupBy),
    queryFn: () => call(api.GET('/api/reports/promises', { params: { query: { ...window, groupBy } } })),
    placeholderData: keepPreviousData,
  });
}

export function useRevenueShare(window: Window) {
  return useQuery({
    queryKey: reportKeys.revenueShare(window),
    queryFn: () => call(api.GET('/api/reports/revenue-share', { params: { query: window } })),
    placeholderData: keepPreviousData,
  });
}

export function useStalled() {
  return useQuery({ queryKey: reportKeys.stalled, queryFn: () => call(api.GET('/api/reports/stalled', { params: { query: { limit: 200 } } })) });
}

export function useBudgetReport(status: BudgetStatus) {
  return useQuery({
    queryKey: reportKeys.budget(status),
    queryFn: () => call(api.GET('/api/reports/budget', { params: { query: { status, limit: 200 } } })),
    placeholderData: keepPreviousData,
  });
}

export function useUtilization(window: Window) {
  return useQuery({
    queryKey: reportKeys.utilization(window),
    queryFn: () => call(api.GET('/api/reports/utilization', { params: { query: window } })),
    placeholderData: keepPreviousData,
  });
}

export function useCredits(window: Window, groupBy: CreditGroup) {
  return useQuery({
    queryKey: reportKeys.credits(window, groupBy),
    queryFn: () => call(api.GET('/api/reports/credits', { params: { query: { ...window, groupBy } } })),
    placeholderData: keepPreviousData,
  });
}

export function useScores(window: Window) {
  return useQuery({
    queryKey: reportKeys.scores(window),
    queryFn: () => call(api.GET('/api/reports/scores', { params: { query: window } })),
    placeholderData: keepPreviousData,
  });
}

export function useAllocation(window: Window) {
  return useQuery({
    queryKey: reportKeys.allocation(window),
    queryFn: () => call(api.GET('/api/reports/allocation', { params: { query: window } })),
    placeholderData: keepPreviousData,
  });
}

/** A UTC calendar date, `YYYY-MM-DD`. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The last 90 days up to today: the default window of the reports that take one. */
export function defaultWindow(today = new Date()): Window {
  const from = new Date(today.getTime() - 89 * 86_400_000);
  return { from: isoDate(from), to: isoDate(today) };
}
