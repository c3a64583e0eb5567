/** The baseline's only activity: does nothing, so the benchmark measures Temporal's own cost of one activity. */
export async function noop(step: number): Promise<number> {
  return step;
}
