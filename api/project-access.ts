import type { FastifyRequest } from 'fastify';
import { getPerson, managerChain, type PersonRow } from '../db/people';
import type { Pool } from '../db/pool';
import { getProject, getProjectDetail, type ProjectSummary } from '../db/project-queries';
import type { Actor, PersonRef } from '../domain/people';
import { caller } from './auth';
import { ErrorBodySchema, httpError } from './errors';
import { idempotencyKeyOf } from './idempotency';

/** Shared by the routes that command a project workflow. */

export const errorResponses = {
  400: ErrorBodySchema,
  401: ErrorBodySchema,
  403: ErrorBodySchema,
  404: ErrorBodySchema,
  409: ErrorBodySchema,
};

export async function requirePerson(pool: Pool, id: string, path: string): Promise<PersonRow> {
  const person = await getPerson(pool, id);
  if (!person) throw httpError.badRequest(`${path} names no existing person`, [{ path, message: 'not found' }]);
  return person;
}

export async function requireOpenProject(pool: Pool, id: string): Promise<ProjectSummary> {
  const project = await getProject(pool, id);
  if (!project) throw httpError.notFound(`no project ${id}`);
  if (project.status !== 'open') throw httpError.conflict(`the project is closed (${project.status})`);
  return project;
}

/**
 * The caller as the workflow sees them: whether they stand above the current owner in the manager tree, whose
 * out-of-office delegation to them is in force now, and their office.
 */
export async function actorFor(pool: Pool, person: PersonRow, ownerId: string): Promise<Actor> {
  const managesOwner = person.id !== ownerId && (await managerChain(pool, ownerId)).includes(person.id);
  const { rows } = await pool.query<{ person_id: string }>(
    'select person_id from delegations where delegate_id = $1 and starts_at <= now() and ends_at > now()',
    [person.id],
  );
  return {
    id: person.id,
    roles: person.roles,
    manages: managesOwner ? [ownerId] : [],
    actingFor: rows.map((r) => r.person_id),
    officeId: person.officeId,
  };
}

export function personRef(person: PersonRow): PersonRef {
  return { id: person.id, roles: person.roles };
}

/** Temporal deduplicates updates by id: a re-delivered request with the same Idempotency-Key applies once. */
export function updateIdFor(request: FastifyRequest, action: string): string | undefined {
  const key = idempotencyKeyOf(request);
  return key ? `${action}:${caller(request).id}:${key}` : undefined;
}


export async function projectDetail(pool: Pool, id: string) {
  const project = await getProjectDetail(pool, id);
  if (!project) throw httpError.notFound(`no project ${id}`);
  return project;
}
