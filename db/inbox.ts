import { centerReadiness } from '../domain/center-functions';
import { feasibilityAhead, feasibilitySigner, signsFeasibility } from '../domain/collaborate';
import { whyDelegateWaits } from '../domain/lifecycle';
import type { PersonRef, Role } from '../domain/people';
import { PolicyDocumentSchema, type PolicyDocument } from '../domain/policy';
import type { Tier } from '../domain/tier';
import { actingFor } from './delegations';
import { APPROVAL_COLUMNS, REQUEST_COLUMNS } from './match-queries';
import { currentPolicy } from './policies';
import { deliveryHandoffItems, REOPENED_SQL } from './promises';
import type { Pool } from './pool';
import { HANDOFF_COLUMNS } from './project-queries';
import type { Inbox, InboxTab, ResourceRequestRow } from './read-models';

/**
 * 待办, the inbox: what waits for a person (handoff offers, approvals, feasibility sign-offs, scores, delivery handoffs), what they
 * decided and what they raised, each item with its project and why it is theirs.
 */

/** How many items of each kind the decided and raised tabs show, newest first. */
export const INBOX_HISTORY_LIMIT = 100;

export interface InboxReader extends PersonRef {
  officeId: string | null;
}

const PROJECT_JSON = `json_build_object('id', p.id, 'name', p.name, 'customerName', p.customer_name, 'tier', p.tier,
  'stage', p.stage, 'status', p.status, 'ownerId', p.owner_id) as project`;

/** A handoff is the reader's own, or offered to someone they stand in for. */
const HANDOFF_MARK = `case when h.to_person_id = $1 then 'self' else 'delegate' end as via,
  case when h.to_person_id = $1 then null else h.to_person_id end as "onBehalfOf"`;

/** An approval is the reader's own, a pool's they belong to, a delegator's, or one escalated to them. */
const APPROVAL_MARK = `case when a.approver_id = $1 then 'self' when a.approver_id is null then 'pool'
    when a.approver_id in (${actingFor('$1')}) then 'delegate' else 'escalation' end as via,
  case when a.approver_id = $1 then null else a.approver_id end as "onBehalfOf"`;

const HANDOFF_WHERE: Record<InboxTab, string> = {
  waiting: `h.status = 'pending' and (h.to_person_id = $1 or h.to_person_id in (${actingFor('$1')}))`,
  decided: `h.decided_by_id = $1 and h.status in ('accepted', 'declined')`,
  raised: 'h.proposed_by_id = $1',
};

const APPROVAL_WHERE: Record<InboxTab, string> = {
  waiting: `a.status = 'pending' and (
    a.approver_id = $1
    or (a.approver_id is null and a.approver_role = any($2::text[]))
    or a.approver_id in (${actingFor('$1')})
    or exists (select 1 from escalations e where e.obligation_key = 'approval:' || a.id and e.target_id = $1 and e.level >= 1))`,
  decided: `a.decided_by_id = $1 and a.status in ('approved', 'rejected')`,
  raised: `(exists (select 1 from resource_requests r where r.id = a.request_id and r.requested_by_id = $1)
    or (a.kind = 'dispatch' and p.sales_owner_id = $1))`,
};

/** Waiting items oldest first (the longest waiting on top); history newest first, bounded. */
const order = (tab: InboxTab, column: string, id: string) =>
  tab === 'waiting' ? `order by ${column}, ${id}` : `order by ${column} desc, ${id} limit ${INBOX_HISTORY_LIMIT}`;

type Item<K extends keyof Omit<Inbox, 'tab'>> = Inbox[K][number];

