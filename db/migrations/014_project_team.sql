-- 统一指挥: the project team the delivery team lead of an A/B project names. Named people see the project
-- (project_participants), and stay participants when taken off the team, as everyone who took part does.
create table project_team_members (
  project_id uuid not null references projects(id),
  person_id uuid not null references people(id),
  named_by_id uuid not null references people(id),
  named_at timestamptz not null,
  primary key (project_id, person_id)
);

create trigger project_team_participants after insert on project_team_members
  for each row execute function record_participants('project_id', 'person_id');
