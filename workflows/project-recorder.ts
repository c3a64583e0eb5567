import {
  ActivityFailure,
  ApplicationFailure,
  currentUpdateInfo,
  proxyActivities,
  proxyLocalActivities,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import type { ActivityOptions } from '@temporalio/common';
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
const RECORD_OPTIONS: ActivityOptions = {
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', nonRetryableErrorTypes: [RECORD_REFUSED] },
};
const { recordProjectEvents, recordProjectChanges } = proxyActivities<MoatActivities>(RECORD_OPTIONS);
/**
 * Since patch `moat-local-record` the record is a local activity: it runs inside the workflow task that accepts the
 * command, before anything of the command is in the history. That task can be lost after Postgres committed (a
 * worker killed, a task failed): the first version of this (issue 14, first round) then left Postgres a command ahead
 * of its workflow for good, and the short chaos run caught it. So each event is written with its command's id, the
 * record writes nothing past what it already holds and answers that instead (db/project-record.ts), and the recorder
 * adopts it: the same command re-run finds its own events and answers with them; any other finds the project moved
 * and is refused (conflict: retry). Postgres is the truth; the workflow catches up with it.
 */
const { recordCommandEvents, projectEventsAfter } = proxyLocalActivities<MoatActivities>(RECORD_OPTIONS);

/** How the record is written: the whole state (oldest histories), the project's row, or the row from the accepting task. */
export type RecordMode = 'whole' | 'light' | 'local';

/** The command an event belongs to: the update being handled, or the run itself for what it decides alone. */
function commandId(): string {
  return currentUpdateInfo()?.id ?? `run:${workflowInfo().runId}`;
}

/** Did the record activity fail because Postgres refused the write itself (not because it was unreachable)? */
function refusedByRecord(error: unknown): ApplicationFailure | undefined {
  const cause = error instanceof ActivityFailure ? error.cause : error;
  return cause instanceof ApplicationFailure && cause.type === RECORD_REFUSED ? cause : undefined;
}

/**
 * The project's state and its way to Postgres: every event is applied at once (so the next validator sees it),
 * kept in an outbox and written through an activity (a local one since `moat-local-record`), one write at a time so Postgres sees events in sequence
 * order. A write the database refuses (a value it cannot store, a constraint) rolls the state back to what
 * Postgres holds, so the two never disagree: the command fails, and so does every command whose events were still
 * waiting behind it. Search attributes follow the state.
 */
export class ProjectRecorder {
  /** The state Postgres holds: what the workflow returns to when a write is refused. */
  private acknowledged: ProjectState | undefined;
  /** Events applied but not yet acknowledged by Postgres, with their commands; resent on the next write if one fails. */
  private outbox: { event: RecordedEvent; commandId: string }[] = [];
  /** The opening's state at a given time: what an opening the record already holds is rebuilt from (local record). */
  private openedAt: ((at: string) => ProjectState) | undefined;
  private writes: Promise<void> = Promise.resolve();
  /** Counts writes refused for good: a command whose events were dropped with another's learns it from this. */
  private rollbacks = 0;
  /** When the last local write ended, by the worker's clock (recorded with its marker, so it replays the same). */
  private writtenAt = 0;
  /** Events adopted from the record in place of this workflow's own (local record), by sequence number. */
  private readonly adopted = new Map<number, RecordedEvent>();

  /** Outside deliveries waiting after the last write (light record only; always assumed before it). */
  private toDeliver = 0;
  /** The search attributes last published, so an unchanged set is not upserted again (light record only). */
  private published: string | undefined;

  constructor(
    private state: ProjectState | undefined,
    private readonly now: () => string,
    private readonly mode: RecordMode,
  ) {
    this.acknowledged = state;
  }

  /**
   * `light` (patch `moat-light-record`): send the record activity the project's row, not its whole state, upsert
   * search attributes only when they change, and deliver only when the record planned deliveries. Histories from
   * before it replay with the whole state. `local` (patch `moat-local-record`) is light too, from a local activity.
   */
  private get light(): boolean {
    return this.mode !== 'whole';
  }

  /**
   * Now, for arming a timer: the workflow's clock stands still for the whole workflow task, and a local write inside it
   * takes real time (hundreds of milliseconds when many projects open at once); a timer armed after it from the
   * task's start would fire that much late. The write's own end is taken instead when later, by less than the task's
   * timeout of 10 s (more is a worker clock that disagrees with the server's, and is not believed).
   */
  timerNow(): number {
    const taskStart = Date.now();
    return this.writtenAt > taskStart && this.writtenAt - taskStart < 10_000 ? this.writtenAt : taskStart;
  }

  /** The state, or undefined while the project is still opening. */
  get known(): ProjectState | undefined {
    return this.state;
  }

  /**
   * The state the opening decided, before its events are recorded; `openedAt` decides it again for another time (an
   * opening the record already holds from a lost workflow task is adopted with its own time).
   */
  begin(opened: ProjectState, openedAt: (at: string) => ProjectState): void {
    this.openedAt = openedAt;
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
    return this.inLine(async () => {
      if (this.outbox.length === 0 || !this.state) return;
      const batch = this.outbox.map((entry) => entry.event);
      const written = this.state;
      try {
        if (this.mode === 'local') {
          const commandIds = this.outbox.map((entry) => entry.commandId);
          const answer = await recordCommandEvents({ row: projectRowOf(written), events: batch, commandIds });
          this.toDeliver = answer.toDeliver;
          this.writtenAt = Math.max(this.writtenAt, Date.parse(answer.writtenAt));
          if (answer.ahead) return this.adopt(answer.ahead, commandIds);
        } else if (this.light) this.toDeliver = (await recordProjectChanges({ row: projectRowOf(written), events: batch })).toDeliver;
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
      this.outbox = this.outbox.filter((entry) => entry.event.seq > lastSeq);
      this.acknowledged = written;
    });
  }

  /** Runs `step` after every write before it, one at a time; a step that fails does not stop the ones after it. */
  private inLine<T>(step: () => Promise<T>): Promise<T> {
    const done = this.writes.then(step);
    this.writes = done.then(
      () => undefined,
      () => undefined,
    );
    return done;
  }

  /**
   * Catches up with what the record holds past the state (local record): a command whose workflow task was lost after
   * its write, retried by its caller. Answers the events of `command` among those adopted, in the line of writes.
   */
  catchUp(command: string): Promise<RecordedEvent[]> {
    return this.inLine(async () => {
      const known = this.acknowledged;
      if (this.mode !== 'local' || !known) return [];
      const ahead = await projectEventsAfter({ projectId: known.projectId, after: known.seq });
      if (ahead.events.length === 0) return [];
      // Commands waiting in the outbox were decided on a state the record has moved past: refused, as after a refusal.
      if (this.outbox.length > 0) this.rollbacks += 1;
      this.adoptRecorded(ahead.events, false);
      return ahead.events.filter((_, i) => ahead.commandIds[i] === command);
    });
  }

  /**
   * The record already held events where this batch was to go (a workflow task lost after its write): the state
   * becomes what Postgres holds. If they are this very batch's commands, re-run, those commands are done (with the
   * events as first recorded) and the commands queued behind them carry on from there; otherwise every command in the
   * batch or queued behind it is refused, as after a refused write.
   */
  private adopt(ahead: { events: RecordedEvent[]; commandIds: (string | null)[] }, commandIds: string[]): void {
    // The batch's own places hold its commands' events: those are adopted, and no more — a command that writes twice
    // (a close, then its scoring request) finds its second write's events again when it makes it.
    const same = ahead.commandIds.length >= commandIds.length && commandIds.every((id, i) => id === ahead.commandIds[i]);
    this.adoptRecorded(same ? ahead.events.slice(0, commandIds.length) : ahead.events, same);
    if (same) return;
    this.rollbacks += 1;
    throw ApplicationFailure.create({
      type: 'conflict',
      message: 'the project changed in the record while this command was being decided, so it was not recorded; retry it',
      nonRetryable: true,
    });
  }

  /**
   * The state becomes what Postgres holds: the last acknowledged (or the opening, at its recorded time) and `events`.
   * With `keepQueued`, events waiting in the outbox past them are applied again on top (they stay to be written);
   * otherwise they are dropped.
   */
  private adoptRecorded(events: RecordedEvent[], keepQueued: boolean): void {
    let state = this.acknowledged ?? this.openedAt!(events[0]!.at);
    for (const event of events) {
      state = evolve(state, event);
      this.adopted.set(event.seq, event);
    }
    this.acknowledged = state;
    const lastSeq = events[events.length - 1]!.seq;
    this.outbox = keepQueued ? this.outbox.filter((entry) => entry.event.seq > lastSeq) : [];
    for (const entry of this.outbox) state = evolve(state, entry.event);
    this.state = state;
    this.publishSearchAttributes();
  }

  /**
   * Applies `events` by `actorId`, publishes the search attributes and answers once Postgres has them: whether
   * notifications wait to be delivered beyond the inbox.
   */
  async record(events: ProjectEvent[], actorId: string): Promise<{ toDeliver: boolean; recorded: RecordedEvent[] }> {
    if (!this.state) throw ApplicationFailure.nonRetryable('the project is not open yet');
    const generation = this.rollbacks;
    const command = this.mode === 'local' ? commandId() : '';
    const stampedAll: RecordedEvent[] = [];
    for (const event of events) {
      const stamped: RecordedEvent = { ...event, seq: this.state.seq + 1, at: this.now(), actorId };
      this.state = evolve(this.state, stamped);
      this.outbox.push({ event: stamped, commandId: command });
      stampedAll.push(stamped);
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
    // A re-run command answers with its events as the record first took them (their times, their ids).
    const recorded = stampedAll.map((event) => this.adopted.get(event.seq) ?? event);
    return { toDeliver: !this.light || this.toDeliver > 0, recorded };
  }
}
