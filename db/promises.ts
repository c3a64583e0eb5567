import type { GateState } from '../domain/commitments';
import { actingFor } from './delegations';
import type { Pool } from './pool';
import type { Inbox, InboxTab, ProjectPromises } from './read-models';
import { reportGroupIds, reportScope } from './reports';
import type { Viewer } from './visibility';

/**
 * Read models of 不随意许诺 and 交付移交 (db/promises-record.ts writes them): a project's promises, the delivery
 * handoffs in an inbox, and the promises-kept report.
 */

const iso = (column: string) => `to_json(${column}) #>> '{}'`;

type CommitmentView = ProjectPromises['commitments'][number];

/** A project's promises as db/project-detail.ts reads them, each part as on record. */
export interface PromisesRecord {
  /** The latest feasibility sign-off. */
  signOff: { seq: number; approved: boolean; note: string; signedById: string; signedAt: string } | null;
  /** The latest commitment list, from a sign-off or a change, and its commitments. */
  commitmentList: { seq: number; source: 'signoff' | 'change'; setById: string; reason: string | null; setAt: string } | null;
  listedCommitments: CommitmentView[];
  deliveryHandoffs: Array<{
    toPersonId: string;
    via: string;
    status: string;
    offeredAt: string;
    dueAt: string;
    decidedById: string | null;
    decidedAt: string | null;
    reason: string | null;
  }>;
  promised: ProjectPromises['promised'];
  goLive: ProjectPromises['goLive'];
}

/** The project's promises from what is on record (the same derivation as domain/commitments.ts `gateState`). */
export function promisesOnRecord(record: PromisesRecord): ProjectPromises {
  const latest = record.signOff;
  const current = record.commitmentList;
  const changed = current?.source === 'change' && (!latest || current.seq > latest.seq) ? current : undefined;
  const gate: GateState = !latest ? 'unsigned' : !latest.approved ? 'rejected' : changed ? 'reopened' : 'signed';
  const handoffs = record.deliveryHandoffs;
  const last = handoffs.at(-1);
  return {
    gate,
    commitments: record.listedCommitments,
    change: changed ? { changedById: changed.setById, reason: changed.reason ?? '', changedAt: changed.setAt } : null,
    deliveryHandoff:
      last && last.status !== 'declined'
        ? {
            toPersonId: last.toPersonId,
            via: last.via as NonNullable<ProjectPromises['deliveryHandoff']>['via'],
            status: last.status as 'offered' | 'accepted',
            offeredAt: last.offeredAt,
            dueAt: last.dueAt,
            ownerId: last.status === 'accepted' ? last.decidedById : null,
            acceptedAt: last.status === 'accepted' ? last.decidedAt : null,
            declined: handoffs
              .filter((h) => h.status === 'declined')
              .map((h) => ({ personId: h.toPersonId, reason: h.reason ?? '', at: h.decidedAt ?? h.offeredAt })),
          }
        : null,
    promised: record.promised,
    goLive: record.goLive,
  };
}

/** Whether the project's delivery handoff waits for acceptance or its go-live (its workflow still runs for it). */
export async function deliveryOpenOnRecord(pool: Pool, projectId: string): Promise<boolean> {
  const { rows } = await pool.query<{ open: boolean }>(
    `select exists (select 1 from delivery_handoffs where project_id = $1)
       and not exists (select 1 from go_lives where project_id = $1) as open`,
    [projectId],
  );
  return rows[0]?.open ?? false;
}

/** The go-live as recorded, to answer a repeat once the workflow has ended. */
export async function goLiveOnRecord(pool: Pool, projectId: string): Promise<{ liveOn: string; recordedById: string; outcomes: Array<{ index: number; kept: boolean; note: string | null }> } | undefined> {
  const { rows } = await pool.query<{ liveOn: string; recordedById: string }>(
    `select to_char(live_on, 'YYYY-MM-DD') as "liveOn", recorded_by_id as "recordedById" from go_lives where project_id = $1`,
    [projectId],
  );
  if (!rows[0]) return undefined;
  const outcomes = await pool.query<{ index: number; kept: boolean; note: string | null }>(
    'select idx as index, kept, note from promised_commitments where project_id = $1 order by idx',
    [projectId],
  );
  return { ...rows[0], outcomes: outcomes.rows };
}

// ---------------------------------------------------------------------------------------------------------------
// The inbox.

type DeliveryItem = Inbox['deliveryHandoffs'][number];

const PROJECT_JSON = `json_build_object('id', p.id, 'name', p.name, 'customerName', p.customer_name, 'tier', p.tier,
  'stage', p.stage, 'status', p.status, 'ownerId', p.owner_id) as project`;

/**
 * Waiting: offers to the reader, to someone they stand in for, or escalated to them; and the go-live of a handoff they
 * accepted. Decided: the offers they accepted or declined.
 */
