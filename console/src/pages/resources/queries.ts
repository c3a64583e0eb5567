import { useQueries, useQuery } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { ApiAnswer } from '../../components/apiTypes';
import type { Week } from './weeks';

export type Utilization = ApiAnswer<'/api/reports/utilization', 'get'>;
export type DeliveryCenter = ApiAnswer<'/api/delivery-centers/{id}', 'get'>;
export type CenterMember = DeliveryCenter['members']['presales'][number];

/** Keys shared with the admin screens: adding or removing a member invalidates ['delivery-centers']. */
export const resourceKeys = {
  centers: ['delivery-centers'] as const,
  center: (id: string, from?: string, to?: string) => ['delivery-centers', id, from ?? '', to ?? ''] as const,
  week: (week: Week) => ['reports', 'utilization', week.from, week.to] as const,
};

/**
 * One utilization report per week: the API answers one window at a time, so a week-by-week view asks for each week.
 */
export function useWeeklyUtilization(weeks: readonly Week[]) {
  return useQueries({
    queries: weeks.map((week) => ({
      queryKey: resourceKeys.week(week),
      queryFn: () => call(api.GET('/api/reports/utilization', { params: { query: week } })),
      staleTime: 60_000,
    })),
  });
}

export function useDeliveryCenters() {
  return useQuery({
    queryKey: resourceKeys.centers,
    queryFn: () => call(api.GET('/api/delivery-centers')),
    select: (answer) => answer.items,
  });
}

export function useDeliveryCenter(id: string, window?: { from: string; to: string }) {
  return useQuery({
    queryKey: resourceKeys.center(id, window?.from, window?.to),
    queryFn: () => call(api.GET('/api/delivery-centers/{id}', { params: { path: { id }, query: window } })),
  });
}
