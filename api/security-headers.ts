import fastifyHelmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';

/**
 * Security headers on every answer, errors and 404s included (helmet's hooks run first, before authentication
 * can refuse a request). The API answers JSON, so its content policy allows nothing at all; the Swagger UI at
 * /docs sets its own policy (`docsContentSecurityPolicy`). No CORS plugin is registered: no answer, preflight
 * included, carries an Access-Control-Allow-* header, so browsers keep other sites' pages out.
 */
export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: { 'default-src': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"], 'frame-ancestors': ["'none'"] },
    },
    frameguard: { action: 'deny' },
  });
}

/**
 * For @fastify/swagger-ui's `staticCSP: true` policy (its scripts and styles by hash): without
 * `upgrade-insecure-requests`, which would send the page's own requests to https:// on a Moat served over plain
 * HTTP to another machine, and with framing refused as everywhere else.
 */
export function docsContentSecurityPolicy(policy: string): string {
  return policy
    .replace(/\s*upgrade-insecure-requests;?/, '')
    .replace(/frame-ancestors [^;]*/, "frame-ancestors 'none'")
    .replace(/\s+;/g, ';')
    .trim();
}

/** What a request Node's HTTP parser refused (answered on the raw socket, past helmet) still carries. */
export const RAW_ANSWER_SECURITY_HEADERS = "X-Content-Type-Options: nosniff\r\nContent-Security-Policy: default-src 'none'; frame-ancestors 'none'\r\n";
