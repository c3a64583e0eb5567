import { WorkflowNotFoundError, WorkflowUpdateFailedError, type Client } from '@temporalio/client';
import type { UpdateDefinition } from '@temporalio/common';
import type { FastifyRequest } from 'fastify';
import { getPerson, standingTowards, type PersonRow } from '../db/people';
import type { Pool } from '../db/pool';
import { projectDetailFor } from '../db/project-detail';
import { commandRecorded } from '../db/project-record';
import { getProject, type ProjectSummary } from '../db/project-queries';
import { redactBooking, redactLedgerLine, redactTimelineEntry } from '../domain/project-redaction';
import type { Actor, PersonRef } from '../domain/people';
import { caller } from './auth';
import { ErrorBodySchema, HttpError, httpError } from './errors';
import { catchUpUpdate, projectWorkflowId } from '../workflows/project-messages';
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
  if (person.deactivatedAt) {
    throw httpError.badRequest(`${path} names a person deactivated since ${person.deactivatedAt}`, [{ path, message: 'deactivated' }]);
  }
  return person;
}

/** Project `id`, open. The visibility check's read of it serves, when it read this one (a write: api/visibility.ts). */
export async function requireOpenProject(pool: Pool, id: string, request: FastifyRequest): Promise<ProjectSummary> {
  const known = request.visibleProject;
  const project = known?.id === id ? known : await getProject(pool, id);
  if (!project) throw httpError.notFound(`no project ${id}`);
  if (project.status !== 'open') throw httpError.conflict(`the project is closed (${project.status})`);
  return project;
}

/**
 * The caller as the workflow sees them: whether they stand above the current owner in the manager tree, whose
 * out-of-office delegation to them is in force now, and their office. A command's visibility check read that standing
 * already (api/visibility.ts) when the command goes to the owner the check read and the caller acts as themselves.
 */
export async function actorFor(pool: Pool, person: PersonRow, ownerId: string, request?: FastifyRequest): Promise<Actor> {
  const known = request?.callerStanding;
  const standing = known && known.towards === ownerId && request.person?.id === person.id ? known : await standingTowards(pool, person.id, ownerId);
  return {
    id: person.id,
    roles: person.roles,
    manages: standing.manages ? [ownerId] : [],
    actingFor: standing.actingFor,
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

/**
 * A project as `viewer` may read it: rates, costs and scores they may not see blanked (domain/project-redaction.ts).
 * `checked: false` for a route that leaves the visibility check to this read (api/visibility.ts `checkedByRead`).
 */
export async function projectDetail(pool: Pool, id: string, viewer: PersonRow, checked = true) {
  const found = await projectDetailFor(pool, id, viewer, checked);
  if (!found) throw httpError.notFound(`no project ${id}`);
  const { project, sight } = found;
  const personOfBooking = new Map(project.bookings.map((b) => [b.id, b.personId]));
  return {
    ...project,
    bookings: project.bookings.map((booking) => redactBooking(booking, sight)),
    ledger: project.ledger.map((line) => redactLedgerLine(line, personOfBooking, sight)),
    timeline: project.timeline.map((entry) => redactTimelineEntry(entry, personOfBooking, sight)),
  };
}

export function projectHandle(temporal: Client, projectId: string) {
  return temporal.workflow.getHandle(projectWorkflowId(projectId));
}

/**
 * A command's state checks, forgiving one case: they refuse with 409 because this very request already went through
 * — its first attempt was answered 503 while Temporal applied it, and the client retried with the same
 * Idempotency-Key. Temporal still knows the update by its id; then the command counts as done (`applied`, with
 * the update's result), and a refusal of that first attempt is answered as the refusal it was.
 */
async function unlessAlreadyApplied<T>(
  deps: { pool: Pool; temporal: Client },
  request: FastifyRequest,
  projectId: string,
  updateName: string,
  action: string,
  checks: () => T | Promise<T>,
): Promise<{ applied: true; result: unknown } | { applied: false; checked: T }> {
  try {
    return { applied: false, checked: await checks() };
  } catch (error) {
    const updateId = updateIdFor(request, action);
    if (!(error instanceof HttpError && error.status === 409 && updateId)) throw error;
    const handle = projectHandle(deps.temporal, projectId);
    try {
      return { applied: true, result: await handle.getUpdateHandle(updateId).result() };
    } catch (outcome) {
      // The first attempt's own refusal is the answer. No such update (or one Temporal aborted): the 409 stands, unless
      // the record took this very command's events and its workflow task was then lost (the record is written from that
      // task) — then the workflow catches up and the command counts as done. Temporal not answering: a 503, retried.
      if (outcome instanceof WorkflowUpdateFailedError) throw outcome;
      if (!(await commandRecorded(deps.pool, projectId, updateId))) {
        if (outcome instanceof WorkflowNotFoundError) throw error;
        throw outcome;
      }
      const catchUp = { update: updateName, commandId: updateId };
      return { applied: true, result: await handle.executeUpdate(catchUpUpdate, { args: [catchUp], updateId: `catch-up:${updateId}` }) };
    }
  }
}

/** The project a command goes to, as its checks found it: whose manager chain decides `actor.manages`. */
export interface CommandTarget {
  id: string;
  /** The person the caller must stand above to act as their manager (the owner; the handing-over owner for handoffs). */
  ownerId: string;
}

/**
 * The one path of every command to a project workflow. `prepare` runs the route's state checks and returns the
 * project and the command's arguments; the caller (or `as`, when the route has already checked a role) becomes
 * the workflow's actor; the update carries an id derived from the Idempotency-Key, so a re-delivered request
 * applies once, and a retry whose checks now refuse because its first attempt went through gets that attempt's
 * result. Answers the update's result.
 */
export async function sendCommand<A extends { actor: Actor }, R>(
  deps: { pool: Pool; temporal: Client },
  request: FastifyRequest,
  projectId: string,
  update: UpdateDefinition<R, [A]>,
  action: string,
  prepare: () => Promise<{ project: CommandTarget; args: Omit<A, 'actor'> }>,
  as: PersonRow = caller(request),
): Promise<R> {
  const prepared = await unlessAlreadyApplied(deps, request, projectId, update.name, action, prepare);
  if (prepared.applied) return prepared.result as R;
  const { project, args } = prepared.checked;
  return projectHandle(deps.temporal, project.id).executeUpdate(update, {
    args: [{ ...args, actor: await actorFor(deps.pool, as, project.ownerId, request) } as A],
    updateId: updateIdFor(request, action),
  });
}

/**
 * The shape of most routes: one command on an open project, answered with the project as the caller may read it.
 * The route's own state checks (in `args`) count as well: a retried dispatch finds no pending dispatch any more.
 */
export async function commandOpenProject<A extends { actor: Actor }>(
  deps: { pool: Pool; temporal: Client },
  request: FastifyRequest,
  projectId: string,
  update: UpdateDefinition<unknown, [A]>,
  action: string,
  args: (project: ProjectSummary) => Omit<A, 'actor'> | Promise<Omit<A, 'actor'>>,
  as: PersonRow = caller(request),
) {
  await sendCommand(
    deps,
    request,
    projectId,
    update,
    action,
    async () => {
      const project = await requireOpenProject(deps.pool, projectId, request);
      return { project, args: await args(project) };
    },
    as,
  );
  return projectDetail(deps.pool, projectId, caller(request));
}
