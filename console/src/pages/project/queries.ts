import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../../api/client';
import type { ApiAnswer, ApiBody } from '../../components/apiTypes';

export type ProjectDetail = ApiAnswer<'/api/projects/{id}', 'get'>;
export type TimelineEntry = ProjectDetail['timeline'][number];
export type Booking = ProjectDetail['bookings'][number];
export type Scoring = ApiAnswer<'/api/projects/{id}/scoring', 'get'>;
export type ProjectCredit = ApiAnswer<'/api/projects/{id}/credit', 'get'>;
export type AvailableAction = ApiAnswer<'/api/projects/{id}/actions', 'get'>['actions'][number];
export type ActionName = AvailableAction['action'];
export type PolicyVersion = ApiAnswer<'/api/policy/versions/{version}', 'get'>;

/** Keys under ['project', id]: the detail (shared with the inbox), the actions and the scoring reload together. */
export const projectKeys = {
  project: (id: string) => ['project', id] as const,
  actions: (id: string) => ['project', id, 'actions'] as const,
  scoring: (id: string) => ['project', id, 'scoring'] as const,
  credit: (id: string) => ['project', id, 'credit'] as const,
  policy: (version: number) => ['policy', version] as const,
};

export function useProjectDetail(id: string) {
  return useQuery({
    queryKey: projectKeys.project(id),
    queryFn: () => call(api.GET('/api/projects/{id}', { params: { path: { id } } })),
  });
}

export function useActions(id: string, enabled: boolean) {
  return useQuery({
    queryKey: projectKeys.actions(id),
    queryFn: () => call(api.GET('/api/projects/{id}/actions', { params: { path: { id } } })),
    enabled,
    select: (answer) => answer.actions,
  });
}

export function useScoring(id: string, enabled: boolean) {
  return useQuery({
    queryKey: projectKeys.scoring(id),
    queryFn: () => call(api.GET('/api/projects/{id}/scoring', { params: { path: { id } } })),
    enabled,
  });
}

/** A stage's label in the policy the project pinned (its key until the policy has loaded, or for a stage it lacks). */
export function useStageLabel(project: Pick<ProjectDetail, 'policyVersion'>): (key: string) => string {
  const policy = usePinnedPolicy(project.policyVersion);
  return (key) => policy.data?.document.pipeline.stages.find((s) => s.key === key)?.label ?? key;
}

/** A won deal's final value and everyone's credit on it, corrections included. */
export function useCredit(id: string, enabled: boolean) {
  return useQuery({
    queryKey: projectKeys.credit(id),
    queryFn: () => call(api.GET('/api/projects/{id}/credit', { params: { path: { id } } })),
    enabled,
  });
}

/** The policy the project pinned: its stages (and which tiers walk them) for the stage bar. */
export function usePinnedPolicy(version: number | undefined) {
  return useQuery({
    queryKey: projectKeys.policy(version ?? 0),
    queryFn: () => call(api.GET('/api/policy/versions/{version}', { params: { path: { version: version! } } })),
    enabled: version !== undefined,
    staleTime: Infinity,
  });
}

/** Every command of the project page, with the body its route takes (from the OpenAPI document). */
export type Command =
  | { action: 'advance'; body: ApiBody<'/api/projects/{id}/advance', 'post'> }
  | { action: 'proposeHandoff'; body: ApiBody<'/api/projects/{id}/handoffs', 'post'> }
  | { action: 'close'; body: ApiBody<'/api/projects/{id}/close', 'post'> }
  | { action: 'overrideTier'; body: ApiBody<'/api/projects/{id}/tier', 'post'> }
  | { action: 'extendDeadline'; body: ApiBody<'/api/projects/{id}/deadline', 'post'> }
  | { action: 'reassign'; body: ApiBody<'/api/projects/{id}/reassign', 'post'> }
  | { action: 'signFeasibility'; body: ApiBody<'/api/projects/{id}/feasibility', 'post'> }
  | { action: 'dispatch'; body: ApiBody<'/api/projects/{id}/dispatch', 'post'> }
  | { action: 'redispatch'; body: ApiBody<'/api/projects/{id}/dispatch/request', 'post'> }
  | { action: 'requestResource'; body: ApiBody<'/api/projects/{id}/resource-requests', 'post'> }
  | { action: 'recordTime'; body: ApiBody<'/api/projects/{id}/time-entries', 'post'> }
  | { action: 'setBudget'; body: ApiBody<'/api/projects/{id}/budget', 'post'> }
  | { action: 'correctFinalValue'; body: ApiBody<'/api/projects/{id}/final-value', 'post'> }
  | { action: 'score'; body: ApiBody<'/api/projects/{id}/scores', 'post'> }
  | { action: 'nameTeam'; body: ApiBody<'/api/projects/{id}/team', 'put'> }
  | { action: 'rescoreQuality'; body: ApiBody<'/api/projects/{id}/quality', 'post'> }
  | { action: 'changeCommitments'; body: ApiBody<'/api/projects/{id}/commitments', 'put'> }
  | { action: 'acceptDeliveryHandoff'; body: Record<string, never> }
  | { action: 'declineDeliveryHandoff'; body: ApiBody<'/api/projects/{id}/delivery-handoff/decline', 'post'> }
  | { action: 'recordGoLive'; body: ApiBody<'/api/projects/{id}/go-live', 'post'> };

