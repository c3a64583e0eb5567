import { expect } from 'vitest';
import type { ZodType } from 'zod';
import { Rejection } from '../../domain/errors';

/** mulberry32: a few lines of seeded randomness, so a failing property case can be replayed from its seed. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The Rejection a pure rule throws; fails the test when it throws nothing or something else. */
export function rejection(fn: () => unknown): Rejection {
  try {
    fn();
  } catch (error) {
    if (error instanceof Rejection) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

/** A schema's issues for an invalid value, as "path: message" lines. */
export function schemaIssues(schema: ZodType, value: unknown): string[] {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}
