import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { PersonRow, Standing } from '../db/people';
import type { Pool } from '../db/pool';
import { getVisibleProject } from '../db/project-queries';
import type { ProjectSummary } from '../db/read-models';
import { canSeeProject } from '../db/visibility';
import { httpError } from './errors';

/**
 * Who sees a project, enforced in one place: every route whose path starts with one of the prefixes below names a
 * project (directly or through a handoff, approval or resource request), and answers 404 — "no such thing", not
 * "forbidden" — to anyone who may not see that project (domain/visibility.ts says who may). It runs before the
 * body is validated, so a refused body tells an outsider nothing either. Routes of any other shape are held to
 * the route × identity table in test/fixtures/route-access.txt. A route whose one read applies the rule itself
 * (`checkedByRead`: a project's detail) is left to that read, held to the same table.
 */

type ProjectOf = (pool: Pool, id: string) => Promise<string | undefined>;

const projectOfRow =
  (table: string): ProjectOf =>
  async (pool, id) =>
    (await pool.query<{ project_id: string }>(`select project_id from ${table} where id = $1`, [id])).rows[0]?.project_id;

const SCOPED_ROUTES: ReadonlyArray<{ prefix: string; noun: string; projectOf: ProjectOf }> = [
  { prefix: '/api/projects/:id', noun: 'project', projectOf: async (_pool, id) => id },
  { prefix: '/api/handoffs/:id', noun: 'handoff', projectOf: projectOfRow('handoffs') },
  { prefix: '/api/approvals/:id', noun: 'approval', projectOf: projectOfRow('approvals') },
  { prefix: '/api/resource-requests/:id', noun: 'resource request', projectOf: projectOfRow('resource_requests') },
];

declare module 'fastify' {
  interface FastifyContextConfig {
    /**
     * `'by-read'`: the route's one read of the project applies the visibility rule itself, and answers 404 when it finds
     * nothing (`checkedByRead`): the check before it would only repeat that read's work.
     */
    projectVisibility?: 'by-read';
  }
  interface FastifyRequest {
    /** The project the route names, once the caller was found to be allowed to see it. */
    visibleProjectId: string | null;
    /**
     * That project's row as the check read it, for a write (the command's own checks use it instead of reading it
     * again: api/project-access.ts requireOpenProject).
     */
    visibleProject: ProjectSummary | null;
    /** How the caller stood towards that project's owner when the check read it (a command's actor: api/project-access.ts). */
    callerStanding: (Standing & { towards: string }) | null;
  }
}

const READS = new Set(['GET', 'HEAD']);

const isUuid = (value: unknown): value is string => z.uuid().safeParse(value).success;

/** The config of a route whose read applies the visibility rule itself (a project's detail: one statement, not two). */
export const checkedByRead = { projectVisibility: 'by-read' } as const;

export function scopedRouteOf(url: string | undefined) {
  if (!url) return undefined;
  return SCOPED_ROUTES.find(({ prefix }) => url === prefix || url.startsWith(`${prefix}/`));
}

/**
 * Whether `person` may see project `projectId`. A write is a command whose checks read the project (api/project-access.ts
 * requireOpenProject) and whose actor stands towards its owner: the check reads both for them, kept on the request. A
 * read needs only the answer.
 */
async function seesProject(pool: Pool, request: FastifyRequest, person: PersonRow, projectId: string): Promise<boolean> {
  if (READS.has(request.method)) return canSeeProject(pool, person, projectId);
  const found = await getVisibleProject(pool, person, projectId);
  request.visibleProject = found?.project ?? null;
  request.callerStanding = found ? { ...found.standing, towards: found.project.ownerId } : null;
  return found !== undefined;
}

export function registerProjectVisibility(app: FastifyInstance, pool: Pool): void {
  app.decorateRequest('visibleProjectId', null);
  app.decorateRequest('visibleProject', null);
  app.decorateRequest('callerStanding', null);
  app.addHook('preValidation', async (request: FastifyRequest) => {
    const scoped = scopedRouteOf(request.routeOptions.url);
    const id = (request.params as { id?: unknown } | undefined)?.id;
    // A malformed id is the params schema's to refuse, with its own 400.
    if (!scoped || !request.person || !isUuid(id) || request.routeOptions.config.projectVisibility === 'by-read') return;
    const projectId = await scoped.projectOf(pool, id);
    if (!projectId || !(await seesProject(pool, request, request.person, projectId))) throw httpError.notFound(`no ${scoped.noun} ${id}`);
    request.visibleProjectId = projectId;
  });
}
