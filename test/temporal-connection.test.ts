import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../runtime/config';
import { describeTemporalConnection, temporalConnectionSettings } from '../runtime/temporal-connection';

const dir = mkdtempSync(path.join(os.tmpdir(), 'moat-tls-'));
function file(name: string, text: string): string {
  const at = path.join(dir, name);
  writeFileSync(at, text);
  return at;
}
const CERT = '-----BEGIN CERTIFICATE-----\nMIIBclient\n-----END CERTIFICATE-----\n';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIEkey\n-----END PRIVATE KEY-----\n';
const CA = '-----BEGIN CERTIFICATE-----\nMIIBca\n-----END CERTIFICATE-----\n';
const certPath = file('client.pem', CERT);
const keyPath = file('client.key', KEY);
const caPath = file('ca.pem', CA);

/** The settings as `npm run start:api` / `start:worker` would build them from these environment variables. */
function fromEnv(env: Record<string, string>) {
  const config = loadConfig({ TEMPORAL_ADDRESS: 'ns.acct.tmprl.cloud:7233', ...env });
  return temporalConnectionSettings(config.TEMPORAL_ADDRESS!, config);
}

describe('the Temporal connection from environment variables', () => {
  it('is plain without any setting (the local dev server and the cluster script)', () => {
    expect(fromEnv({})).toEqual({ address: 'ns.acct.tmprl.cloud:7233' });
  });

  it('uses TLS with the system roots when TEMPORAL_TLS is on', () => {
    expect(fromEnv({ TEMPORAL_TLS: 'yes' })).toEqual({ address: 'ns.acct.tmprl.cloud:7233', tls: {} });
  });

  it('sends an API key over TLS (Temporal Cloud)', () => {
    const settings = fromEnv({ TEMPORAL_API_KEY: 'eyJhbGciOiJFUzI1NiJ9.key' });
    expect(settings).toEqual({ address: 'ns.acct.tmprl.cloud:7233', tls: {}, apiKey: 'eyJhbGciOiJFUzI1NiJ9.key' });
    expect(describeTemporalConnection(settings)).toBe('ns.acct.tmprl.cloud:7233 (TLS, API key)');
    expect(describeTemporalConnection(settings)).not.toContain('eyJ');
  });

  it('reads the client certificate, its key, a CA and a server name from files (mTLS)', () => {
    const settings = fromEnv({
      TEMPORAL_TLS_CERT: certPath,
      TEMPORAL_TLS_KEY: keyPath,
      TEMPORAL_TLS_CA: caPath,
      TEMPORAL_TLS_SERVER_NAME: 'temporal.internal',
    });
    expect(settings.tls?.clientCertPair?.crt.toString()).toBe(CERT);
    expect(settings.tls?.clientCertPair?.key.toString()).toBe(KEY);
    expect(settings.tls?.serverRootCACertificate?.toString()).toBe(CA);
    expect(settings.tls?.serverNameOverride).toBe('temporal.internal');
    expect(settings.apiKey).toBeUndefined();
    expect(describeTemporalConnection(settings)).toBe('ns.acct.tmprl.cloud:7233 (TLS, client certificate, own CA, server name temporal.internal)');
  });

  it('takes PEM text given in the variable itself, with escaped line breaks as secrets often come', () => {
    const settings = fromEnv({ TEMPORAL_TLS_CERT: CERT.replace(/\n/g, '\\n'), TEMPORAL_TLS_KEY: KEY });
    expect(settings.tls?.clientCertPair?.crt.toString()).toBe(CERT);
    expect(settings.tls?.clientCertPair?.key.toString()).toBe(KEY);
  });

  it('refuses a certificate without its key, and a key without its certificate', () => {
    expect(() => fromEnv({ TEMPORAL_TLS_CERT: certPath })).toThrow(/TEMPORAL_TLS_KEY: required with TEMPORAL_TLS_CERT/);
    expect(() => fromEnv({ TEMPORAL_TLS_KEY: keyPath })).toThrow(/TEMPORAL_TLS_CERT: required with TEMPORAL_TLS_KEY/);
  });

  it('refuses to send a key or certificate with TLS turned off', () => {
    expect(() => fromEnv({ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'secret-key' })).toThrow(ConfigError);
    expect(() => fromEnv({ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'secret-key' })).toThrow(/TEMPORAL_TLS: is false/);
  });

  it('names a file that cannot be read or is not PEM, every problem at once', () => {
    const notPem = file('not-pem.txt', 'hello');
    let message = '';
    try {
      fromEnv({ TEMPORAL_TLS_CERT: path.join(dir, 'missing.pem'), TEMPORAL_TLS_KEY: notPem, TEMPORAL_TLS_CA: caPath });
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      message = (error as Error).message;
    }
    expect(message).toContain(`TEMPORAL_TLS_CERT: cannot read the file ${path.join(dir, 'missing.pem')} (ENOENT)`);
    expect(message).toContain(`TEMPORAL_TLS_KEY: the file ${notPem} is not PEM`);
    expect(message).not.toContain('TEMPORAL_TLS_CA');
  });

  it('refuses malformed values when the configuration loads', () => {
    expect(() => loadConfig({ TEMPORAL_API_KEY: 'has a space' })).toThrow(/TEMPORAL_API_KEY: printable characters without spaces/);
    expect(() => loadConfig({ TEMPORAL_TLS: 'maybe' })).toThrow(/TEMPORAL_TLS/);
    expect(() => loadConfig({ TEMPORAL_TLS_SERVER_NAME: 'bad name/' })).toThrow(/TEMPORAL_TLS_SERVER_NAME: a host name/);
  });
});
