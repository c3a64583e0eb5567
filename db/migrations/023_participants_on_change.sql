-- Issue 14 (speed): the project's row is upserted by every command's record, and the upsert sets dispatch_lead_id
-- (with the rest), so the participants trigger of 009 ran at every command: three inserts into project_participants
-- that found their rows there, each with its foreign-key checks (≈ 18 nested statements a command). The same trigger
-- now runs when the project is created and when one of its three people changes, which is when it can add anyone.
drop trigger projects_participants on projects;
create trigger projects_participants after insert on projects
  for each row execute function record_participants('id', 'sales_owner_id', 'created_by', 'dispatch_lead_id');
create trigger projects_participants_changed after update of sales_owner_id, created_by, dispatch_lead_id on projects
  for each row when (
    old.sales_owner_id is distinct from new.sales_owner_id
    or old.created_by is distinct from new.created_by
    or old.dispatch_lead_id is distinct from new.dispatch_lead_id)
  execute function record_participants('id', 'sales_owner_id', 'created_by', 'dispatch_lead_id');