async function handoffs(pool: Pool, reader: InboxReader, tab: InboxTab): Promise<Item<'handoffs'>[]> {
  const { rows } = await pool.query<Omit<Item<'handoffs'>, 'waitsForNominee'> & { document: unknown }>(
    `select ${HANDOFF_COLUMNS}, ${PROJECT_JSON}, ${HANDOFF_MARK}, pol.document
     from handoffs h join projects p on p.id = h.project_id join policies pol on pol.version = p.policy_version
     where ${HANDOFF_WHERE[tab]} ${order(tab, tab === 'decided' ? 'h.decided_at' : 'h.proposed_at', 'h.id')}`,
    [reader.id],
  );
  return rows.map(({ document, ...handoff }) => ({
    ...handoff,
    waitsForNominee:
      tab === 'waiting' && handoff.via === 'delegate'
        ? whyDelegateWaits({ policy: { version: 0, document: PolicyDocumentSchema.parse(document) }, stage: handoff.project.stage }, reader)
        : null,
  }));
}

async function approvals(pool: Pool, reader: InboxReader, tab: InboxTab): Promise<Item<'approvals'>[]> {
  const { rows } = await pool.query<Omit<Item<'approvals'>, 'request' | 'centerMissingFunctions'> & { centerRoles: Role[][] | null }>(
    `select ${APPROVAL_COLUMNS}, ${PROJECT_JSON}, ${APPROVAL_MARK},
       case when a.kind = 'dispatch' and p.delivery_center_id is not null then coalesce((select json_agg(pe.roles) from people pe
         where pe.delivery_center_id = p.delivery_center_id and pe.deactivated_at is null), '[]'::json) end as "centerRoles"
     from approvals a join projects p on p.id = a.project_id
     where ${APPROVAL_WHERE[tab]} ${order(tab, tab === 'decided' ? 'a.decided_at' : 'a.requested_at', 'a.id')}`,
    tab === 'waiting' ? [reader.id, reader.roles] : [reader.id],
  );
  const requestIds = rows.map((a) => a.requestId).filter((id): id is string => id !== null);
  const requests = requestIds.length
    ? (await pool.query<ResourceRequestRow>(`select ${REQUEST_COLUMNS} from resource_requests r where r.id = any($1::uuid[])`, [requestIds])).rows
    : [];
  const byId = new Map(requests.map((r) => [r.id, r]));
  const required = rows.some((a) => a.centerRoles) ? (await currentPolicy(pool)).document.deliveryCenters.requiredFunctions : [];
  return rows.map(({ centerRoles, ...a }) => ({
    ...a,
    request: a.requestId ? (byId.get(a.requestId) ?? null) : null,
    centerMissingFunctions: centerRoles ? centerReadiness(required, centerRoles).missing : [],
  }));
}

interface FeasibilityCandidate {
  project: Item<'feasibility'>['project'];
  officeId: string;
  onChannelPath: boolean;
  dispatchStatus: string | null;
  dispatchLeadId: string | null;
  policyVersion: number;
  signOff: Item<'feasibility'>['signOff'];
  reopened: boolean;
}

const LATEST_SIGN_OFF = `(select json_build_object('approved', f.approved, 'note', f.note, 'signedById', f.signed_by_id,
    'signedAt', to_json(f.signed_at) #>> '{}') from feasibility_signoffs f where f.project_id = p.id order by f.seq desc limit 1)`;

/**
 * Feasibility owed by the reader: open projects with no positive sign-off yet and a stage ahead that needs one,
 * where the reader is who signs (the appointed team lead on the A/B path, the office's delivery people otherwise).
 */
