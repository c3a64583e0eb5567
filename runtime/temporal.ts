import { Client, Connection } from '@temporalio/client';
import { temporal } from '@temporalio/proto';
import { MOAT_SEARCH_ATTRIBUTES } from '../workflows/search-attributes';
import type { TemporalConnectionSettings } from './temporal-connection';

/** A client on `connection`: an address (plain, the local servers) or the settings for a secured cluster. */
export async function connectClient(connection: string | TemporalConnectionSettings, namespace: string): Promise<Client> {
  const settings = typeof connection === 'string' ? { address: connection } : connection;
  return new Client({ connection: await Connection.connect(settings), namespace });
}

const GRPC_ALREADY_EXISTS = 6;

const INDEXED_TYPE = {
  KEYWORD: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD,
  DATETIME: temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_DATETIME,
} as const;

/** gRPC status 12: the server does not offer the method. */
const GRPC_UNIMPLEMENTED = 12;

/**
 * Registers Moat's custom search attributes on a server Moat did not start (the dev server gets them at start).
 * Already-registered attributes are left as they are.
 */
export async function ensureSearchAttributes(client: Client, namespace: string): Promise<void> {
  const operator = client.connection.operatorService;
  // The time-skipping test server (npm run seed:demo -- --history) cannot list them: it is then told all of them.
  const existing = await operator.listSearchAttributes({ namespace }).catch((error: { code?: number }) => {
    if (error.code === GRPC_UNIMPLEMENTED) return { customAttributes: {} };
    throw error;
  });
  const missing = MOAT_SEARCH_ATTRIBUTES.filter((key) => !(key.name in (existing.customAttributes ?? {})));
  if (missing.length === 0) return;
  try {
    await operator.addSearchAttributes({
      namespace,
      searchAttributes: Object.fromEntries(
        missing.map((key) => [key.name, INDEXED_TYPE[key.type as keyof typeof INDEXED_TYPE]]),
      ),
    });
  } catch (error) {
    if ((error as { code?: number }).code !== GRPC_ALREADY_EXISTS) throw error;
  }
}
