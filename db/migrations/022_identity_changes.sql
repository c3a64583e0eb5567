-- Issue 14 (speed): the API keeps who a token or a session names for a few seconds instead of reading it at every
-- request (api/credential-cache.ts). Every change to a person, a token or a session (an update or a delete: a new one
-- replaces nothing kept) is announced on the channel `moat_identity_changed` with the person's id, and every API process drops what it kept of that person when it hears
-- it (db/identity-changes.ts). A connection that listens hears its own transaction's announcement before the commit
-- answers, so a change made through the API's own pool is never followed by a request that misses it.
create function announce_identity_change() returns trigger language plpgsql as $$
begin
  perform pg_notify('moat_identity_changed', (case tg_op when 'DELETE' then to_jsonb(old) else to_jsonb(new) end) ->> tg_argv[0]);
  if tg_op = 'UPDATE' and (to_jsonb(old) ->> tg_argv[0]) is distinct from (to_jsonb(new) ->> tg_argv[0]) then
    perform pg_notify('moat_identity_changed', to_jsonb(old) ->> tg_argv[0]);
  end if;
  return null;
end $$;

create trigger people_identity_changed after update or delete on people
  for each row execute function announce_identity_change('id');
create trigger api_tokens_identity_changed after update or delete on api_tokens
  for each row execute function announce_identity_change('person_id');
create trigger sessions_identity_changed after update or delete on sessions
  for each row execute function announce_identity_change('person_id');