const DELIVERY_WHERE: Record<Exclude<InboxTab, 'raised'>, string> = {
  waiting: `(d.status = 'offered' and (d.to_person_id = $1 or d.to_person_id in (${actingFor('$1')})
      or exists (select 1 from escalations e where e.project_id = d.project_id and e.kind = 'delivery_handoff'
        and e.responsible_id = d.to_person_id and e.at >= d.offered_at and e.target_id = $1 and e.level >= 1)))
    or (d.status = 'accepted' and d.decided_by_id = $1 and not exists (select 1 from go_lives g where g.project_id = d.project_id))`,
  decided: `d.decided_by_id = $1 and d.status in ('accepted', 'declined')`,
};

export async function deliveryHandoffItems(pool: Pool, readerId: string, tab: InboxTab): Promise<DeliveryItem[]> {
  if (tab === 'raised') return [];
  const { rows } = await pool.query<DeliveryItem>(
    `select ${PROJECT_JSON}, d.status, d.to_person_id as "toPersonId", ${iso('d.offered_at')} as "offeredAt", ${iso('d.due_at')} as "dueAt",
       case when d.to_person_id = $1 or d.status <> 'offered' then 'self'
            when d.to_person_id in (${actingFor('$1')}) then 'delegate' else 'escalation' end as via,
       case when d.to_person_id = $1 or d.status <> 'offered' then null else d.to_person_id end as "onBehalfOf",
       (select count(*)::int from promised_commitments c where c.project_id = d.project_id) as commitments
     from delivery_handoffs d join projects p on p.id = d.project_id
     where ${DELIVERY_WHERE[tab]}
     order by ${tab === 'waiting' ? 'd.due_at, d.project_id' : 'd.decided_at desc, d.project_id limit 100'}`,
    [readerId],
  );
  return rows;
}

/** Whether the latest sign-off of `p` was approved and the commitments changed after it (SQL over `projects p`). */
export const REOPENED_SQL = `coalesce((select f.approved and exists (select 1 from commitment_lists l where l.project_id = f.project_id
    and l.source = 'change' and l.seq > f.seq) from feasibility_signoffs f where f.project_id = p.id order by f.seq desc limit 1), false)`;

// ---------------------------------------------------------------------------------------------------------------
// The report: promises kept.

export type PromiseGroupBy = 'salesPerson' | 'tier' | 'center';

const KEYS: Record<PromiseGroupBy, { key: string; name: string }> = {
  salesPerson: { key: 'p.sales_owner_id::text', name: '(select name from people where id = p.sales_owner_id)' },
  tier: { key: 'p.tier', name: 'p.tier' },
  center: { key: 'p.delivery_center_id::text', name: '(select name from delivery_centers where id = p.delivery_center_id)' },
};

export interface PromiseRow {
  groupId: string | null;
  groupName: string | null;
  projectsLive: number;
  made: number;
  kept: number;
  notKept: number;
  stillOpen: number;
}

/**
 * Per group, over the won projects `viewer` may see (per sales person, only those whose report rows they may see;
 * per center, only the centers they lead): the commitments of the projects that went live in [from, to] — made,
 * kept, not kept — and those of won projects not yet live whose due date in the window is before `today`.
 */
export async function promiseRows(pool: Pool, viewer: Viewer, filter: { from: string; to: string; groupBy: PromiseGroupBy; today: string }): Promise<PromiseRow[]> {
  const { key, name } = KEYS[filter.groupBy];
  const scope = reportScope(viewer, '$3');
  const groups = filter.groupBy === 'center' ? await reportGroupIds(pool, viewer, 'center') : 'all';
  const live = `g.live_on between $1::date and $2::date`;
  const { rows } = await pool.query<PromiseRow>(
    `select ${key} as "groupId", ${name} as "groupName",
       count(distinct c.project_id) filter (where ${live})::int as "projectsLive",
       count(*) filter (where ${live})::int as made,
       count(*) filter (where ${live} and c.kept)::int as kept,
       count(*) filter (where ${live} and not c.kept)::int as "notKept",
       count(*) filter (where g.project_id is null and c.due_date between $1::date and $2::date and c.due_date < $6::date)::int as "stillOpen"
     from promised_commitments c join projects p on p.id = c.project_id left join go_lives g on g.project_id = c.project_id
     where p.status = 'won' and ${scope.project('p.id')}
       ${filter.groupBy === 'salesPerson' ? `and ${scope.person('p.sales_owner_id')}` : ''}
       and ($4::boolean or ${key} = any($5::text[]))
     group by 1, 2
     having count(*) filter (where ${live}) > 0
       or count(*) filter (where g.project_id is null and c.due_date between $1::date and $2::date and c.due_date < $6::date) > 0
     order by 2 nulls last, 1 nulls last`,
    [filter.from, filter.to, viewer.id, groups === 'all', groups === 'all' ? [] : groups, filter.today],
  );
  return rows;
}
