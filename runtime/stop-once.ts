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
