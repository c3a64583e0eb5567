/** Small helpers shared by the scripts that start servers (bench, fuzz, faults). */

/**
 * For scripts that start servers (bench, fuzz): `stop` runs once, whether the script ends normally or is
 * interrupted (Ctrl-C, SIGTERM — then it exits 130 once everything is stopped).
 */
export function stopOnceOnSignals(log: (line: string) => void, stop: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const stopAll = () => (stopping ??= stop());
  const onSignal = (signal: string) => {
    log(`${signal}: stopping…`);
    void stopAll().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return stopAll;
}

/** A command-line option that must be a whole number of at least `min`; the fallback when it is absent. */
export function positiveInt(name: string, value: string | undefined, fallback: number, min = 1): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${name} must be an integer >= ${min}, got "${value}"`);
  return n;
}
