import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { ApiAnswer, ApiBody } from '../../components/apiTypes';
import { saveFile } from '../../components/csv';

/** 绩效打分 as the console reads and changes it (api/routes/performance.ts). */
type ReportAnswer = ApiAnswer<'/api/reports/performance', 'get'>;
export type Performance = Exclude<ReportAnswer, string>;
export type PerformancePerson = Performance['people'][number];
export type PerformanceProject = PerformancePerson['projects'][number];
export type PerformanceAppeal = PerformancePerson['appeals'][number];
export type AppealItem = ApiAnswer<'/api/performance/appeals', 'get'>['items'][number];
export type CloseBody = ApiBody<'/api/performance/periods/{period}/close', 'post'>;
export type AppealBody = ApiBody<'/api/performance/periods/{period}/appeals', 'post'>;
export type DecisionBody = ApiBody<'/api/performance/periods/{period}/appeals/{appealId}/decision', 'post'>;

/** Under ['reports', …] like every report, so a change that invalidates the reports reloads these too. */
export const performanceKeys = {
  all: ['reports', 'performance'] as const,
  report: (period: string) => ['reports', 'performance', 'report', period] as const,
  openAppeals: ['reports', 'performance', 'appeals', 'open'] as const,
};

export function usePerformance(period: string) {
  return useQuery({
    queryKey: performanceKeys.report(period),
    queryFn: async () => (await call(api.GET('/api/reports/performance', { params: { query: { period } } }))) as Performance,
    placeholderData: keepPreviousData,
  });
}

/** The open appeals the caller filed or must decide, in every period. */
export function useOpenAppeals() {
  return useQuery({
    queryKey: performanceKeys.openAppeals,
    queryFn: () => call(api.GET('/api/performance/appeals', { params: { query: { status: 'open' } } })),
    select: (answer) => answer.items,
  });
}

/**
 * The server's CSV for HR (one line per person), fetched with the session like every API call and saved as a file.
 * The byte-order mark makes Excel read it as UTF-8, as the console's own CSV files do.
 */
export async function downloadPerformanceCsv(period: string): Promise<void> {
  const text = await call(api.GET('/api/reports/performance', { params: { query: { period, format: 'csv' } }, parseAs: 'text' }));
  saveFile(`performance-${period}.csv`, new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }));
}

export type PerformanceCommand =
  | { action: 'close'; period: string; body: CloseBody }
  | { action: 'appeal'; period: string; body: AppealBody }
  | { action: 'decide'; period: string; appealId: string; body: DecisionBody };

function send(command: PerformanceCommand, key: string): Promise<unknown> {
  const headers = { 'Idempotency-Key': key };
  switch (command.action) {
    case 'close':
      return call(api.POST('/api/performance/periods/{period}/close', { params: { path: { period: command.period } }, headers, body: command.body }));
    case 'appeal':
      return call(api.POST('/api/performance/periods/{period}/appeals', { params: { path: { period: command.period } }, headers, body: command.body }));
    case 'decide':
      return call(
        api.POST('/api/performance/periods/{period}/appeals/{appealId}/decision', {
          params: { path: { period: command.period, appealId: command.appealId } },
          headers,
          body: command.body,
        }),
      );
  }
}

/** A command of 绩效打分, then a reload of the results and the appeals (and the inbox, which may list a decision). */
export function usePerformanceCommand() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ command, key }: { command: PerformanceCommand; key: string }) => send(command, key),
    onSuccess: () => Promise.all([performanceKeys.all, ['inbox']].map((queryKey) => queryClient.invalidateQueries({ queryKey }))),
  });
}

/** The last day of a period (2026Q3 → 2026-09-30, 2026 → 2026-12-31), to tell whether closing it now is early. */
export function periodEnd(period: string): string {
  const year = Number(period.slice(0, 4));
  const quarter = period.length === 6 ? Number(period.slice(5)) : 4;
  const end = new Date(Date.UTC(year, quarter * 3, 0));
  return end.toISOString().slice(0, 10);
}
