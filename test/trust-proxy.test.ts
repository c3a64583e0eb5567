import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../runtime/config';
import { withMoatAndOrg } from './support/moat';
import { givePassword, send, TEST_PASSWORD } from './support/sign-in';

/** MOAT_TRUST_PROXY: behind a proxy Moat believes it about the client's address and protocol, and only then. */

describe('MOAT_TRUST_PROXY parses to what Fastify takes', () => {
  it('false by default; true; a list of addresses and ranges; anything else refused at start', () => {
    expect(loadConfig({}).MOAT_TRUST_PROXY).toBe(false);
    expect(loadConfig({ MOAT_TRUST_PROXY: 'true' }).MOAT_TRUST_PROXY).toBe(true);
    expect(loadConfig({ MOAT_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1,::1' }).MOAT_TRUST_PROXY).toEqual(['10.0.0.0/8', '127.0.0.1', '::1']);
    expect(() => loadConfig({ MOAT_TRUST_PROXY: 'the load balancer' })).toThrow(ConfigError);
  });
});

describe('behind a trusted proxy', () => {
  const ctx = withMoatAndOrg({ trustProxy: ['127.0.0.1'] });

  it('the session cookie is Secure when the client used HTTPS, and sign-ins are audited with the client’s address', async () => {
    const { email } = await givePassword(ctx.moat, ctx.org.sales.id);
    const reply = await send(ctx.moat.apiUrl, 'POST', '/api/session', {
      body: { email, password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.7' },
    });
    expect(reply.status, JSON.stringify(reply.body)).toBe(200);
    expect(reply.headers.getSetCookie().find((c) => c.startsWith('moat_session='))).toMatch(/; Secure/);
    const { rows } = await ctx.moat.pool.query("select data from audit_log where action = 'signed_in' and entity_id = $1", [ctx.org.sales.id]);
    expect(JSON.stringify(rows)).toContain('203.0.113.7');
  });
});

describe('without a trusted proxy', () => {
  const ctx = withMoatAndOrg();

  it('forwarded headers are ignored: no Secure over plain HTTP, the connection’s own address counts', async () => {
    const { email } = await givePassword(ctx.moat, ctx.org.sales.id);
    const reply = await send(ctx.moat.apiUrl, 'POST', '/api/session', {
      body: { email, password: TEST_PASSWORD },
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.8' },
    });
    expect(reply.status).toBe(200);
    expect(reply.headers.getSetCookie().find((c) => c.startsWith('moat_session='))).not.toMatch(/Secure/);
    const { rows } = await ctx.moat.pool.query("select data from audit_log where action = 'signed_in' and entity_id = $1", [ctx.org.sales.id]);
    expect(JSON.stringify(rows)).not.toContain('203.0.113.8');
  });
});
