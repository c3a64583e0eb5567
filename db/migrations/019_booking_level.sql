-- The rate card level a booking was priced at (issue 12, 投入产出): the level mix counts who worked each day at the level
-- they were booked at, a recorded fact, not at the level they hold today. Bookings made before it take the level their
-- approval priced (the approval_decided event of their request), else stay null (the report then reads the person's
-- level now, as before).
alter table bookings add column level text;

update bookings b set level = (
  select e.payload->'pricing'->>'level'
  from project_events e
  where e.project_id = b.project_id and e.type = 'approval_decided'
    and e.payload->'pricing'->>'personId' = b.person_id::text and e.payload->'pricing'->>'role' = b.role
    and e.payload->'pricing'->>'level' <> 'as booked'
  order by e.seq desc limit 1
) where b.level is null;
