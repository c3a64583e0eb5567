-- A dispatch nobody decided before the project closed (or before it was dispatched again along a new path) is
-- cancelled, as its approval is; until now the project kept showing it as pending.
alter table projects drop constraint if exists projects_dispatch_status_check;
alter table projects add constraint projects_dispatch_status_check
  check (dispatch_status in ('pending', 'appointed', 'rejected', 'cancelled'));

update projects p set dispatch_status = 'cancelled'
where p.dispatch_status = 'pending' and p.status <> 'open';
