-- 商机质量: the opportunity's quality factors as last scored (on the project row), and every re-score at a stage gate.
alter table projects add column quality jsonb;

create table quality_rescores (
  project_id uuid not null references projects(id),
  seq integer not null,
  stage text not null,
  factors jsonb not null,
  score numeric(4,2) not null check (score between 1 and 5),
  tier_from text not null,
  tier_to text not null,
  reason text not null,
  actor_id uuid not null references people(id),
  at timestamptz not null,
  primary key (project_id, seq)
);
