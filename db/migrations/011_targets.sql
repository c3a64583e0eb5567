-- 背销售数字: a target per person, credit role and period (a quarter 2026Q4 or a year 2026), set by directors.
-- `targets` holds the one in force; `target_changes` every value ever set, with its version and who set it.
create table target_versions (
  version integer primary key,
  set_by_id uuid not null references people(id),
  reason text not null,
  set_at timestamptz not null default now()
);

create table targets (
  person_id uuid not null references people(id),
  credit_role text not null check (credit_role in ('sales_owner', 'presales_lead', 'delivery_manager')),
  period text not null check (period ~ '^2[0-9]{3}(Q[1-4])?$'),
  amount bigint not null check (amount >= 0 and amount <= 1000000000000000),
  currency text not null,
  version integer not null references target_versions(version),
  primary key (person_id, credit_role, period)
);
create index targets_period on targets(period);

create table target_changes (
  version integer not null references target_versions(version),
  person_id uuid not null references people(id),
  credit_role text not null,
  period text not null,
  amount bigint not null,
  currency text not null,
  previous_amount bigint,
  primary key (version, person_id, credit_role, period)
);
