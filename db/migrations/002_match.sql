-- 资源匹配 (Match): dispatch, approvals, resource requests, bookings, time, the cost ledger, notifications.

-- Remote support pool for small and channel projects (服务热线); its lead dispatches and approves tier E.
create table hotlines (
  id uuid primary key,
  name text not null unique,
  lead_id uuid not null references people(id),
  created_at timestamptz not null default now()
);

alter table projects
  add column budget_amount bigint not null default 0 check (budget_amount >= 0),
  add column committed_amount bigint not null default 0,
  add column actual_amount bigint not null default 0,
  add column dispatch_status text check (dispatch_status in ('pending','appointed','rejected')),
  add column dispatch_lead_id uuid references people(id),
  add column delivery_center_id uuid references delivery_centers(id);

-- Every decision that needs an answer: dispatch, resource requests, over-budget exceptions.
create table approvals (
  id uuid primary key,
  project_id uuid not null references projects(id),
  kind text not null check (kind in ('dispatch','resource','over_budget')),
  request_id uuid,
  approver_kind text not null,
  approver_id uuid references people(id),
  approver_role text,
  approver_label text not null,
  status text not null check (status in ('pending','approved','rejected','cancelled')),
  requested_at timestamptz not null,
  decided_at timestamptz,
  decided_by_id uuid references people(id),
  decision_person_id uuid references people(id),
  comment text,
  check (approver_id is not null or approver_role is not null)
);
create index approvals_pending_person on approvals(approver_id) where status = 'pending';
create index approvals_pending_role on approvals(approver_role) where status = 'pending';
create index approvals_project on approvals(project_id);

create table resource_requests (
  id uuid primary key,
  project_id uuid not null references projects(id),
  role text not null,
  skills text[] not null default '{}',
  days numeric(8,2) not null check (days > 0),
  person_id uuid references people(id),
  note text not null,
  requested_by_id uuid not null references people(id),
  status text not null check (status in ('pending','awaiting_exception','booked','rejected','cancelled')),
  approval_id uuid not null references approvals(id),
  exception_approval_id uuid references approvals(id),
  booking_id uuid,
  requested_at timestamptz not null
);
create index resource_requests_project on resource_requests(project_id);

-- A booking pins the rate at approval: approved person × planned days × that rate is its commitment.
create table bookings (
  id uuid primary key,
  project_id uuid not null references projects(id),
  request_id uuid not null references resource_requests(id),
  person_id uuid not null references people(id),
  role text not null,
  days numeric(8,2) not null check (days > 0),
  unit text not null check (unit in ('day','hour')),
  rate_amount bigint not null check (rate_amount >= 0),
  planned_amount bigint not null check (planned_amount >= 0),
  currency text not null,
  booked_at timestamptz not null
);
create index bookings_person on bookings(person_id, booked_at);
create index bookings_project on bookings(project_id);

create table time_entries (
  id uuid primary key,
  project_id uuid not null references projects(id),
  booking_id uuid not null references bookings(id),
  person_id uuid not null references people(id),
  work_date date not null,
  days numeric(8,2) not null check (days > 0),
  amount bigint not null,
  currency text not null,
  recorded_by_id uuid not null references people(id),
  recorded_at timestamptz not null
);
create index time_entries_person_date on time_entries(person_id, work_date);

-- Append-only. Every cost total in the system is a sum over these rows; the idempotency key makes a re-run
-- write nothing twice. committed = commit − (accrue consuming it) − release; actual = accrue.
create table cost_ledger (
  id bigserial primary key,
  project_id uuid not null references projects(id),
  booking_id uuid not null references bookings(id),
  kind text not null check (kind in ('commit','accrue','release')),
  amount bigint not null check (amount >= 0),
  currency text not null,
  idempotency_key text not null,
  at timestamptz not null,
  actor_id uuid references people(id),
  unique (project_id, idempotency_key)
);
create index cost_ledger_project on cost_ledger(project_id);

create function cost_ledger_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'the cost ledger is append-only: post a correcting entry instead' using errcode = 'restrict_violation';
end $$;
create trigger cost_ledger_append_only before update or delete on cost_ledger
  for each row execute function cost_ledger_is_append_only();

-- The in-app inbox: one row per (event, person), so a re-delivered event notifies once.
create table notifications (
  id bigserial primary key,
  person_id uuid not null references people(id),
  kind text not null,
  project_id uuid references projects(id),
  title text not null,
  data jsonb not null default '{}',
  idempotency_key text not null unique,
  created_at timestamptz not null,
  read_at timestamptz
);
create index notifications_person on notifications(person_id, created_at desc);

-- Totals straight from the ledger, by the same rule as domain/cost-ledger.ts: per booking the outstanding
-- commitment is max(0, commit − release) less what accruals consumed of it.
create view project_ledger_totals as
with per_booking as (
  select project_id, booking_id,
         coalesce(sum(amount) filter (where kind = 'commit'), 0) as commit_sum,
         coalesce(sum(amount) filter (where kind = 'accrue'), 0) as accrue_sum,
         coalesce(sum(amount) filter (where kind = 'release'), 0) as release_sum
  from cost_ledger group by project_id, booking_id
)
select project_id,
       sum(greatest(0, commit_sum - release_sum) - least(accrue_sum, greatest(0, commit_sum - release_sum)))::bigint as committed,
       sum(accrue_sum)::bigint as actual
from per_booking group by project_id;

-- An office may be served by a hotline of its own; otherwise the first hotline set up serves it.
alter table offices add column hotline_id uuid references hotlines(id);
