-- People, organisation, tokens, policy, and the project record. Roll-forward only.

create table people (
  id uuid primary key,
  name text not null,
  email text not null unique,
  roles text[] not null check (cardinality(roles) > 0 and roles <@ array[
    'sales','presales','solution','test','delivery','after_sales','custom_dev','hotline','manager','director','admin'
  ]::text[]),
  manager_id uuid references people(id),
  office_id uuid,
  delivery_center_id uuid,
  skills text[] not null default '{}',
  industries text[] not null default '{}',
  rate_level text,
  created_at timestamptz not null default now(),
  check (manager_id is distinct from id)
);

create table offices (
  id uuid primary key,
  name text not null unique,
  region text not null,
  manager_id uuid not null references people(id),
  created_at timestamptz not null default now()
);

create table delivery_centers (
  id uuid primary key,
  name text not null unique,
  industry text not null unique,
  lead_id uuid not null references people(id),
  created_at timestamptz not null default now()
);

alter table people add foreign key (office_id) references offices(id);
alter table people add foreign key (delivery_center_id) references delivery_centers(id);

-- Bearer tokens belong to people and are stored only as SHA-256 hashes.
create table api_tokens (
  token_hash text primary key,
  person_id uuid not null references people(id),
  label text not null,
  created_at timestamptz not null default now(),
  revoked_at timestamptz
);
create index api_tokens_person on api_tokens(person_id);

-- Policy is versioned data; projects pin the version they started under.
create table policies (
  version integer primary key,
  document jsonb not null,
  created_by uuid references people(id),
  reason text,
  created_at timestamptz not null default now()
);

create table projects (
  id uuid primary key,
  workflow_id text not null unique,
  name text not null,
  customer_name text not null,
  industry text not null,
  office_id uuid not null references offices(id),
  expected_amount bigint not null check (expected_amount >= 0),
  currency text not null,
  channel boolean not null,
  strategic boolean not null,
  sales_owner_id uuid not null references people(id),
  policy_version integer not null references policies(version),
  tier text not null check (tier in ('A','B','C','D','E')),
  stage text not null,
  stage_entered_at timestamptz not null,
  stage_deadline timestamptz not null,
  owner_id uuid not null references people(id),
  status text not null check (status in ('open','won','lost')),
  close_reason text,
  last_seq integer not null,
  created_by uuid not null references people(id),
  created_at timestamptz not null,
  updated_at timestamptz not null,
  closed_at timestamptz
);
create index projects_list on projects(created_at desc, id desc);
create index projects_owner on projects(owner_id) where status = 'open';
create index projects_stage_tier on projects(stage, tier);

-- The timeline: every recorded event of a project, in order. (project_id, seq) is the idempotency key of a
-- workflow's effects: a re-run activity inserts nothing twice.
create table project_events (
  project_id uuid not null references projects(id),
  seq integer not null check (seq > 0),
  type text not null,
  actor_id uuid not null references people(id),
  at timestamptz not null,
  payload jsonb not null,
  primary key (project_id, seq)
);

create table stage_history (
  project_id uuid not null references projects(id),
  seq integer not null,
  stage text not null,
  entered_at timestamptz not null,
  deadline timestamptz not null,
  left_at timestamptz,
  primary key (project_id, seq)
);
create unique index stage_history_one_current on stage_history(project_id) where left_at is null;

-- 主负责人: ownership periods. At most one open period per project (the partial unique index), and a deferred
-- check below makes it exactly one for every open project, naming the same person as projects.owner_id.
create table project_ownerships (
  project_id uuid not null references projects(id),
  seq integer not null,
  person_id uuid not null references people(id),
  via text not null check (via in ('opened','handoff')),
  started_at timestamptz not null,
  ended_at timestamptz,
  primary key (project_id, seq)
);
create unique index project_ownerships_one_current on project_ownerships(project_id) where ended_at is null;

create table handoffs (
  id uuid primary key,
  project_id uuid not null references projects(id),
  kind text not null check (kind in ('stage','manual')),
  from_person_id uuid not null references people(id),
  to_person_id uuid not null references people(id),
  proposed_by_id uuid not null references people(id),
  reason text not null,
  status text not null check (status in ('pending','accepted','declined','cancelled')),
  proposed_at timestamptz not null,
  decided_at timestamptz,
  decided_by_id uuid references people(id),
  decision_reason text,
  check (from_person_id <> to_person_id)
);
create unique index handoffs_one_pending on handoffs(project_id) where status = 'pending';
create index handoffs_to_person on handoffs(to_person_id) where status = 'pending';

create function check_single_owner() returns trigger language plpgsql as $$
declare
  pid uuid;
  open_owners integer;
  current_owner uuid;
  project_status text;
begin
  if tg_table_name = 'projects' then pid := new.id; else pid := new.project_id; end if;
  select status, owner_id into project_status, current_owner from projects where id = pid;
  if project_status is distinct from 'open' then return null; end if;
  select count(*) into open_owners from project_ownerships where project_id = pid and ended_at is null;
  if open_owners <> 1 then
    raise exception 'open project % must have exactly one current owner, has %', pid, open_owners
      using errcode = 'check_violation';
  end if;
  if not exists (select 1 from project_ownerships
                 where project_id = pid and ended_at is null and person_id = current_owner) then
    raise exception 'project % owner_id disagrees with its current ownership period', pid
      using errcode = 'check_violation';
  end if;
  return null;
end $$;

create constraint trigger projects_single_owner after insert or update on projects
  deferrable initially deferred for each row execute function check_single_owner();
create constraint trigger ownerships_single_owner after insert or update on project_ownerships
  deferrable initially deferred for each row execute function check_single_owner();

-- Who, when, what, why: every decision. Append-only; the idempotency key makes a re-run write nothing twice.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null,
  actor_id uuid references people(id),
  action text not null,
  entity_type text not null,
  entity_id text not null,
  reason text,
  data jsonb not null default '{}',
  idempotency_key text not null unique
);
create index audit_log_entity on audit_log(entity_type, entity_id, at);

-- Idempotency-Key on POSTs that create: the first response is stored and replayed for a retry.
create table idempotency_keys (
  person_id uuid not null references people(id),
  key text not null,
  route text not null,
  request_hash text not null,
  status_code integer,
  response jsonb,
  created_at timestamptz not null default now(),
  primary key (person_id, key)
);