/** The actions of 不随意许诺 and 交付移交, whose dialogs are in PromiseDialogs.tsx. */
export const PROMISE_ACTIONS = ['changeCommitments', 'acceptDeliveryHandoff', 'declineDeliveryHandoff', 'recordGoLive'] as const;
export type PromiseAction = Extract<AvailableAction, { action: (typeof PROMISE_ACTIONS)[number] }>;
export type OtherAction = Exclude<AvailableAction, PromiseAction>;
export const isPromiseAction = (action: AvailableAction): action is PromiseAction => (PROMISE_ACTIONS as readonly string[]).includes(action.action);

function send(id: string, command: Command, key: string): Promise<unknown> {
  const params = { path: { id } };
  const headers = { 'Idempotency-Key': key };
  switch (command.action) {
    case 'advance':
      return call(api.POST('/api/projects/{id}/advance', { params, headers, body: command.body }));
    case 'proposeHandoff':
      return call(api.POST('/api/projects/{id}/handoffs', { params, headers, body: command.body }));
    case 'close':
      return call(api.POST('/api/projects/{id}/close', { params, headers, body: command.body }));
    case 'overrideTier':
      return call(api.POST('/api/projects/{id}/tier', { params, headers, body: command.body }));
    case 'extendDeadline':
      return call(api.POST('/api/projects/{id}/deadline', { params, headers, body: command.body }));
    case 'reassign':
      return call(api.POST('/api/projects/{id}/reassign', { params, headers, body: command.body }));
    case 'signFeasibility':
      return call(api.POST('/api/projects/{id}/feasibility', { params, headers, body: command.body }));
    case 'dispatch':
      return call(api.POST('/api/projects/{id}/dispatch', { params, headers, body: command.body }));
    case 'redispatch':
      return call(api.POST('/api/projects/{id}/dispatch/request', { params, headers, body: command.body }));
    case 'requestResource':
      return call(api.POST('/api/projects/{id}/resource-requests', { params, headers, body: command.body }));
    case 'recordTime':
      return call(api.POST('/api/projects/{id}/time-entries', { params, headers, body: command.body }));
    case 'setBudget':
      return call(api.POST('/api/projects/{id}/budget', { params, headers, body: command.body }));
    case 'correctFinalValue':
      return call(api.POST('/api/projects/{id}/final-value', { params, headers, body: command.body }));
    case 'score':
      return call(api.POST('/api/projects/{id}/scores', { params, headers, body: command.body }));
    case 'nameTeam':
      return call(api.PUT('/api/projects/{id}/team', { params, headers, body: command.body }));
    case 'rescoreQuality':
      return call(api.POST('/api/projects/{id}/quality', { params, headers, body: command.body }));
    case 'changeCommitments':
      return call(api.PUT('/api/projects/{id}/commitments', { params, headers, body: command.body }));
    case 'acceptDeliveryHandoff':
      return call(api.POST('/api/projects/{id}/delivery-handoff/accept', { params, headers }));
    case 'declineDeliveryHandoff':
      return call(api.POST('/api/projects/{id}/delivery-handoff/decline', { params, headers, body: command.body }));
    case 'recordGoLive':
      return call(api.POST('/api/projects/{id}/go-live', { params, headers, body: command.body }));
  }
}

/**
 * A command on the project, then a reload of everything it may have changed: the project (detail, actions,
 * scoring), the pipeline board and lists, and the inbox (an approval or handoff it opened or closed).
 */
export function useProjectCommand(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ command, key }: { command: Command; key: string }) => send(id, command, key),
    onSuccess: () =>
      Promise.all(
        [['project', id], ['pipeline'], ['projects'], ['inbox'], ['reports']].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
}
