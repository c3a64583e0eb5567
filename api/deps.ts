import type { Client } from '@temporalio/client';
import type { Pool } from '../db/pool';

export interface AppDeps {
  pool: Pool;
  temporal: Client;
  taskQueue: string;
  /** Passed to every new project workflow (tests lower it to exercise continue-as-new). */
  continueAsNewAfterEvents?: number;
}
