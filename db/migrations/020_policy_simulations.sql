-- What-if (issue 15): a candidate policy re-run on the projects opened in a window, beside the current policy. A
-- simulation writes only here: never a project, the ledger or a notification.
create table policy_simulations (
  id uuid primary key,
  requested_by uuid not null references people(id),
  window_from date not null,
  window_to date not null,
  office_ids uuid[],
  current_version integer not null references policies(version),
  candidate jsonb not null,
  status text not null check (status in ('running', 'done', 'failed')),
  total integer not null check (total >= 0),
  done integer not null check (done >= 0),
  report jsonb,
  error text,
  created_at timestamptz not null,
  finished_at timestamptz,
  check (window_from <= window_to)
);
create index policy_simulations_recent on policy_simulations(created_at desc, id desc);

-- Each project's outcome under both policies, stored batch by batch; the report is added up from these.
create table policy_simulation_projects (
  simulation_id uuid not null references policy_simulations(id) on delete cascade,
  project_id uuid not null references projects(id),
  opened_at timestamptz not null,
  outcome jsonb not null,
  primary key (simulation_id, project_id)
);
