-- A resource request may ask for more days on an existing booking (its person, role and pinned rate) instead of a
-- new one: time past a booking's days is a new commitment, approved like any request (量入为出 for actual cost).
alter table resource_requests add column extends_booking_id uuid references bookings(id);
