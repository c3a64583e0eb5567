import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call, idempotencyKey } from '../../api/client';
import type { ApiAnswer, ApiBody } from '../../components/apiTypes';

export type Notifications = ApiAnswer<'/api/me/notifications', 'get'>;
export type Notification = Notifications['items'][number];
export type Preferences = ApiAnswer<'/api/me/notification-preferences', 'get'>;
export type PreferencesBody = ApiBody<'/api/me/notification-preferences', 'put'>;
export type WebhookFormat = Preferences['webhookFormat'];
export type Delegation = ApiAnswer<'/api/me/delegation', 'get'>['delegation'];
export type DelegationBody = ApiBody<'/api/me/delegation', 'put'>;
export type PasswordBody = ApiBody<'/api/me/password', 'put'>;

export const WEBHOOK_FORMATS: readonly WebhookFormat[] = ['json', 'feishu', 'dingtalk', 'wecom', 'slack'];

export const meKeys = {
  notifications: ['me', 'notifications'] as const,
  notificationList: (unreadOnly: boolean) => ['me', 'notifications', unreadOnly] as const,
  preferences: ['me', 'notification-preferences'] as const,
  delegation: ['me', 'delegation'] as const,
};

const PAGE = 20;

/** The person's notifications, newest first, a page at a time (the API pages by cursor). */
export function useNotifications(unreadOnly: boolean) {
  return useInfiniteQuery({
    queryKey: meKeys.notificationList(unreadOnly),
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      call(api.GET('/api/me/notifications', { params: { query: { limit: PAGE, cursor: pageParam, ...(unreadOnly ? { unread: 'true' as const } : {}) } } })),
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      call(api.POST('/api/me/notifications/{id}/read', { params: { path: { id } }, headers: { 'Idempotency-Key': idempotencyKey() } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meKeys.notifications }),
  });
}

export function usePreferences() {
  return useQuery({ queryKey: meKeys.preferences, queryFn: () => call(api.GET('/api/me/notification-preferences')) });
}

export function useSavePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PreferencesBody) => call(api.PUT('/api/me/notification-preferences', { body })),
    onSuccess: async (saved) => {
      queryClient.setQueryData(meKeys.preferences, saved);
      await queryClient.invalidateQueries({ queryKey: meKeys.preferences });
    },
  });
}

export function useDelegation() {
  return useQuery({ queryKey: meKeys.delegation, queryFn: () => call(api.GET('/api/me/delegation')), select: (answer) => answer.delegation });
}

/** Setting or ending the out-of-office delegate; the inbox changes with it (items go to or come back from the delegate). */
export function useSaveDelegation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DelegationBody | null): Promise<void> => {
      if (body) await call(api.PUT('/api/me/delegation', { body }));
      else await call(api.DELETE('/api/me/delegation'));
    },
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: meKeys.delegation }), queryClient.invalidateQueries({ queryKey: ['inbox'] })]),
  });
}

export function useChangePassword() {
  return useMutation({ mutationFn: (body: PasswordBody) => call(api.PUT('/api/me/password', { body })) });
}
