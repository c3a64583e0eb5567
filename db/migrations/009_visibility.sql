-- Who sees a project (issue 9). project_participants holds everyone who took part in a project, kept by triggers on
-- the tables that record taking part, so "the projects I took part in" is one indexed lookup. A participant stays
-- one: an owner handing over, an approver who decided, a person whose booking ended all keep seeing the project.
-- The rest of the rule (manager chains, office managers, center and hotline leads, directors, delegates) is in
-- db/visibility.ts, over the indexes below.

create table project_participants (
  person_id uuid not null references people(id),
  project_id uuid not null references projects(id),
  primary key (person_id, project_id)
);

-- record_participants('<project column>', '<person column>', …): every named person on the new row takes part in
-- the row's project. Columns are read through to_jsonb so one function serves every table.
create function record_participants() returns trigger language plpgsql as $$
declare
  fields jsonb := to_jsonb(new);
  project uuid := (fields ->> tg_argv[0])::uuid;
  person uuid;
begin
  for i in 1 .. tg_nargs - 1 loop
    person := (fields ->> tg_argv[i])::uuid;
    if person is not null then
      insert into project_participants (person_id, project_id) values (person, project) on conflict do nothing;
    end if;
  end loop;
  return null;
end $$;

-- The sales owner, whoever opened it, the appointed delivery team lead.
create trigger projects_participants after insert or update of sales_owner_id, created_by, dispatch_lead_id on projects
  for each row execute function record_participants('id', 'sales_owner_id', 'created_by', 'dispatch_lead_id');
-- Every owner so far.
create trigger ownerships_participants after insert or update on project_ownerships
  for each row execute function record_participants('project_id', 'person_id');
-- Both sides of a handoff and who proposed and decided it (a nominee must see what they are offered).
create trigger handoffs_participants after insert or update on handoffs
  for each row execute function record_participants('project_id', 'from_person_id', 'to_person_id', 'proposed_by_id', 'decided_by_id');
-- Approvers and deciders, and the person an approval chose.
create trigger approvals_participants after insert or update on approvals
  for each row execute function record_participants('project_id', 'approver_id', 'decided_by_id', 'decision_person_id');
-- Who asked for a resource.
create trigger resource_requests_participants after insert or update on resource_requests
  for each row execute function record_participants('project_id', 'requested_by_id');
-- People booked.
create trigger bookings_participants after insert on bookings
  for each row execute function record_participants('project_id', 'person_id');
-- The feasibility signer.
create trigger feasibility_participants after insert on feasibility_signoffs
  for each row execute function record_participants('project_id', 'signed_by_id');
-- The manager a deadline escalated to (they are to act on it).
create trigger escalations_participants after insert on escalations
  for each row execute function record_participants('project_id', 'target_id');
-- The scorer.
create trigger scoring_participants after insert or update on scoring_requests
  for each row execute function record_participants('project_id', 'scorer_id');
-- People named for credit.
create trigger credit_participants after insert on credit_entries
  for each row execute function record_participants('project_id', 'person_id');

insert into project_participants (person_id, project_id)
  select person, project from (
    select sales_owner_id as person, id as project from projects
    union select created_by, id from projects
    union select dispatch_lead_id, id from projects
    union select person_id, project_id from project_ownerships
    union select unnest(array[from_person_id, to_person_id, proposed_by_id, decided_by_id]), project_id from handoffs
    union select unnest(array[approver_id, decided_by_id, decision_person_id]), project_id from approvals
    union select requested_by_id, project_id from resource_requests
    union select person_id, project_id from bookings
    union select signed_by_id, project_id from feasibility_signoffs
    union select target_id, project_id from escalations
    union select scorer_id, project_id from scoring_requests
    union select person_id, project_id from credit_entries
  ) taking_part
  where person is not null
  on conflict do nothing;

-- The other ways to see a project, each an index: the trees above its sales owner and its current owner, its
-- office's manager (and the hotline serving the office), the delivery center it went to.
drop index projects_owner;
create index projects_owner on projects(owner_id);
create index projects_sales_owner on projects(sales_owner_id);
create index projects_office on projects(office_id);
create index projects_delivery_center on projects(delivery_center_id) where delivery_center_id is not null;
create index people_manager on people(manager_id);
create index offices_manager on offices(manager_id);
create index offices_hotline on offices(hotline_id);
create index delivery_centers_lead on delivery_centers(lead_id);
create index hotlines_lead on hotlines(lead_id);
create index delegations_delegate on delegations(delegate_id);
