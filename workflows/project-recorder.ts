import { ActivityFailure, ApplicationFailure, proxyActivities, upsertSearchAttributes } from '@temporalio/workflow';
import type { MoatActivities } from '../activities';
import { RECORD_REFUSED } from '../domain/errors';
import { evolve } from '../domain/lifecycle';
import type { ProjectEvent, ProjectState, RecordedEvent } from '../domain/project';
import { projectRowOf } from '../domain/project-row';
import { MoatOwner, MoatStage, MoatStageDeadline, MoatStatus, MoatTier } from './search-attributes';

/**
 * Recording retries for as long as Postgres is away (the events wait in the outbox, commands answer 503 at the API's
 * deadline); a write the database refuses for good fails at once as `record_refused` and is rolled back.
 */
const { recordProjectEvents, recordProjectChanges } = proxyActivities<MoatActivities>({
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', nonRetryableErrorTypes: [RECORD_REFUSED] },
});
// Never a local activity: one runs inside the workflow task that accepts the command, before anything of it is in the
// history. Lost with that task (a worker or Postgres failing mid-command), the command is gone from Temporal while its
// events are in Postgres, and the two disagree for good: the short chaos run caught it (bench/README.md).

/** Did the record activity fail because Postgres refused the write itself (not because it was unreachable)? */
function refusedByRecord(error: unknown): ApplicationFailure | undefined {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  return cause instanceof ApplicationFailure && cause.type === RECORD_REFUSED ? cause : undefined;
}

/**
 * The project's state and its way to Postgres: every event is applied at once (so the next validator sees it),
 * kept in an outbox and written through an activity, one write at a time so Postgres sees events in sequence
 * order. A write the database refuses (a value it cannot store, a constraint) rolls the state back to what
 * Postgres holds, so the two never disagree: the command fails, and so does every command whose events were still
 * waiting behind it. Search attributes follow the state.
 */
export class ProjectRecorder {
  /** The state Postgres holds: what the workflow returns to when a write is refused. */
  private acknowledged: ProjectState | undefined;
  /** Events applied but not yet acknowledged by Postgres; resent on the next write if one fails. */
  private outbox: RecordedEvent[] = [];
  private writes: Promise<void> = Promise.resolve();
  /** Counts writes refused for good: a command whose events were dropped with another's learns it from this. */
  private rollbacks = 0;

  /** Outside deliveries waiting after the last write (light record only; always assumed before it). */
  private toDeliver = 0;
  /** The search attributes last published, so an unchanged set is not upserted again (light record only). */
  private published: string | undefined;

  /**
   * `light` (patch `moat-light-record`): send the record activity the project's row, not its whole state, upsert
   * search attributes only when they change, and deliver only when the record planned deliveries. Histories from
   * before it replay with the whole state.
   */
  constructor(
    private state: ProjectState | undefined,
    private readonly now: () => string,
    private readonly light: boolean,
  ) {
    this.acknowledged = state;
  }

  /** The state, or undefined while the project is still opening. */
  get known(): ProjectState | undefined {
    return this.state;
  }

  /** The state the opening decided, before its events are recorded. */
  begin(opened: ProjectState): void {
    this.state = opened;
  }

  publishSearchAttributes(): void {
    const current = this.state;
    if (!current) return;
    if (this.light) {
      const values = JSON.stringify([current.tier, current.stage, current.ownerId, current.status, current.stageDeadline]);
      if (values === this.published) return;
      this.published = values;
    }
    upsertSearchAttributes([
      { key: MoatTier, value: current.tier },
      { key: MoatStage, value: current.stage },
      { key: MoatOwner, value: current.ownerId },
      { key: MoatStatus, value: current.status },
      { key: MoatStageDeadline, value: new Date(current.stageDeadline) },
    ]);
  }

  /** Writes everything in the outbox. */
  flush(): Promise<void> {
    const write = this.writes.then(async () => {
      if (this.outbox.length === 0 || !this.state) return;
      const batch = this.outbox.slice();
      const written = this.state;
      try {
        if (this.light) this.toDeliver = (await recordProjectChanges({ row: projectRowOf(written), events: batch })).toDeliver;
        else await recordProjectEvents({ project: written, events: batch });
      } catch (error) {
        const refusal = refusedByRecord(error);
        if (!refusal) throw error;
        this.state = this.acknowledged;
        this.outbox = [];
        this.rollbacks += 1;
        this.publishSearchAttributes();
        throw ApplicationFailure.create({
          type: 'conflict',
          message: `the record refused this change, so nothing was changed: ${refusal.message}`,
          nonRetryable: true,
        });
      }
      const lastSeq = batch[batch.length - 1]!.seq;
      this.outbox = this.outbox.filter((e) => e.seq > lastSeq);
      this.acknowledged = written;
    });
    this.writes = write.catch(() => undefined);
    return write;
  }

  /**
   * Applies `events` by `actorId`, publishes the search attributes and answers once Postgres has them: whether
   * notifications wait to be delivered beyond the inbox.
   */
  async record(events: ProjectEvent[], actorId: string): Promise<{ toDeliver: boolean }> {
    if (!this.state) throw ApplicationFailure.nonRetryable('the project is not open yet');
    const generation = this.rollbacks;
    for (const event of events) {
      const stamped: RecordedEvent = { ...event, seq: this.state.seq + 1, at: this.now(), actorId };
      this.state = evolve(this.state, stamped);
      this.outbox.push(stamped);
    }
    this.publishSearchAttributes();
    await this.flush();
    if (this.rollbacks !== generation) {
      throw ApplicationFailure.create({
        type: 'conflict',
        message: 'a change recorded just before this one was refused, so this one was not recorded either; retry it',
        nonRetryable: true,
      });
    }
    return { toDeliver: !this.light || this.toDeliver > 0 };
  }
}
