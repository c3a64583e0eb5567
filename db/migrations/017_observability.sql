-- /metrics counts these on every scrape (db/moat-gauges.ts): partial indexes keep each count to the few rows it
-- counts, however long the history of closed projects, decided approvals and sent notifications grows.
create index projects_open_stage_tier on projects(stage, tier, stage_deadline) where status = 'open';
create index approvals_pending_kind on approvals(kind) where status = 'pending';
create index notification_deliveries_failed on notification_deliveries(channel) where status = 'failed';
