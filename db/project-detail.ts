import type { Sight } from '../domain/project-redaction';
import { holdsAny, SEES_ALL_RATES, SEES_ALL_SCORES } from '../domain/visibility';
import { actingFor } from './delegations';
import { APPROVAL_COLUMNS, BOOKING_COLUMNS, REQUEST_COLUMNS } from './match-queries';
import { managerStep } from './people';
import type { Pool } from './pool';
import { promisesOnRecord, type PromisesRecord } from './promises';
import { HANDOFF_COLUMNS, iso, PROJECT_COLUMNS } from './project-queries';
import type { ApprovalRow, BookingRow, HandoffRow, LedgerRow, ProjectDetail, ProjectSummary, ResourceRequestRow } from './read-models';
import { seesAllProjects, visibleSingleProject, type Viewer } from './visibility';

/**
 * A project's whole detail, and what `viewer` may read of its people, in one statement: every command answers with
 * it and the project page reads it, so it is one round trip to Postgres, not twenty (issue 14). Each list is a JSON
 * array built in order; what is derived from them (the promises' gate, the viewer's sight) stays in JavaScript.
 */

/**
 * The rows of `select ${columns} ${from}` as a JSON array in `orderBy` order ('[]' when none): each row's object built
 * from its own columns, aggregated in order. `json`, not `jsonb`: the text goes out as it is built, where `jsonb` is
 * parsed into its binary form and printed again.
 */
const rows = (columns: string, from: string, orderBy: string) =>
  `(select coalesce(json_agg((select to_json(r) from (select ${columns}) r) order by ${orderBy}), '[]'::json) ${from})`;
/** The first row of `select ${columns} ${from}` as a JSON object, or null. */
const firstRow = (columns: string, from: string) => `(select to_json(q) from (select ${columns} ${from} limit 1) q)`;

const COMMITMENT_COLUMNS = `idx as index, item, to_char(due_date, 'YYYY-MM-DD') as "dueDate"`;
/** The commitments of the project's latest sign-off or latest commitment list (`table`). */
const commitmentsOf = (table: 'feasibility_signoffs' | 'commitment_lists') =>
  rows(
    COMMITMENT_COLUMNS,
    `from commitments c where c.project_id = $1 and c.seq = (select seq from ${table} where project_id = $1 order by seq desc limit 1)`,
    'c.idx',
  );

/**
 * `participant_above(person_id, id)`: each of project $1's participants with themselves and everyone above them in the
 * manager tree. The viewer is among a participant's `id`s exactly when the participant is the viewer or below them:
 * read upwards from the few participants, a lookup by key per step (`managerStep`), it costs the same however large
 * the organisation, where the viewer's tree read downwards grows with it (bench/README.md, eighth round).
 */
const PARTICIPANT_ABOVE = `participant_above(person_id, id) as (
    select person_id, person_id from project_participants where project_id = $1
    union select a.person_id, up.id from participant_above a ${managerStep('a')})`;

/**
 * The statement of `projectDetailFor`: $1 the project, $2 the viewer, $3 the viewer's roles; `ctes` and `condition`
 * add the visibility rule for a read the route did not check before (`visibleProjectDetail`).
 */
