import { attainmentBasisPoints, periodWindow, type CreditRole, type Period, type Target } from '../domain/targets';
import { CREDIT_GROUPS, creditRows, IN_WINDOW, summariseCredits, type CreditGroupBy, type SignedMoney } from './assess-reports';
import { audit } from './audit';
import { inTransaction, type Pool } from './pool';
import { reportGroupIds, reportScope } from './reports';
import type { Viewer } from './visibility';

/** 背销售数字: targets per person, credit role and period, and attainment against the credit ledger. */

/** The people of `targets` who are not on record (by index in the change). */
export async function unknownTargetPeople(pool: Pool, targets: readonly Target[]): Promise<number[]> {
  const { rows } = await pool.query<{ id: string }>('select id from people where id = any($1::uuid[])', [[...new Set(targets.map((t) => t.personId))]]);
  const known = new Set(rows.map((r) => r.id));
  return targets.flatMap((t, index) => (known.has(t.personId) ? [] : [index]));
}

/**
 * Sets `targets` as one new version, by a director with a reason: each replaces the one in force for its person,
 * role and period; every value set is kept in target_changes with the one it replaced, and the change audited.
 */
export async function setTargets(pool: Pool, change: { directorId: string; reason: string; targets: readonly Target[] }): Promise<{ version: number; changed: number }> {
  return inTransaction(pool, async (client) => {
    // One version at a time: versions are numbered in the order they were set.
    await client.query('lock table target_versions in exclusive mode');
    const { rows } = await client.query<{ version: number }>(
      `insert into target_versions (version, set_by_id, reason)
       values ((select coalesce(max(version), 0) + 1 from target_versions), $1, $2) returning version`,
      [change.directorId, change.reason],
    );
    const version = rows[0]!.version;
    // One statement for the whole change: the values that differ from those in force replace them and are kept.
    const changes = await client.query(
      `with input as (
         select * from unnest($1::uuid[], $2::text[], $3::text[], $4::bigint[], $5::text[]) as i(person_id, credit_role, period, amount, currency)
       ), changed as (
         select i.*, t.amount as previous_amount from input i left join targets t using (person_id, credit_role, period)
         where t.amount is distinct from i.amount or t.currency is distinct from i.currency
       ), upserted as (
         insert into targets (person_id, credit_role, period, amount, currency, version)
         select person_id, credit_role, period, amount, currency, $6 from changed
         on conflict (person_id, credit_role, period) do update set amount = excluded.amount, currency = excluded.currency, version = excluded.version
       )
       insert into target_changes (version, person_id, credit_role, period, amount, currency, previous_amount)
       select $6, person_id, credit_role, period, amount, currency, previous_amount from changed`,
      [
        change.targets.map((t) => t.personId),
        change.targets.map((t) => t.role),
        change.targets.map((t) => t.period),
        change.targets.map((t) => t.amount.amount),
        change.targets.map((t) => t.amount.currency),
        version,
      ],
    );
    const changed = changes.rowCount ?? 0;
    await audit(client, {
      actorId: change.directorId,
      action: 'targets_set',
      entityType: 'targets',
      entityId: String(version),
      reason: change.reason,
      data: { changed, targets: change.targets.length },
      idempotencyKey: `targets:${version}`,
    });
    return { version, changed };
  });
}

export interface TargetRow {
  personId: string;
  name: string;
  officeId: string | null;
  deliveryCenterId: string | null;
  role: CreditRole;
  period: string;
  amount: { amount: number; currency: string };
  version: number;
}

/** The targets in force for `period` of the people whose report rows `viewer` may see. */
export async function targetsFor(pool: Pool, viewer: Viewer, period: Period): Promise<TargetRow[]> {
  const scope = reportScope(viewer, '$2');
  const { rows } = await pool.query<TargetRow>(
    `select t.person_id as "personId", pe.name, pe.office_id as "officeId", pe.delivery_center_id as "deliveryCenterId",
       t.credit_role as role, t.period, json_build_object('amount', t.amount, 'currency', t.currency) as amount, t.version
     from targets t join people pe on pe.id = t.person_id
     where t.period = $1 and ${scope.person('pe.id')}
     order by pe.name, pe.id, t.credit_role`,
    [period, viewer.id],
  );
  return rows;
}

export interface TargetChangeRow {
  version: number;
  setAt: string;
  setById: string;
  setByName: string;
  reason: string;
  personId: string;
  name: string;
  role: CreditRole;
  period: string;
  amount: { amount: number; currency: string };
  /** The amount it replaced; null for the first target of its person, role and period. */
  previousAmount: number | null;
}

