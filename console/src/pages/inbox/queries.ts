import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, idempotencyKey, type paths } from '../../api/client';
import { usePeopleDirectory } from '../../components/directory';

type Json<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  responses: { 200: { content: { 'application/json': infer T } } };
}
  ? T
  : never;

export type Inbox = Json<'/api/me/inbox', 'get'>;
export type InboxHandoff = Inbox['handoffs'][number];
export type InboxApproval = Inbox['approvals'][number];
export type InboxDelivery = Inbox['deliveryHandoffs'][number];
export type Approval = Json<'/api/approvals/{id}', 'get'>;
export type Handoff = Json<'/api/handoffs/{id}', 'get'>;
export type ProjectDetail = Json<'/api/projects/{id}', 'get'>;
export type Candidates = Json<'/api/resource-requests/{id}/candidates', 'get'>;

export type InboxKind = 'handoff' | 'approval';
export type InboxTab = Inbox['tab'];
export const INBOX_TABS: readonly InboxTab[] = ['waiting', 'decided', 'raised'];
type Marks = Pick<InboxApproval, 'project' | 'via' | 'onBehalfOf'>;

/**
 * One row of the inbox, in the order the items were asked for: a handoff offer or an approval (decided here, with
 * an address of its own), or a feasibility sign-off (also one reopened by changed commitments), a delivery handoff
 * to accept or its go-live, or scores owed (decided on the project's page).
 */
export type InboxItem = Marks &
  (
    | { kind: 'handoff'; id: string; at: string; handoff: InboxHandoff }
    | { kind: 'approval'; id: string; at: string; approval: InboxApproval }
    | { kind: 'feasibility'; id: string; at: string | null; reopened: boolean }
    | { kind: 'deliveryHandoff'; id: string; at: string; delivery: InboxDelivery }
    | { kind: 'scoring'; id: string; at: string | null }
  );

export const inboxKeys = {
  inbox: ['inbox'] as const,
  tab: (tab: InboxTab) => ['inbox', tab] as const,
  item: (kind: InboxKind, id: string) => [kind, id] as const,
  project: (id: string) => ['project', id] as const,
  candidates: (requestId: string) => ['candidates', requestId] as const,
  center: (id: string) => ['delivery-center', id] as const,
};

export function inboxItems(inbox: Inbox): InboxItem[] {
  const marks = (item: Marks): Marks => ({ project: item.project, via: item.via, onBehalfOf: item.onBehalfOf });
  const items: InboxItem[] = [
    ...inbox.handoffs.map((handoff) => ({ ...marks(handoff), kind: 'handoff' as const, id: handoff.id, at: handoff.proposedAt, handoff })),
    ...inbox.approvals.map((approval) => ({ ...marks(approval), kind: 'approval' as const, id: approval.id, at: approval.requestedAt, approval })),
    ...inbox.feasibility.map((f) => ({ ...marks(f), kind: 'feasibility' as const, id: f.project.id, at: f.signOff?.signedAt ?? null, reopened: f.reopened })),
    ...inbox.deliveryHandoffs.map((d) => ({ ...marks(d), kind: 'deliveryHandoff' as const, id: d.project.id, at: d.offeredAt, delivery: d })),
    ...inbox.scoring.map((s) => ({ ...marks(s), kind: 'scoring' as const, id: s.project.id, at: s.dueAt })),
  ];
  const order = (item: InboxItem) => item.at ?? '';
  // Waiting: oldest first (the longest-waiting on top); decided and raised: newest first.
  const sorted = items.sort((a, b) => order(a).localeCompare(order(b)));
  return inbox.tab === 'waiting' ? sorted : sorted.reverse();
}

export function useInbox(tab: InboxTab) {
  return useQuery({ queryKey: inboxKeys.tab(tab), queryFn: () => call(api.GET('/api/me/inbox', { params: { query: { tab } } })) });
}

export function useProject(id: string | undefined) {
  return useQuery({
    queryKey: inboxKeys.project(id ?? ''),
    queryFn: () => call(api.GET('/api/projects/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    staleTime: 30_000,
  });
}

export function useApproval(id: string | undefined) {
  return useQuery({
    queryKey: inboxKeys.item('approval', id ?? ''),
    queryFn: () => call(api.GET('/api/approvals/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useHandoff(id: string | undefined) {
  return useQuery({
    queryKey: inboxKeys.item('handoff', id ?? ''),
    queryFn: () => call(api.GET('/api/handoffs/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
  });
}

export function useCandidates(requestId: string | null | undefined) {
  return useQuery({
    queryKey: inboxKeys.candidates(requestId ?? ''),
    queryFn: () => call(api.GET('/api/resource-requests/{id}/candidates', { params: { path: { id: requestId! } } })),
    enabled: Boolean(requestId),
  });
}

/** A delivery center with its members by function and its readiness (the functions the policy requires). */
export function useCenter(id: string | null | undefined) {
  return useQuery({
    queryKey: inboxKeys.center(id ?? ''),
    queryFn: () => call(api.GET('/api/delivery-centers/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    staleTime: 60_000,
  });
}

/** Everyone, for the people an item mentions by id (the directory every screen shares). */
export const usePeople = usePeopleDirectory;

export type Decision =
  | { kind: 'handoff'; id: string; projectId: string; action: 'accept' }
  | { kind: 'handoff'; id: string; projectId: string; action: 'decline'; reason: string }
  | { kind: 'approval'; id: string; projectId: string; action: 'approve'; personId?: string; comment?: string }
  | { kind: 'approval'; id: string; projectId: string; action: 'reject'; reason: string };

function send(decision: Decision) {
  const params = { path: { id: decision.id } };
  const headers = { 'Idempotency-Key': idempotencyKey() };
  switch (decision.action) {
    case 'accept':
      return call(api.POST('/api/handoffs/{id}/accept', { params, headers }));
    case 'decline':
      return call(api.POST('/api/handoffs/{id}/decline', { params, headers, body: { reason: decision.reason } }));
    case 'approve':
      return call(api.POST('/api/approvals/{id}/approve', { params, headers, body: { personId: decision.personId, comment: decision.comment } }));
    case 'reject':
      return call(api.POST('/api/approvals/{id}/reject', { params, headers, body: { reason: decision.reason } }));
  }
}

/**
 * Deciding an item, then reloading the list, the item and its project, so nobody acts on a stale inbox (the most
 * common complaint about task inboxes). The project detail the API answers is put in the cache as it is.
 */
export function useDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: async (project, decision) => {
      queryClient.setQueryData(inboxKeys.project(decision.projectId), project);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: inboxKeys.inbox }),
        queryClient.invalidateQueries({ queryKey: inboxKeys.item(decision.kind, decision.id) }),
        queryClient.invalidateQueries({ queryKey: ['candidates'] }),
      ]);
    },
  });
}
