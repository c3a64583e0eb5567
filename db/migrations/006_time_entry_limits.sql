-- The record's own guard on time entries, beside the workflow's rules (as for the one-owner invariant): a person
-- works at most one day per calendar date across all their bookings, and never more days on a booking than it
-- holds (more days are a new, approved commitment: 量入为出 applies to actual cost too). Entries on different
-- projects race in different workflows, so the check takes a lock per person and date before it sums.
create function time_entry_within_limits() returns trigger language plpgsql as $$
declare
  on_date numeric;
  on_booking numeric;
  booked numeric;
begin
  perform pg_advisory_xact_lock(hashtextextended(new.person_id::text || ':' || new.work_date::text, 0));
  select coalesce(sum(days), 0) into on_date from time_entries where person_id = new.person_id and work_date = new.work_date;
  if on_date > 1 then
    raise exception 'a person works at most 1 day per date: % days on %', on_date, new.work_date using errcode = 'check_violation';
  end if;
  select coalesce(sum(days), 0) into on_booking from time_entries where booking_id = new.booking_id;
  select days into booked from bookings where id = new.booking_id;
  if on_booking > booked then
    raise exception 'the booking holds % day(s); % would be recorded on it', booked, on_booking using errcode = 'check_violation';
  end if;
  return null;
end;
$$;

create constraint trigger time_entries_within_limits after insert on time_entries
  deferrable initially immediate for each row execute function time_entry_within_limits();
