import { useQuery } from '@tanstack/react-query';
import { api, call } from '../api/client';

/** The people directory and the offices, fetched once and shared by every screen that names someone (same keys as the inbox). */
export const directoryKeys = {
  people: ['people'] as const,
  offices: ['offices'] as const,
};

export function usePeopleDirectory() {
  return useQuery({
    queryKey: directoryKeys.people,
    queryFn: () => call(api.GET('/api/people')),
    staleTime: 5 * 60_000,
    select: (answer) => answer.items,
  });
}

export function useOffices() {
  return useQuery({
    queryKey: directoryKeys.offices,
    queryFn: () => call(api.GET('/api/offices')),
    staleTime: 5 * 60_000,
    select: (answer) => answer.items,
  });
}

/** A person's name by id; the id's start while the directory loads or for someone not in it. */
export function usePersonName(): (id: string | null | undefined) => string {
  const people = usePeopleDirectory();
  return (id) => (id ? (people.data?.find((p) => p.id === id)?.name ?? id.slice(0, 8)) : '—');
}
