-- 绩效打分: a period's close rolls each person's scores into one result, open to appeal, then frozen.
-- performance_scores holds the scores the period counts as they stood at close (an appeal may amend one);
-- performance_results the results computed from them under the policy pinned at close.
create table performance_periods (
  period text primary key check (period ~ '^2[0-9]{3}(Q[1-4])?$'),
  status text not null check (status in ('appeal', 'frozen')),
  policy_version integer not null references policies(version),
  company_mean numeric(4,2),
  closed_by_id uuid not null references people(id),
  closed_at timestamptz not null,
  closed_early boolean not null,
  reason text not null,
  appeal_until timestamptz not null,
  frozen_at timestamptz
);

create table performance_scores (
  period text not null references performance_periods(period),
  project_id uuid not null references projects(id),
  person_id uuid not null references people(id),
  scorer_id uuid not null references people(id),
  score integer not null check (score between 1 and 5),
  days_worked numeric(8,2) not null check (days_worked >= 0),
  amended_score integer check (amended_score between 1 and 5),
  primary key (period, project_id, person_id)
);

create table performance_results (
  period text not null references performance_periods(period),
  person_id uuid not null references people(id),
  role text,
  result numeric(4,2) not null check (result between 1 and 5),
  score_share_basis_points integer not null check (score_share_basis_points between 0 and 10000),
  pay_factor_basis_points integer not null check (pay_factor_basis_points >= 0),
  projects jsonb not null,
  primary key (period, person_id)
);

create table performance_appeals (
  id uuid primary key,
  period text not null,
  project_id uuid not null,
  person_id uuid not null,
  scorer_id uuid not null references people(id),
  decider_id uuid references people(id),
  reason text not null,
  status text not null check (status in ('open', 'upheld', 'amended')),
  raised_at timestamptz not null,
  decided_by_id uuid references people(id),
  decided_at timestamptz,
  decision_reason text,
  amended_score integer check (amended_score between 1 and 5),
  unique (period, project_id, person_id),
  foreign key (period, project_id, person_id) references performance_scores(period, project_id, person_id)
);
create index performance_appeals_decider on performance_appeals(decider_id, status);
