import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_MODULES_PATH, WORKFLOWS_PATH } from '../../workers/worker';

/**
 * A worker's workflow thread evaluates workflows/shared-modules.ts once and shares it, frozen, between all its
 * workflows (the SDK deep-freezes every preloaded module's exports). Two things must hold: every domain module the
 * workflows import is among them (or each workflow evaluates its own copy again), and the domain functions a workflow
 * calls still work once everything they export is frozen.
 */

const ROOT = path.resolve(__dirname, '..', '..');

/** The project's own modules `entry` imports for their values (type-only imports left out), transitively. */
function importedModules(entry: string): Set<string> {
  const seen = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^(import|export)(?! type)[^;]*?from '(\.[^']+)';|^import '(\.[^']+)';/gms)) {
      const target = path.resolve(path.dirname(file), match[2] ?? match[3]!);
      pending.push(`${target}.ts`);
    }
  }
  return new Set([...seen].map((file) => path.relative(ROOT, file)));
}

/** The SDK's deepFreeze (reusable-vm.js): own properties, recursively, prototypes and closures left alone. */
function deepFreeze(value: unknown, visited = new WeakSet<object>()): void {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function') || visited.has(value)) return;
  visited.add(value);
  if (Object.isFrozen(value)) return;
  if (typeof value === 'object') {
    for (const key of Reflect.ownKeys(value)) {
      try {
        deepFreeze((value as Record<PropertyKey, unknown>)[key], visited);
      } catch {
        // as the SDK: some objects cannot be frozen
      }
    }
  }
  Object.freeze(value);
}

describe('the modules workflows share', () => {
  it('include every domain module the workflows import', () => {
    const fromWorkflows = [...importedModules(WORKFLOWS_PATH)].filter((file) => !file.startsWith('workflows/'));
    const shared = importedModules(SHARED_MODULES_PATH);
    expect(fromWorkflows.length).toBeGreaterThan(20);
    expect(fromWorkflows.filter((file) => !shared.has(file))).toEqual([]);
    expect([...shared].filter((file) => file.startsWith('workflows/') && file !== 'workflows/shared-modules.ts')).toEqual([]);
  });

  it('work frozen: the schemas a workflow parses with are its own', async () => {
    const modules = await Promise.all(
      [...importedModules(SHARED_MODULES_PATH)].filter((file) => file !== 'workflows/shared-modules.ts').map((file) => import(path.join(ROOT, file))),
    );
    for (const exported of modules) deepFreeze(exported);
    const { DEFAULT_POLICY, PolicyDocumentSchema, parsePolicyDocument } = await import('../../domain/policy');
    const { checkCommitments } = await import('../../domain/commitments');
    const { money } = await import('../../domain/money');
    const { creditLines } = await import('../../domain/credit');
    const { validateScores } = await import('../../domain/scoring');

    // The freeze bites: a schema built when its module was evaluated can no longer parse.
    expect(() => PolicyDocumentSchema.parse(DEFAULT_POLICY)).toThrow(TypeError);

    expect(parsePolicyDocument(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    expect(() => parsePolicyDocument({ ...DEFAULT_POLICY, pipeline: { ...DEFAULT_POLICY.pipeline, closeWonFrom: 'Nope' } })).toThrow(/lower_snake_case/);
    expect(checkCommitments([{ item: ' go-live ', dueDate: '2027-03-01' }])).toEqual([{ item: 'go-live', dueDate: '2027-03-01' }]);
    expect(() => checkCommitments([{ item: 'a\u0007b', dueDate: '2027-02-30' }])).toThrow(/commitments are not valid/);
    expect(money(5, 'CNY')).toEqual({ amount: 5, currency: 'CNY' });
    expect(() => money(5.5, 'cny')).toThrow();
    expect(creditLines(DEFAULT_POLICY.credit, money(100, 'CNY'), { salesOwnerId: 's' }).length).toBeGreaterThan(0);
    expect(() => creditLines(DEFAULT_POLICY.credit, { amount: -1, currency: 'CNY' }, { salesOwnerId: 's' })).toThrow(/final value/);
    const context = { scorerId: 'owner', participants: ['p'], alreadyScored: [] };
    expect(validateScores(context, [{ personId: 'p', score: 4, comment: ' good ' }])).toEqual([{ personId: 'p', score: 4, comment: 'good' }]);
    expect(() => validateScores(context, [{ personId: 'p', score: 9, comment: '' }])).toThrow();
  });
});
