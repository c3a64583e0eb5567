import { Client } from '@temporalio/client';
import { OpenTelemetryWorkflowClientInterceptor } from '@temporalio/interceptors-opentelemetry';

/**
 * `client` again, on the same connection, with the tracing interceptor: every workflow start, update (update-with-
 * start included), signal and query it makes carries the active span — the request's — in its headers, where the
 * workflow's interceptors pick the trace up (docs/observability.md).
 */
export function tracedClient(client: Client): Client {
  return new Client({
    connection: client.connection,
    namespace: client.options.namespace,
    identity: client.options.identity,
    dataConverter: client.options.dataConverter,
    interceptors: { workflow: [new OpenTelemetryWorkflowClientInterceptor()] },
  });
}
