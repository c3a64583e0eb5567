-- Notifications that arrive: per-person channel preferences and one delivery record per (event, person, channel).

-- The in-app inbox is always on; e-mail goes to people.email; a webhook needs a URL and a payload format.
alter table people
  add column notification_channels text[] not null default '{inapp}'
    check (notification_channels <@ array['inapp','email','webhook']::text[] and 'inapp' = any(notification_channels)),
  add column webhook_url text check (webhook_url ~ '^https?://' and length(webhook_url) <= 2000),
  add column webhook_format text not null default 'json'
    check (webhook_format in ('json','slack','feishu','dingtalk','wecom')),
  add constraint people_webhook_channel_has_url
    check (not ('webhook' = any(notification_channels)) or webhook_url is not null);

-- Deliveries are planned once per notification, from the person's preferences at that moment: turning a channel
-- on later does not flood it with old events. Rows that exist before this migration count as planned (inbox only).
alter table notifications add column deliveries_planned_at timestamptz;
update notifications set deliveries_planned_at = created_at;
create index notifications_unplanned on notifications(project_id) where deliveries_planned_at is null;

-- (notification_id, channel) is the idempotency key of an outside delivery: a re-run plans and sends nothing twice.
-- target and format are pinned when planned, so every retry goes where the first attempt went.
create table notification_deliveries (
  notification_id bigint not null references notifications(id),
  channel text not null check (channel in ('email','webhook')),
  target text not null,
  format text check ((channel = 'webhook') = (format is not null)),
  status text not null default 'pending' check (status in ('pending','sent','failed')),
  attempts integer not null default 0 check (attempts >= 0),
  last_error text,
  last_attempt_at timestamptz,
  sent_at timestamptz,
  created_at timestamptz not null default now(),
  primary key (notification_id, channel),
  check ((status = 'sent') = (sent_at is not null)),
  check (status <> 'failed' or last_error is not null)
);
create index notification_deliveries_pending on notification_deliveries(notification_id) where status = 'pending';
