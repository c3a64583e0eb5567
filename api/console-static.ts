import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Where `npm run console:build` puts the console (Vite's output). */
export const CONSOLE_DIST = path.resolve(__dirname, '..', 'console', 'dist');

/**
 * The console's own pages: its scripts and styles come from Moat only. antd styles its components with CSS-in-JS,
 * inserting <style> elements at run time, hence 'unsafe-inline' for styles — on the console's pages alone (the API
 * keeps `default-src 'none'`). Scripts stay 'self' only, so an injected <script> cannot run; and as images, fonts
 * and requests may go to Moat only, injected CSS cannot carry data to another site. (antd can also take a CSP
 * nonce, but every <style> any of its dependencies inserts would need it, and index.html would be rendered per
 * request instead of served as a file.)
 */
export const CONSOLE_CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Vite names every file under assets/ by a hash of its content: a new build means a new name. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/** Paths that belong to the API and its documents, never to the console's deep links. */
const NOT_CONSOLE = /^\/(api(\/|$)|docs(\/|$)|openapi\.json$)/;

const NOT_BUILT =
  '<!doctype html><html lang="en"><meta charset="utf-8"><title>Moat console not built</title>' +
  '<h1>The Moat console is not built</h1>' +
  '<p>Run <code>npm run console:build</code> (or restart with <code>npm start</code>, which builds it when needed), then reload. ' +
  'The API is at <a href="/docs">/docs</a>.</p></html>\n';

/** Answers a request no route took with the console's index.html when it is a deep link; false otherwise. */
export type ConsoleFallback = (request: FastifyRequest, reply: FastifyReply) => boolean;

/**
 * Serves the built console under `/`: its files with their own routes (hashed assets cached for a year), `/` and
 * any deep link (a GET without a file extension outside /api, /docs and /openapi.json) with index.html, never
 * cached, so a new build is picked up at the next load. Files are listed once at start: restart after a build.
 * Without a build, `/` and deep links say how to make one.
 */
export async function registerConsole(app: FastifyInstance, dist: string = CONSOLE_DIST): Promise<ConsoleFallback> {
  const indexFile = path.join(dist, 'index.html');
  const index = existsSync(indexFile) ? readFileSync(indexFile) : undefined;

  const sendIndex = (reply: FastifyReply): FastifyReply =>
    index
      ? reply
          .header('content-type', 'text/html; charset=utf-8')
          .header('cache-control', 'no-cache')
          .header('content-security-policy', CONSOLE_CONTENT_SECURITY_POLICY)
          .send(index)
      : reply.code(503).header('content-type', 'text/html; charset=utf-8').header('cache-control', 'no-store').send(NOT_BUILT);

  await app.register(async (scope) => {
    if (index) {
      await scope.register(fastifyStatic, {
        root: dist,
        wildcard: false,
        index: false,
        globIgnore: ['index.html'],
        cacheControl: false,
        setHeaders: (reply, file) => {
          const assets = path.relative(path.join(dist, 'assets'), file);
          reply.header('cache-control', assets.startsWith('..') || path.isAbsolute(assets) ? 'no-cache' : IMMUTABLE);
        },
      });
    }
    for (const url of ['/', '/index.html']) {
      scope.get(url, { schema: { hide: true } }, (_request, reply) => {
        sendIndex(reply);
      });
    }
  });

  return (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const pathname = request.url.split('?', 1)[0]!;
    if (NOT_CONSOLE.test(pathname) || /\.[^/]*$/.test(pathname)) return false;
    sendIndex(reply);
    return true;
  };
}