const detailSql = (ctes: string, condition: string) => `
  with recursive ${PARTICIPANT_ABOVE}${ctes}
  select ${PROJECT_COLUMNS},
    ${firstRow(HANDOFF_COLUMNS, `from handoffs h where h.project_id = $1 and h.status = 'pending'`)} as "pendingHandoff",
    ${rows(`seq, type, actor_id as "actorId", ${iso('at')} as at, payload as data`, 'from project_events e where e.project_id = $1', 'e.seq')} as timeline,
    ${rows(`stage, ${iso('entered_at')} as "enteredAt", ${iso('deadline')} as deadline, ${iso('left_at')} as "leftAt"`, 'from stage_history s where s.project_id = $1', 's.seq')} as stages,
    ${rows(`person_id as "personId", via, ${iso('started_at')} as "startedAt", ${iso('ended_at')} as "endedAt"`, 'from project_ownerships o where o.project_id = $1', 'o.seq')} as owners,
    ${rows(
      `kind, ref_id as "refId", level, responsible_id as "responsibleId", target_id as "targetId", target_role as "targetRole",
       ${iso('due_at')} as "dueAt", reason, ${iso('at')} as at`,
      'from escalations e where e.project_id = $1',
      'e.seq',
    )} as escalations,
    ${firstRow(`seq, approved, note, signed_by_id as "signedById", ${iso('signed_at')} as "signedAt"`, 'from feasibility_signoffs where project_id = $1 order by seq desc')} as "signOff",
    ${commitmentsOf('feasibility_signoffs')} as "signedCommitments",
    ${firstRow(`seq, source, set_by_id as "setById", reason, ${iso('set_at')} as "setAt"`, 'from commitment_lists where project_id = $1 order by seq desc')} as "commitmentList",
    ${commitmentsOf('commitment_lists')} as "listedCommitments",
    ${rows(
      `to_person_id as "toPersonId", via, status, ${iso('offered_at')} as "offeredAt", ${iso('due_at')} as "dueAt",
       decided_by_id as "decidedById", ${iso('decided_at')} as "decidedAt", decision_reason as reason`,
      'from delivery_handoffs d where d.project_id = $1',
      'd.seq',
    )} as "deliveryHandoffs",
    ${rows(`${COMMITMENT_COLUMNS}, kept, note`, 'from promised_commitments c where c.project_id = $1', 'c.idx')} as promised,
    ${firstRow(`to_char(live_on, 'YYYY-MM-DD') as "liveOn", recorded_by_id as "recordedById", ${iso('recorded_at')} as "recordedAt"`, 'from go_lives where project_id = $1')} as "goLive",
    ${rows(APPROVAL_COLUMNS, 'from approvals a where a.project_id = $1', 'a.requested_at, a.id')} as approvals,
    ${rows(REQUEST_COLUMNS, 'from resource_requests r where r.project_id = $1', 'r.requested_at, r.id')} as "resourceRequests",
    ${rows(BOOKING_COLUMNS, 'from bookings b where b.project_id = $1', 'b.booked_at, b.id')} as bookings,
    ${rows(
      `kind, booking_id as "bookingId", json_build_object('amount', amount, 'currency', currency) as amount,
       idempotency_key as "idempotencyKey", ${iso('at')} as at`,
      'from cost_ledger l where l.project_id = $1',
      'l.id',
    )} as ledger,
    ${rows(
      `pe.id as "personId", pe.name, (t.person_id is not null) as named, (pe.id is not distinct from p.dispatch_lead_id) as lead,
       coalesce((select sum(b.days) from bookings b where b.project_id = p.id and b.person_id = pe.id), 0)::float8 as "bookedDays"`,
      // The team's ids first, then each person by key: a test of every person against the three would read them all,
      // and so would a join Postgres hashes (it did while `people` had no statistics yet); `limit 1` keeps it a lookup.
      `from (select p.dispatch_lead_id where p.delivery_center_id is not null
             union select person_id from project_team_members where project_id = p.id
             union select person_id from bookings where project_id = p.id) member(id)
       cross join lateral (select id, name from people where id = member.id limit 1) pe
       left join project_team_members t on t.project_id = p.id and t.person_id = pe.id`,
      '(pe.id is not distinct from p.dispatch_lead_id) desc, pe.name, pe.id',
    )} as team,
    -- What the viewer may read of the project's people (domain/project-redaction.ts).
    array(select distinct person_id from participant_above where id = $2::uuid) as "below",
    array(
      select b.person_id from bookings b join resource_requests r on r.id = b.request_id
      join approvals a on a.id in (r.approval_id, r.exception_approval_id)
      where b.project_id = $1 and (a.approver_id = $2 or a.decided_by_id = $2)) as priced,
    exists (
      select 1 from approvals a where a.project_id = $1 and a.status = 'pending' and (
        a.approver_id = $2
        or (a.approver_id is null and a.approver_role = any($3::text[]))
        or a.approver_id in (${actingFor('$2')})
        or exists (select 1 from escalations e where e.obligation_key = 'approval:' || a.id and e.target_id = $2 and e.level >= 1))) as deciding
  from projects p where p.id = $1${condition}`;

export const DETAIL_SQL = detailSql('', '');
/** The same, only when viewer $2 may see project $1 (db/visibility.ts `visibleSingleProject`). */
export const VISIBLE_DETAIL_SQL = detailSql(`, ${visibleSingleProject('$2', '$1')}`, ' and exists (select 1 from visible_project)');

interface DetailRow extends ProjectSummary, PromisesRecord {
  pendingHandoff: HandoffRow | null;
  timeline: ProjectDetail['timeline'];
  stages: ProjectDetail['stages'];
  owners: ProjectDetail['owners'];
  escalations: ProjectDetail['escalations'];
  signedCommitments: ProjectDetail['promises']['commitments'];
  approvals: ApprovalRow[];
  resourceRequests: ResourceRequestRow[];
  bookings: BookingRow[];
  ledger: LedgerRow[];
  team: ProjectDetail['team'];
  below: string[];
  priced: string[];
  deciding: boolean;
}

/**
 * Project `id` as on record and what `viewer` may see of its people's rates and scores; undefined when there is none.
 * `checked`: whether the caller already found the viewer may see it (the API's check before a project's route,
 * api/visibility.ts); otherwise the statement applies the visibility rule itself, and a project the viewer may not
 * see is none.
 */
export async function projectDetailFor(pool: Pool, id: string, viewer: Viewer, checked = true) {
  const [name, text] = checked || seesAllProjects(viewer) ? ['project-detail', DETAIL_SQL] : ['visible-project-detail', VISIBLE_DETAIL_SQL];
  // Prepared once per connection: planning a statement this size costs more than running it.
  const { rows: found } = await pool.query<DetailRow>({ name, text, values: [id, viewer.id, [...viewer.roles]] });
  const row = found[0];
  if (!row) return undefined;
  const { signOff, signedCommitments, commitmentList, listedCommitments, deliveryHandoffs, promised, goLive, below, priced, deciding, ...rest } = row;
  const project = {
    ...rest,
    feasibility: signOff
      ? { approved: signOff.approved, note: signOff.note, signedById: signOff.signedById, signedAt: signOff.signedAt, commitments: signedCommitments }
      : null,
    promises: promisesOnRecord({ signOff, commitmentList, listedCommitments, deliveryHandoffs, promised, goLive }),
  };
  return { project, sight: sightOf(viewer, { below, priced, deciding }) };
}

/**
 * Rates and costs of the viewer's own work and of the people below them, of the bookings they approved, all of them
 * while deciding one of the project's approvals; the scores they gave, got, or that people below them got. Directors
 * and admins see all.
 */
function sightOf(viewer: Viewer, facts: { below: string[]; priced: string[]; deciding: boolean }): Sight {
  const allRates = holdsAny(viewer, SEES_ALL_RATES);
  const allScores = holdsAny(viewer, SEES_ALL_SCORES);
  const tree = new Set([...facts.below, viewer.id]);
  const priced = new Set(facts.priced);
  return {
    seesRateOf: (personId) => allRates || facts.deciding || tree.has(personId) || priced.has(personId),
    seesScore: (scorerId, personId) => allScores || scorerId === viewer.id || tree.has(personId),
  };
}
