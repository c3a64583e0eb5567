import { ApplicationFailure } from '@temporalio/common';
import {
  attemptDelivery,
  deliveryStatuses,
  planAndCountPending,
  pendingDeliveries,
  planDeliveries,
  type AttemptOutcome,
  type DeliveryKey,
  type DeliveryScope,
} from '../db/notification-delivery';
import type { Pool } from '../db/pool';
import type { OutsideChannel } from './channels';
import type { Notifier } from './notifier';

export interface DeliveryDeps {
  pool: Pool;
  notifier: Notifier;
}

export interface DeliverInput extends DeliveryScope {
  /** This try, from 1 (in an activity: `Context.current().info.attempt`). */
  attempt: number;
  /** The last try: what is still failing then is recorded `failed` instead of retried. */
  maxAttempts: number;
}

/** The deliveries this run found pending, by where they stand when it ends. */
export interface DeliverySummary {
  sent: number;
  failed: number;
  pending: number;
}

/** The failure type of a run that left deliveries pending: retryable, so Temporal tries again after a backoff. */
export const DELIVERY_PENDING = 'NotificationDeliveryPending';

/** The outside channels this deployment offers (configured and enabled). */
export const availableChannels = (notifier: Notifier) => (Object.keys(notifier.available) as OutsideChannel[]).filter((c) => notifier.available[c]);

/**
 * Plans the outside deliveries of a project's new notifications (as deliverNotifications would first) and answers
 * how many are waiting: the record activity calls it, so the workflow runs a delivery activity only when there is
 * something to deliver — never where no channel is configured or nobody has one on.
 */
export async function planProjectDeliveries({ pool, notifier }: DeliveryDeps, projectId: string): Promise<number> {
  return planAndCountPending(pool, { projectId }, availableChannels(notifier));
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1_000);

/**
 * Delivers the scope's notifications over the outside channels, idempotently per (notification, channel):
 * plans the deliveries not planned yet, then tries each pending one once and records the attempt. A delivery
 * already sent or failed is never tried again, so re-running (a retry, a duplicate event) sends nothing twice.
 *
 * Before the last attempt, deliveries left pending make it throw a retryable ApplicationFailure. A delivery is
 * recorded `failed` once it has had `maxAttempts` tries of its own (counted on its row), so a notification that
 * joined a run late is not failed early; on the run's last attempt the function returns normally, reporting
 * what is still pending so the caller runs it again — a dead channel ends in a recorded failure, never in a
 * failed caller.
 */
export async function deliverNotifications({ pool, notifier }: DeliveryDeps, input: DeliverInput): Promise<DeliverySummary> {
  if (!input.notificationIds?.length && !input.projectId) return { sent: 0, failed: 0, pending: 0 };
  await planDeliveries(pool, input, availableChannels(notifier));
  const final = input.attempt >= input.maxAttempts;
  const errors: string[] = [];
  const keys: DeliveryKey[] = [];
  for (const delivery of await pendingDeliveries(pool, input)) {
    keys.push(delivery);
    await attemptDelivery(pool, delivery, async (): Promise<AttemptOutcome> => {
      try {
        await notifier.send(delivery, delivery.message);
        return { sent: true };
      } catch (error) {
        const text = `${delivery.channel}: ${errorText(error)}`;
        errors.push(`notification ${delivery.notificationId} ${text}`);
        // Each delivery gets its own maxAttempts tries, counted on its row across runs.
        return { sent: false, error: errorText(error), final: delivery.attempts + 1 >= input.maxAttempts };
      }
    });
  }
  const statuses = await deliveryStatuses(pool, keys);
  const summary: DeliverySummary = {
    sent: statuses.filter((s) => s === 'sent').length,
    failed: statuses.filter((s) => s === 'failed').length,
    pending: statuses.filter((s) => s === 'pending').length,
  };
  if (summary.pending > 0 && !final) {
    throw ApplicationFailure.create({
      type: DELIVERY_PENDING,
      message: `${summary.pending} notification deliveries pending after attempt ${input.attempt} of ${input.maxAttempts}${errors.length ? `: ${errors.slice(0, 3).join('; ')}` : ''}`,
      nonRetryable: false,
      details: [summary],
    });
  }
  return summary;
}
