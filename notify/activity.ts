import { Context } from '@temporalio/activity';
import type { DeliveryScope } from '../db/notification-delivery';
import { deliverNotifications, type DeliveryDeps, type DeliverySummary } from './deliver';
import { NOTIFICATION_DELIVERY_RETRY } from './retry-policy';

/** The notification activity; spread into createActivities. */
export function createNotificationActivities(deps: DeliveryDeps) {
  return {
    /**
     * Delivers the given notifications (or every undelivered one of a project) by e-mail and webhook. Retried by
     * Temporal while deliveries are pending; on its last attempt it records the rest `failed` and succeeds.
     */
    async deliverNotifications(input: DeliveryScope): Promise<DeliverySummary> {
      const { attempt, retryPolicy } = Context.current().info;
      // 0 means "unlimited" to Temporal; a delivery still needs an end, so the default bounds it then.
      const maxAttempts = retryPolicy?.maximumAttempts || NOTIFICATION_DELIVERY_RETRY.maximumAttempts;
      return deliverNotifications(deps, { ...input, attempt, maxAttempts });
    },
  };
}
