-- 人人考核 and 交付中心: credit for everyone who won it, scores from the owner, delivery centers as one team.

-- 背数字, 双算: on a win each credited person gets their policy share of the final value; revenue counts once.
-- Append-only: a corrected final value adds correcting entries (delta), never edits.
create table credit_entries (
  id bigserial primary key,
  project_id uuid not null references projects(id),
  person_id uuid not null references people(id),
  credit_role text not null check (credit_role in ('sales_owner','presales_lead','delivery_manager')),
  basis_points integer not null check (basis_points >= 0),
  amount bigint not null,
  currency text not null,
  reason text not null,
  idempotency_key text not null unique,
  at timestamptz not null,
  actor_id uuid references people(id)
);
create index credit_entries_person on credit_entries(person_id, at);
create index credit_entries_project on credit_entries(project_id);

create table revenue_entries (
  id bigserial primary key,
  project_id uuid not null references projects(id),
  amount bigint not null,
  currency text not null,
  reason text not null,
  idempotency_key text not null unique,
  at timestamptz not null,
  actor_id uuid references people(id)
);
create index revenue_entries_project on revenue_entries(project_id);

create function credit_is_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'credit and revenue entries are append-only: add a correcting entry' using errcode = 'restrict_violation';
end $$;
create trigger credit_entries_append_only before update or delete on credit_entries for each row execute function credit_is_append_only();
create trigger revenue_entries_append_only before update or delete on revenue_entries for each row execute function credit_is_append_only();

alter table projects add column final_amount bigint;

-- 主负责人打分: the primary owner scores every participant (1–5) once the project closes.
create table scoring_requests (
  project_id uuid primary key references projects(id),
  scorer_id uuid not null references people(id),
  participant_ids uuid[] not null,
  status text not null check (status in ('open','complete')),
  due_at timestamptz not null,
  requested_at timestamptz not null,
  completed_at timestamptz
);

create table scores (
  project_id uuid not null references projects(id),
  person_id uuid not null references people(id),
  scorer_id uuid not null references people(id),
  score integer not null check (score between 1 and 5),
  comment text not null,
  scored_at timestamptz not null,
  primary key (project_id, person_id)
);
create index scores_person on scores(person_id, scored_at);

alter table escalations drop constraint escalations_kind_check;
alter table escalations add constraint escalations_kind_check check (kind in ('stage','approval','handoff','scoring'));

-- 多位一体: a center's members serve its industry's A/B projects across every function.
alter table approvals add column outside_center_reason text;
