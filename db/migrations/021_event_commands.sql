-- Issue 14 (speed): a project's events recorded inside the workflow task that accepts their command (a local activity)
-- carry the command that made them: the Temporal update's id, or the workflow run's own id for what it decided alone
-- (the opening, escalations). A workflow task lost after such a write re-runs the command; the record then finds the
-- sequence numbers taken by the same command and the workflow adopts what was written, or by another and the workflow
-- adopts it and refuses the command (db/project-record.ts recordCommandEvents). Events recorded before stay null.
alter table project_events add column command_id text;
