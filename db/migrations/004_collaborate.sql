-- 过程协同 (Collaborate): feasibility sign-offs, escalations, forced reassignments, out-of-office delegation.

-- Automatic steps (escalations fired by a durable timer) are recorded as done by this system person; it has no
-- token and cannot sign in.
insert into people (id, name, email, roles)
values ('00000000-0000-4000-8000-000000000001', 'Moat (automatic)', 'system@moat.local', '{admin}')
on conflict (id) do nothing;

alter table project_ownerships drop constraint project_ownerships_via_check;
alter table project_ownerships add constraint project_ownerships_via_check check (via in ('opened','handoff','reassignment'));

alter table projects
  add column feasibility_status text check (feasibility_status in ('approved','rejected')),
  add column escalation_level integer not null default 0;

create table feasibility_signoffs (
  project_id uuid not null references projects(id),
  seq integer not null,
  approved boolean not null,
  note text not null,
  signed_by_id uuid not null references people(id),
  signed_at timestamptz not null,
  primary key (project_id, seq)
);

create table escalations (
  project_id uuid not null references projects(id),
  seq integer not null,
  obligation_key text not null,
  kind text not null check (kind in ('stage','approval','handoff')),
  ref_id text not null,
  level integer not null,
  responsible_id uuid references people(id),
  target_id uuid references people(id),
  target_role text,
  due_at timestamptz not null,
  reason text not null,
  at timestamptz not null,
  primary key (project_id, seq)
);
create index escalations_target on escalations(target_id, at desc);

-- While it holds, approvals and handoff offers meant for the person go to the delegate too; the record shows
-- both the original and the acting person.
create table delegations (
  person_id uuid primary key references people(id),
  delegate_id uuid not null references people(id),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  created_at timestamptz not null default now(),
  check (delegate_id <> person_id),
  check (ends_at > starts_at)
);

-- A delegate or an escalation manager decides in the approver's place: both are on record.
alter table approvals add column decided_on_behalf_of uuid references people(id);
alter table handoffs add column decided_on_behalf_of uuid references people(id);
