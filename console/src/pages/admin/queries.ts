import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, idempotencyKey } from '../../api/client';
import type { ApiAnswer, ApiBody } from '../../components/apiTypes';
import { directoryKeys } from '../../components/directory';
import { resourceKeys } from '../resources/queries';

export type Person = ApiAnswer<'/api/people', 'get'>['items'][number];
export type NewPerson = ApiBody<'/api/people', 'post'>;
export type Access = ApiAnswer<'/api/people/{id}/access', 'get'>;
export type Link = ApiAnswer<'/api/people/{id}/invitation', 'post'>;
export type Office = ApiAnswer<'/api/offices', 'get'>['items'][number];
export type NewOffice = ApiBody<'/api/offices', 'post'>;
export type Center = ApiAnswer<'/api/delivery-centers', 'get'>['items'][number];
export type NewCenter = ApiBody<'/api/delivery-centers', 'post'>;
export type NewHotline = ApiBody<'/api/hotlines', 'post'>;
export type Policy = ApiAnswer<'/api/policy', 'get'>;
export type PolicyVersions = ApiAnswer<'/api/policy/versions', 'get'>['items'];
export type PolicyDocument = ApiBody<'/api/policy', 'put'>['document'];
export type Validation = ApiAnswer<'/api/policy/validate', 'post'>;

export const adminKeys = {
  access: (id: string) => ['people', id, 'access'] as const,
  policy: ['policy', 'current'] as const,
  versions: ['policy', 'versions'] as const,
  version: (v: number) => ['policy', v] as const,
};

/** Every admin write is a POST the API replays by its key: one fresh key per submission. */
const fresh = () => ({ 'Idempotency-Key': idempotencyKey() });

export function useAccess(id: string) {
  return useQuery({ queryKey: adminKeys.access(id), queryFn: () => call(api.GET('/api/people/{id}/access', { params: { path: { id } } })) });
}

/** Inviting someone new: create the person, then issue their invitation link (shown once). */
export function useInvitePerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: NewPerson): Promise<Link> => {
      const created = await call(api.POST('/api/people', { body, headers: fresh() }));
      return call(api.POST('/api/people/{id}/invitation', { params: { path: { id: created.id } }, headers: fresh() }));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.people }),
  });
}

/** A new invitation or a password reset for someone on record: a one-time link, shown once. */
export function useIssueLink() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, purpose }: { id: string; purpose: 'invitation' | 'reset' }) =>
      purpose === 'invitation'
        ? call(api.POST('/api/people/{id}/invitation', { params: { path: { id } }, headers: fresh() }))
        : call(api.POST('/api/people/{id}/password-reset', { params: { path: { id } }, headers: fresh() })),
    onSuccess: (_, { id }) => queryClient.invalidateQueries({ queryKey: adminKeys.access(id) }),
  });
}

export function useSetActive() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, active, reason }: { id: string; active: boolean; reason: string }) =>
      active
        ? call(api.POST('/api/people/{id}/reactivate', { params: { path: { id } }, body: { reason }, headers: fresh() }))
        : call(api.POST('/api/people/{id}/deactivate', { params: { path: { id } }, body: { reason }, headers: fresh() })),
    onSuccess: (_, { id }) =>
      Promise.all([queryClient.invalidateQueries({ queryKey: directoryKeys.people }), queryClient.invalidateQueries({ queryKey: adminKeys.access(id) })]),
  });
}

export function useCreateOffice() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewOffice) => call(api.POST('/api/offices', { body, headers: fresh() })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: directoryKeys.offices }),
  });
}

export function useCreateCenter() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCenter) => call(api.POST('/api/delivery-centers', { body, headers: fresh() })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resourceKeys.centers }),
  });
}

/** Adding or removing a member changes the person's center: the directory and every center page reload. */
export function useCenterMember() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ centerId, personId, action }: { centerId: string; personId: string; action: 'add' | 'remove' }) =>
      action === 'add'
        ? call(api.POST('/api/delivery-centers/{id}/members', { params: { path: { id: centerId } }, body: { personId }, headers: fresh() }))
        : call(api.DELETE('/api/delivery-centers/{id}/members/{personId}', { params: { path: { id: centerId, personId } } })),
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: resourceKeys.centers }), queryClient.invalidateQueries({ queryKey: directoryKeys.people })]),
  });
}

export function useCreateHotline() {
  return useMutation({ mutationFn: (body: NewHotline) => call(api.POST('/api/hotlines', { body, headers: fresh() })) });
}

export function usePolicy() {
  return useQuery({ queryKey: adminKeys.policy, queryFn: () => call(api.GET('/api/policy')) });
}

export function usePolicyVersions() {
  return useQuery({ queryKey: adminKeys.versions, queryFn: () => call(api.GET('/api/policy/versions')), select: (answer) => answer.items });
}

export function usePolicyVersion(version: number | undefined) {
  return useQuery({
    queryKey: adminKeys.version(version ?? 0),
    queryFn: () => call(api.GET('/api/policy/versions/{version}', { params: { path: { version: version! } } })),
    enabled: version !== undefined,
    staleTime: Infinity, // a published version never changes
  });
}

export function useValidatePolicy() {
  return useMutation({
    mutationFn: (document: Record<string, unknown>) => call(api.POST('/api/policy/validate', { body: { document }, headers: fresh() })),
  });
}

export function usePublishPolicy() {
  const queryClient = useQueryClient();
  return useMutation({
    // The document was checked by the API (validate) before it is sent; its shape is the API's to judge.
    mutationFn: ({ document, reason, simulationId }: { document: Record<string, unknown>; reason: string; simulationId?: string }) =>
      call(api.PUT('/api/policy', { body: { document: document as PolicyDocument, reason, ...(simulationId ? { simulationId } : {}) } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['policy'] }),
  });
}

export type Simulation = ApiAnswer<'/api/policy/simulations/{id}', 'get'>;

/** What-if: a candidate tried on a window; small windows answer with the report, large ones with progress to follow. */
export function useSimulate() {
  return useMutation({
    mutationFn: ({ document, from, to }: { document: Record<string, unknown>; from: string; to: string }) =>
      call(api.POST('/api/policy/simulate', { body: { document, from, to } })) as Promise<Simulation>,
  });
}

/** A simulation running in the background, read again every second until it is done or failed. */
export function useSimulation(id: string | undefined) {
  return useQuery({
    queryKey: ['policy', 'simulation', id],
    enabled: id !== undefined,
    queryFn: () => call(api.GET('/api/policy/simulations/{id}', { params: { path: { id: id! } } })),
    refetchInterval: (query) => (query.state.data?.status === 'running' ? 1_000 : false),
  });
}
