import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, ApiError, call, setCsrfToken, type paths } from './api/client';

export type Session = paths['/api/session']['get']['responses'][200]['content']['application/json'];
export type Person = Session['person'];
export type Role = Person['roles'][number];

export const SESSION_KEY = ['session'] as const;

/** Who is signed in (null when nobody is); keeps the CSRF token the client sends on writes. */
export function useSession() {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<Session | null> => {
      try {
        const session = await call(api.GET('/api/session'));
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && (error.status === 401 || error.status === 404)) {
          setCsrfToken(undefined);
          return null;
        }
        throw error;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { email: string; password: string }) => call(api.POST('/api/session', { body })),
    onSuccess: (session) => {
      setCsrfToken(session.csrfToken);
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
      queryClient.setQueryData(SESSION_KEY, session);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => call(api.DELETE('/api/session')),
    onSettled: () => {
      setCsrfToken(undefined);
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, null);
    },
  });
}

export function hasAnyRole(person: Person, roles: readonly Role[] | undefined): boolean {
  return !roles || roles.some((role) => person.roles.includes(role));
}
