/**
 * E-mail and webhooks for what was just recorded, off the critical path: one delivery activity at a time per
 * project, coalescing bursts. A failing channel is retried by the activity and ends recorded as failed; it never
 * blocks or fails the project.
 */
export class NotificationPump {
  private delivering: Promise<void> | undefined;
  private again = false;

  constructor(
    private readonly deliver: (args: { projectId: string }) => Promise<{ pending: number }>,
    private readonly enabled: boolean,
  ) {}

  /** No delivery under way: the workflow may end or continue as new without cutting one off. */
  get idle(): boolean {
    return this.delivering === undefined;
  }

  soon(projectId: string): void {
    if (!this.enabled) return;
    if (this.delivering) {
      this.again = true;
      return;
    }
    this.delivering = (async () => {
      do {
        this.again = false;
        const summary = await this.deliver({ projectId }).catch(() => undefined);
        // Deliveries that joined late still have tries left: run again for them.
        if (summary && summary.pending > 0) this.again = true;
      } while (this.again);
      this.delivering = undefined;
    })();
  }
}
