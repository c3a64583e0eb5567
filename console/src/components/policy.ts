import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { ApiAnswer } from './apiTypes';

export type CurrentPolicy = ApiAnswer<'/api/policy', 'get'>;

/** The policy in force (GET /api/policy, readable by anyone signed in); the admin screens share its key. */
export function useCurrentPolicy() {
  return useQuery({ queryKey: ['policy', 'current'], queryFn: () => call(api.GET('/api/policy')), staleTime: 5 * 60_000 });
}

/** The currencies the policy prices deals in: those it sets tier thresholds for (in the document's order). */
export function policyCurrencies(policy: CurrentPolicy | undefined): string[] {
  return policy ? Object.keys(policy.document.tiers.thresholds) : [];
}
