-- Signing in (issue 9): passwords, one-time set-password links, server-side sessions, deactivation and the
-- counts behind the sign-in rate limit. Secrets are never stored: passwords as scrypt strings, link tokens and
-- session secrets as SHA-256 hashes.

-- A deactivated person can neither sign in nor use a bearer token or a session; reactivating restores the tokens.
alter table people add column deactivated_at timestamptz;

-- One password per person, apart from the person row so that no query of people ever reads a hash by accident.
-- The hash is self-describing ($scrypt$ln=…,r=…,p=…$salt$key), so the parameters can change later.
create table person_passwords (
  person_id uuid primary key references people(id),
  password_hash text not null,
  changed_at timestamptz not null default now()
);

-- Invitations and password resets: shown once, used once, short-lived. Issuing a new one revokes the older ones.
create table password_tokens (
  token_hash text primary key,
  person_id uuid not null references people(id),
  purpose text not null check (purpose in ('invitation', 'reset')),
  created_by uuid references people(id),
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  used_at timestamptz,
  revoked_at timestamptz,
  check (expires_at > created_at)
);
create index password_tokens_person on password_tokens(person_id) where used_at is null and revoked_at is null;

-- A session ends when it is revoked, when it has been idle too long (last_seen_at) or at expires_at, whichever
-- comes first. The CSRF token is derived from the secret, so it is not stored either.
create table sessions (
  id uuid primary key,
  secret_hash text not null unique,
  person_id uuid not null references people(id),
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null,
  revoked_at timestamptz,
  revoked_reason text,
  address text,
  check (expires_at > created_at)
);
create index sessions_person on sessions(person_id) where revoked_at is null;

-- Every credential check, counted in Postgres so that every API process shares the limit. An attempt is recorded
-- as 'pending' before the check and counts as a failure until it succeeds, so a burst of parallel guesses cannot
-- slip past the limit. Rows older than a day are pruned; the audit log keeps the record of every failure.
create table auth_attempts (
  id bigserial primary key,
  kind text not null check (kind in ('sign_in', 'password_token')),
  at timestamptz not null default now(),
  -- The e-mail as typed (trimmed, lower-cased, bounded at the edge); null for token guesses.
  email text,
  -- The client address, or its /64 network for IPv6.
  address text not null,
  outcome text not null default 'pending' check (outcome in ('pending', 'failed', 'succeeded', 'limited'))
);
create index auth_attempts_email on auth_attempts(kind, email, at) where email is not null;
create index auth_attempts_address on auth_attempts(kind, address, at);
create index auth_attempts_at on auth_attempts(at);
