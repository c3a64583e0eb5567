import { failSimulation, finishSimulation, simulateBatch, type SimulationCursor } from '../db/policy-simulation';
import type { Pool } from '../db/pool';

/** What-if's activities (db/policy-simulation.ts) for the simulation workflow: they read the record and write only the simulation's tables. */
export function createPolicySimulationActivities({ pool }: { pool: Pool }) {
  return {
    async simulatePolicyBatch(input: { simulationId: string; after: SimulationCursor | null }) {
      return simulateBatch(pool, input);
    },
    async finishPolicySimulation(input: { simulationId: string; at: string }): Promise<void> {
      await finishSimulation(pool, input);
    },
    async failPolicySimulation(input: { simulationId: string; error: string; at: string }): Promise<void> {
      await failSimulation(pool, input);
    },
  };
}
