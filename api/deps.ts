import type { Client } from '@temporalio/client';
import type { RetryPolicy } from '@temporalio/common';
import type { Pool } from '../db/pool';
import type { Notifier } from '../notify/notifier';

export interface AppDeps {
  pool: Pool;
  temporal: Client;
  taskQueue: string;
  /** Passed to every new project workflow (tests lower it to exercise continue-as-new). */
  continueAsNewAfterEvents?: number;
  /** Passed to every new project workflow (tests shorten notification retries). */
  notificationRetry?: RetryPolicy;
  /** How long a request may wait on Temporal before it answers 503 (default 10 s). */
  temporalDeadlineMs?: number;
  /** Which delivery channels are configured (shown with a person's preferences). */
  notifier?: Pick<Notifier, 'available' | 'webhookAllowPrivate'>;
}
