import { z } from 'zod';

export const ROLES = [
  'sales',
  'presales',
  'solution',
  'test',
  'delivery',
  'after_sales',
  'custom_dev',
  'hotline',
  'manager',
  'director',
  'admin',
] as const;
export const buildRoleSchema = () => z.enum(ROLES);
export const RoleSchema = buildRoleSchema();
export type Role = z.infer<typeof RoleSchema>;

/**
 * Who is acting, as the API resolved it from the bearer token. `manages` lists the people (among those the
 * command is about) whom the actor stands above in the manager tree, so a workflow can check "the owner or the
 * owner's manager" without reading the database.
 */
export const ActorSchema = z.object({
  id: z.string(),
  roles: z.array(RoleSchema),
  manages: z.array(z.string()).default([]),
  /** People whose out-of-office delegation to the actor is in force now: the actor may decide for them. */
  actingFor: z.array(z.string()).default([]),
  officeId: z.string().nullable().default(null),
});
export type Actor = z.infer<typeof ActorSchema>;

/** A person named in a command (a handoff nominee), with the roles the API read for them. */
export interface PersonRef {
  id: string;
  roles: Role[];
}

export function hasRole(person: { roles: readonly Role[] }, role: Role): boolean {
  return person.roles.includes(role);
}

/** The person automatic steps (escalations on a timer) are recorded as done by; created by migration 004. */
export const SYSTEM_ACTOR_ID = '00000000-0000-4000-8000-000000000001';
