import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ConfigError } from './config-error';

/**
 * How Moat reaches a Temporal frontend that is not on this machine: Temporal Cloud (an API key, or mTLS with the
 * namespace's client certificate) or a self-hosted cluster behind TLS. Every value comes from the environment;
 * certificates and keys are PEM, given as a file path or as the PEM text itself (a secret mounted as a variable).
 */
export const TemporalConnectionEnvSchema = z.object({
  /** `true` for TLS with the system's roots and no client certificate; implied by any setting below. */
  TEMPORAL_TLS: z.enum(['true', 'false', '1', '0', 'yes', 'no']).transform((v) => v === 'true' || v === '1' || v === 'yes').optional(),
  /** The client certificate for mTLS (PEM file path or PEM); needs TEMPORAL_TLS_KEY. */
  TEMPORAL_TLS_CERT: z.string().min(1).optional(),
  /** The client certificate's private key (PEM file path or PEM); needs TEMPORAL_TLS_CERT. */
  TEMPORAL_TLS_KEY: z.string().min(1).optional(),
  /** The CA that signed the server's certificate, when the system does not trust it (PEM file path or PEM). */
  TEMPORAL_TLS_CA: z.string().min(1).optional(),
  /** The name to check the server's certificate against, when it differs from the address's host. */
  TEMPORAL_TLS_SERVER_NAME: z.string().regex(/^[A-Za-z0-9.-]{1,253}$/, 'a host name').optional(),
  /** An API key (Temporal Cloud), sent as `Authorization: Bearer …`; only ever over TLS. */
  TEMPORAL_API_KEY: z.string().regex(/^[\x21-\x7e]{1,4096}$/, 'printable characters without spaces').optional(),
});
export type TemporalConnectionEnv = z.infer<typeof TemporalConnectionEnvSchema>;

export interface TemporalTls {
  serverNameOverride?: string;
  serverRootCACertificate?: Buffer;
  clientCertPair?: { crt: Buffer; key: Buffer };
}

/** What both the client's `Connection.connect` and the worker's `NativeConnection.connect` take. */
export interface TemporalConnectionSettings {
  address: string;
  tls?: TemporalTls;
  apiKey?: string;
}

type ReadPem = (pathOrPem: string) => Buffer;

const PEM_BEGIN = /^-----BEGIN [A-Z0-9 ]+-----/;

/** A PEM given inline is used as it is; anything else is a path to a PEM file. */
export function readPemSetting(pathOrPem: string): Buffer {
  if (PEM_BEGIN.test(pathOrPem.trimStart())) return Buffer.from(pathOrPem.replace(/\\n/g, '\n'));
  return readFileSync(pathOrPem);
}

/**
 * The connection for `address` under these settings. Refuses, naming the variable, a certificate without its key
 * (or the reverse), an API key or client certificate with TLS turned off, and a file that cannot be read or is not
 * PEM — at start, rather than as a handshake failure later.
 */
export function temporalConnectionSettings(
  address: string,
  env: TemporalConnectionEnv,
  readPem: ReadPem = readPemSetting,
): TemporalConnectionSettings {
  const problems: string[] = [];
  const wantsTls = Boolean(env.TEMPORAL_TLS_CERT || env.TEMPORAL_TLS_KEY || env.TEMPORAL_TLS_CA || env.TEMPORAL_TLS_SERVER_NAME || env.TEMPORAL_API_KEY);
  if (env.TEMPORAL_TLS === false && wantsTls) {
    problems.push('TEMPORAL_TLS: is false, but TLS settings or TEMPORAL_API_KEY are given (an API key or certificate is only ever sent over TLS)');
  }
  if (Boolean(env.TEMPORAL_TLS_CERT) !== Boolean(env.TEMPORAL_TLS_KEY)) {
    problems.push(env.TEMPORAL_TLS_CERT ? 'TEMPORAL_TLS_KEY: required with TEMPORAL_TLS_CERT' : 'TEMPORAL_TLS_CERT: required with TEMPORAL_TLS_KEY');
  }
  const pem = (name: 'TEMPORAL_TLS_CERT' | 'TEMPORAL_TLS_KEY' | 'TEMPORAL_TLS_CA'): Buffer | undefined => {
    const value = env[name];
    if (!value) return undefined;
    try {
      const bytes = readPem(value);
      if (!PEM_BEGIN.test(bytes.toString('utf8').trimStart())) {
        problems.push(`${name}: ${describeSource(value)} is not PEM (it should start with "-----BEGIN")`);
        return undefined;
      }
      return bytes;
    } catch (error) {
      problems.push(`${name}: cannot read ${describeSource(value)} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
      return undefined;
    }
  };
  const crt = pem('TEMPORAL_TLS_CERT');
  const key = pem('TEMPORAL_TLS_KEY');
  const ca = pem('TEMPORAL_TLS_CA');
  if (problems.length > 0) throw new ConfigError(`invalid Temporal connection settings:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const settings: TemporalConnectionSettings = { address };
  if (env.TEMPORAL_TLS === true || wantsTls) {
    settings.tls = {
      ...(env.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: env.TEMPORAL_TLS_SERVER_NAME } : {}),
      ...(ca ? { serverRootCACertificate: ca } : {}),
      ...(crt && key ? { clientCertPair: { crt, key } } : {}),
    };
  }
  if (env.TEMPORAL_API_KEY) settings.apiKey = env.TEMPORAL_API_KEY;
  return settings;
}

function describeSource(value: string): string {
  return PEM_BEGIN.test(value.trimStart()) ? 'the PEM given' : `the file ${value}`;
}

/** For logs: how the connection is secured, never the secrets. */
export function describeTemporalConnection(settings: TemporalConnectionSettings): string {
  if (!settings.tls) return `${settings.address} (plain, no TLS)`;
  const parts = ['TLS'];
  if (settings.tls.clientCertPair) parts.push('client certificate');
  if (settings.tls.serverRootCACertificate) parts.push('own CA');
  if (settings.tls.serverNameOverride) parts.push(`server name ${settings.tls.serverNameOverride}`);
  if (settings.apiKey) parts.push('API key');
  return `${settings.address} (${parts.join(', ')})`;
}
