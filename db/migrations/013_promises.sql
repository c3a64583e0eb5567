-- 不随意许诺, 一票到底 into delivery (issue 12, part 3): the commitments a feasibility sign-off promises, the changes
-- the sales side makes to them, the delivery handoff after a win and the go-live with each commitment kept or not.

-- A list of commitments as set by one event: a feasibility sign-off (delivery signs it) or a change by the sales side
-- (it reopens the gate until delivery signs again). The list as it stands is the one of the latest event.
create table commitment_lists (
  project_id uuid not null references projects(id),
  seq integer not null,
  source text not null check (source in ('signoff', 'change')),
  set_by_id uuid not null references people(id),
  reason text,
  set_at timestamptz not null,
  primary key (project_id, seq)
);

create table commitments (
  project_id uuid not null,
  seq integer not null,
  idx integer not null check (idx >= 0 and idx < 50),
  item text not null,
  due_date date not null,
  primary key (project_id, seq, idx),
  foreign key (project_id, seq) references commitment_lists(project_id, seq)
);

-- 交付移交: each offer of a won project to who answers for delivery. At most one waits at a time.
create table delivery_handoffs (
  project_id uuid not null references projects(id),
  seq integer not null,
  to_person_id uuid not null references people(id),
  via text not null check (via in ('team_lead', 'delivery_manager', 'feasibility_signer', 'owner', 'manager')),
  status text not null check (status in ('offered', 'accepted', 'declined')),
  offered_at timestamptz not null,
  due_at timestamptz not null,
  decided_at timestamptz,
  decided_by_id uuid references people(id),
  decided_on_behalf_of uuid references people(id),
  decision_reason text,
  primary key (project_id, seq)
);
create unique index delivery_handoffs_one_waiting on delivery_handoffs(project_id) where status = 'offered';
create index delivery_handoffs_to_person on delivery_handoffs(to_person_id, status);

-- What a win promised (the commitments of the last approved sign-off), and at go-live whether each was kept.
create table promised_commitments (
  project_id uuid not null references projects(id),
  idx integer not null check (idx >= 0 and idx < 50),
  item text not null,
  due_date date not null,
  kept boolean,
  note text,
  primary key (project_id, idx)
);
create index promised_commitments_due on promised_commitments(due_date) where kept is null;

create table go_lives (
  project_id uuid primary key references projects(id),
  live_on date not null,
  recorded_by_id uuid not null references people(id),
  recorded_at timestamptz not null
);
create index go_lives_live_on on go_lives(live_on);

-- Who is offered the delivery, who decided it and who recorded the go-live take part in the project (they see it).
create trigger delivery_handoffs_participants after insert or update on delivery_handoffs
  for each row execute function record_participants('project_id', 'to_person_id', 'decided_by_id');
create trigger go_lives_participants after insert on go_lives
  for each row execute function record_participants('project_id', 'recorded_by_id');

alter table escalations drop constraint escalations_kind_check;
alter table escalations add constraint escalations_kind_check check (kind in ('stage', 'approval', 'handoff', 'scoring', 'delivery_handoff'));
