import type { RetryPolicy } from '@temporalio/common';

/**
 * How the deliverNotifications activity is retried: six tries over about a minute, then what still fails is
 * recorded `failed`. Import it in the workflow's proxyActivities; the activity reads maximumAttempts back from
 * its own info, so the two never disagree. No Node imports: workflows bundle this file.
 */
export const NOTIFICATION_DELIVERY_RETRY = {
  initialInterval: '2 seconds',
  backoffCoefficient: 2,
  maximumInterval: '1 minute',
  maximumAttempts: 6,
} satisfies RetryPolicy;

/** Each try sends every pending delivery in turn (a webhook waits at most 5 s, SMTP at most 40 s). */
export const NOTIFICATION_DELIVERY_TIMEOUT = '2 minutes';
