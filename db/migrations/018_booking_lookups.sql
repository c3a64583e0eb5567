-- Look-ups the project's detail makes on every command and page view (db/project-detail.ts; issue 14): for each
-- booking its accrued cost and its days worked, and the project's participants for what the viewer may see of them.
-- Without these indexes each was a scan of the whole table (`explain (analyze)` on a bench database of 500 projects),
-- so a command cost more as projects grew: the statement averaged 0.97 ms at 50 projects and 1.6 ms at 500.
create index cost_ledger_booking on cost_ledger(booking_id);
create index time_entries_booking on time_entries(booking_id);
create index project_participants_project on project_participants(project_id);
