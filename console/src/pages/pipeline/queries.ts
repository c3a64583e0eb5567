import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api, call, type paths } from '../../api/client';

export type Board = paths['/api/pipeline']['get']['responses'][200]['content']['application/json'];
export type StageColumn = Board['stages'][number];
export type ProjectPage = paths['/api/projects']['get']['responses'][200]['content']['application/json'];
export type ProjectSummary = ProjectPage['items'][number];
export type Tier = ProjectSummary['tier'];
export type ProjectStatus = ProjectSummary['status'];

export const TIERS: readonly Tier[] = ['A', 'B', 'C', 'D', 'E'];
export const STATUSES: readonly ProjectStatus[] = ['open', 'won', 'lost'];

/** The board's filters as they stand in the address (`/pipeline?tier=A&status=open`). */
export interface BoardFilters {
  tier?: Tier;
  officeId?: string;
  ownerId?: string;
  industry?: string;
  status: ProjectStatus;
}

export type BoardView = 'board' | 'list';

const isTier = (value: string | null): value is Tier => value !== null && (TIERS as readonly string[]).includes(value);
const isStatus = (value: string | null): value is ProjectStatus => value !== null && (STATUSES as readonly string[]).includes(value);

/** Reads the filters from the address; a value the API would refuse is ignored rather than sent. */
export function filtersFrom(params: URLSearchParams): BoardFilters {
  const tier = params.get('tier');
  const status = params.get('status');
  const text = (name: string) => params.get(name)?.trim() || undefined;
  return {
    tier: isTier(tier) ? tier : undefined,
    officeId: text('officeId'),
    ownerId: text('ownerId'),
    industry: text('industry')?.toLowerCase(),
    status: isStatus(status) ? status : 'open',
  };
}

export function viewFrom(params: URLSearchParams): BoardView {
  return params.get('view') === 'list' ? 'list' : 'board';
}

/** The address for these filters: only what differs from the defaults, so a plain /pipeline stays plain. */
export function paramsOf(filters: BoardFilters, view: BoardView): URLSearchParams {
  const params = new URLSearchParams();
  if (view === 'list') params.set('view', 'list');
  if (filters.tier) params.set('tier', filters.tier);
  if (filters.officeId) params.set('officeId', filters.officeId);
  if (filters.ownerId) params.set('ownerId', filters.ownerId);
  if (filters.industry) params.set('industry', filters.industry);
  if (filters.status !== 'open') params.set('status', filters.status);
  return params;
}

export const pipelineKeys = {
  board: (filters: BoardFilters) => ['pipeline', filters] as const,
  projects: (filters: BoardFilters, stage: string | undefined) => ['projects', filters, stage ?? null] as const,
};

/** How many cards a column or the list loads at a time. */
export const PAGE_SIZE = 20;

export function useBoard(filters: BoardFilters) {
  return useQuery({
    queryKey: pipelineKeys.board(filters),
    queryFn: () => call(api.GET('/api/pipeline', { params: { query: filters } })),
  });
}

/** One column's cards (or the list's rows without a stage), a page at a time by the API's keyset cursor. */
export function useProjectPages(filters: BoardFilters, stage: string | undefined, enabled = true) {
  return useInfiniteQuery({
    queryKey: pipelineKeys.projects(filters, stage),
    queryFn: ({ pageParam }) =>
      call(api.GET('/api/projects', { params: { query: { ...filters, stage, limit: PAGE_SIZE, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled,
  });
}
