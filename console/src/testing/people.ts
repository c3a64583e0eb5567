export const person = (id: string, name: string, roles: string[]) => ({
  id,
  name,
  email: `${id.slice(0, 4)}@demo.moat.local`,
  roles,
  managerId: null,
  officeId: null,
  deliveryCenterId: null,
  skills: [],
  industries: [],
  rateLevel: null,
  createdAt: '2026-01-05T02:00:00.000Z',
  deactivatedAt: null,
});

export const sessionOf = (p: ReturnType<typeof person>) => ({
  person: p,
  csrfToken: 'csrf-token-of-the-session',
  expiresAt: '2026-12-01T00:00:00.000Z',
  idleExpiresAt: '2026-12-01T00:00:00.000Z',
});
