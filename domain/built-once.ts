/**
 * A value built on its first use and kept: the zod schemas domain functions parse with while a workflow runs.
 *
 * A worker's workflow thread evaluates domain/ once and shares it, frozen, between all its workflows (the bundle's
 * `preloadModules`, workers/worker.ts): each workflow evaluating it again cost ≈1 MB and ≈7 ms (bench/README.md). A
 * zod schema memoises on its first use, which a frozen one cannot, so a function a workflow calls parses with a schema
 * of its own, built here after the freeze from the same builder as the exported one (a closure the freeze does not
 * reach). Parsing is pure, so sharing the built schema between workflows shares no state.
 */
export function builtOnce<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