async function feasibilityOwed(pool: Pool, reader: InboxReader): Promise<Item<'feasibility'>[]> {
  const { rows } = await pool.query<FeasibilityCandidate>(
    `select ${PROJECT_JSON}, p.office_id as "officeId", p.dispatch_status as "dispatchStatus", p.dispatch_lead_id as "dispatchLeadId",
       p.channel and not exists (select 1 from project_events e where e.project_id = p.id and e.type = 'tier_overridden') as "onChannelPath",
       p.policy_version as "policyVersion", ${LATEST_SIGN_OFF} as "signOff", ${REOPENED_SQL} as reopened
     from projects p
     where p.status = 'open'
       and ((p.dispatch_status = 'appointed' and p.dispatch_lead_id = $1) or ('delivery' = any($2::text[]) and p.office_id = $3::uuid))
       and (not coalesce((select f.approved from feasibility_signoffs f where f.project_id = p.id order by f.seq desc limit 1), false)
         or ${REOPENED_SQL})
     order by p.stage_entered_at, p.id`,
    [reader.id, reader.roles, reader.officeId],
  );
  const policies = await policyDocuments(pool, rows.map((r) => r.policyVersion));
  return rows
    .filter((row) => {
      const policy = policies.get(row.policyVersion)!;
      const tier = row.project.tier as Tier;
      const dispatch = row.dispatchStatus ? { status: row.dispatchStatus, leadId: row.dispatchLeadId } : null;
      const signer = feasibilitySigner(policy, { tier, onChannelPath: row.onChannelPath, officeId: row.officeId, dispatch });
      // A reopened sign-off is owed wherever the project stands: the gate it passed no longer counts.
      return signsFeasibility(signer, reader) && (row.reopened || feasibilityAhead(policy, tier, row.project.stage));
    })
    .map((row) => ({ project: row.project, via: 'self' as const, onBehalfOf: null, signOff: row.signOff, reopened: row.reopened }));
}

async function feasibilitySigned(pool: Pool, reader: InboxReader): Promise<Item<'feasibility'>[]> {
  const { rows } = await pool.query<Item<'feasibility'>>(
    `select ${PROJECT_JSON}, 'self' as via, null as "onBehalfOf",
       json_build_object('approved', f.approved, 'note', f.note, 'signedById', f.signed_by_id, 'signedAt', to_json(f.signed_at) #>> '{}') as "signOff",
       f.approved and exists (select 1 from commitment_lists l where l.project_id = f.project_id and l.source = 'change' and l.seq > f.seq
         and not exists (select 1 from feasibility_signoffs later where later.project_id = f.project_id and later.seq > f.seq)) as reopened
     from feasibility_signoffs f join projects p on p.id = f.project_id
     where f.signed_by_id = $1 order by f.signed_at desc, f.project_id, f.seq limit ${INBOX_HISTORY_LIMIT}`,
    [reader.id],
  );
  return rows;
}

async function scoring(pool: Pool, reader: InboxReader, tab: 'waiting' | 'decided'): Promise<Item<'scoring'>[]> {
  const { rows } = await pool.query<Item<'scoring'>>(
    `select ${PROJECT_JSON}, 'self' as via, null as "onBehalfOf", to_json(s.due_at) #>> '{}' as "dueAt",
       s.participant_ids as participants,
       array(select x from unnest(s.participant_ids) as x where not exists
         (select 1 from scores sc where sc.project_id = s.project_id and sc.person_id = x)) as missing
     from scoring_requests s join projects p on p.id = s.project_id
     where s.scorer_id = $1 and s.status = $2
     ${order(tab, tab === 'waiting' ? 's.due_at' : 's.completed_at', 's.project_id')}`,
    [reader.id, tab === 'waiting' ? 'open' : 'complete'],
  );
  return rows;
}

async function policyDocuments(pool: Pool, versions: number[]): Promise<Map<number, PolicyDocument>> {
  const wanted = [...new Set(versions)];
  if (wanted.length === 0) return new Map();
  const { rows } = await pool.query<{ version: number; document: unknown }>('select version, document from policies where version = any($1::int[])', [wanted]);
  return new Map(rows.map((r) => [r.version, PolicyDocumentSchema.parse(r.document)]));
}

/** The reader's inbox on `tab`. */
export async function inboxOf(pool: Pool, reader: InboxReader, tab: InboxTab): Promise<Inbox> {
  const [h, a, f, s, d] = await Promise.all([
    handoffs(pool, reader, tab),
    approvals(pool, reader, tab),
    tab === 'waiting' ? feasibilityOwed(pool, reader) : tab === 'decided' ? feasibilitySigned(pool, reader) : Promise.resolve([]),
    tab === 'raised' ? Promise.resolve([]) : scoring(pool, reader, tab),
    deliveryHandoffItems(pool, reader.id, tab),
  ]);
  return { tab, handoffs: h, approvals: a, feasibility: f, scoring: s, deliveryHandoffs: d };
}