/** Every value set for `period`'s targets, newest version first, of the people whose report rows `viewer` may see. */
export async function targetHistory(pool: Pool, viewer: Viewer, period: Period): Promise<TargetChangeRow[]> {
  const scope = reportScope(viewer, '$2');
  const { rows } = await pool.query<TargetChangeRow>(
    `select c.version, to_char(v.set_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as "setAt", v.set_by_id as "setById",
       setter.name as "setByName", v.reason, c.person_id as "personId", pe.name, c.credit_role as role, c.period,
       json_build_object('amount', c.amount, 'currency', c.currency) as amount, c.previous_amount::float8 as "previousAmount"
     from target_changes c join target_versions v on v.version = c.version
       join people pe on pe.id = c.person_id join people setter on setter.id = v.set_by_id
     where c.period = $1 and ${scope.person('pe.id')}
     order by c.version desc, pe.name, pe.id, c.credit_role`,
    [period, viewer.id],
  );
  return rows;
}

export interface AttainmentLine {
  role: CreditRole;
  currency: string;
  /** The targets of the group's people for the role, summed; null when none is set. */
  target: number | null;
  credit: number;
  attainmentBasisPoints: number | null;
}

export interface AttainmentGroup {
  id: string | null;
  name: string | null;
  lines: AttainmentLine[];
  /** Revenue of the projects behind the group's credit in the period, each counted once. */
  revenue: SignedMoney[];
}

/**
 * Attainment in `period` per person, office or delivery center: for each credit role, the credit entries of the
 * period (corrections included) against the targets set, over what `viewer` may see as in the credit report
 * (db/assess-reports.ts `creditRows`), with revenue counted once beside it.
 */
export async function attainment(
  pool: Pool,
  viewer: Viewer,
  filter: { period: Period; groupBy: CreditGroupBy },
): Promise<{ window: { from: string; to: string }; groups: AttainmentGroup[]; totals: AttainmentLine[] }> {
  const window = periodWindow(filter.period);
  const group = CREDIT_GROUPS[filter.groupBy];
  const scope = reportScope(viewer, '$3');
  const groups = filter.groupBy === 'person' ? 'all' : await reportGroupIds(pool, viewer, filter.groupBy);
  const inGroups = `($5::boolean or ${group.key} = any($6::uuid[]) or ${group.key} is null)`;
  const [lines, credits] = await Promise.all([
    pool.query<{ groupId: string | null; groupName: string | null; role: CreditRole; currency: string; target: number | null; credit: number | null }>(
      `with t as (
         select ${group.key} as group_id, t.credit_role, t.currency, sum(t.amount)::float8 as target
         from targets t join people pe on pe.id = t.person_id
         where t.period = $4 and ${scope.person('pe.id')} and ${inGroups}
         group by 1, 2, 3
       ), c as (
         select ${group.key} as group_id, c.credit_role, c.currency, sum(c.amount)::float8 as credit
         from credit_entries c join people pe on pe.id = c.person_id
         where ${IN_WINDOW('c.at')} and ${scope.project('c.project_id')} and ${scope.person('pe.id')} and ${inGroups}
         group by 1, 2, 3
       )
       select coalesce(t.group_id, c.group_id) as "groupId", g.name as "groupName", coalesce(t.credit_role, c.credit_role) as role,
         coalesce(t.currency, c.currency) as currency, t.target, c.credit
       from t full join c on t.group_id is not distinct from c.group_id and t.credit_role = c.credit_role and t.currency = c.currency
         left join ${group.table} g on g.id = coalesce(t.group_id, c.group_id)
       order by g.name nulls last, 1 nulls last, 3, 4`,
      [window.from, window.to, viewer.id, filter.period, groups === 'all', groups === 'all' ? [] : groups],
    ),
    creditRows(pool, viewer, { ...window, groupBy: filter.groupBy }),
  ]);
  const revenueOf = new Map(summariseCredits(credits).groups.map((g) => [g.id, g.revenue]));
  const byGroup = new Map<string | null, AttainmentGroup>();
  const totals = new Map<string, AttainmentLine>();
  for (const row of lines.rows) {
    const entry = byGroup.get(row.groupId) ?? { id: row.groupId, name: row.groupName, lines: [], revenue: revenueOf.get(row.groupId) ?? [] };
    byGroup.set(row.groupId, entry);
    const credit = row.credit ?? 0;
    entry.lines.push({ role: row.role, currency: row.currency, target: row.target, credit, attainmentBasisPoints: attainmentBasisPoints(credit, row.target ?? 0) });
    const key = `${row.role}/${row.currency}`;
    const total = totals.get(key) ?? { role: row.role, currency: row.currency, target: null, credit: 0, attainmentBasisPoints: null };
    total.credit += credit;
    if (row.target !== null) total.target = (total.target ?? 0) + row.target;
    totals.set(key, total);
  }
  const totalLines = [...totals.values()]
    .map((t) => ({ ...t, attainmentBasisPoints: attainmentBasisPoints(t.credit, t.target ?? 0) }))
    .sort((a, b) => (a.role === b.role ? a.currency.localeCompare(b.currency) : a.role.localeCompare(b.role)));
  return { window, groups: [...byGroup.values()], totals: totalLines };
}
