import { z } from 'zod';

/** 分层: the five tiers a project is classified into, A (largest) to E. A leaf: every part of the domain uses it. */
export const TIERS = ['A', 'B', 'C', 'D', 'E'] as const;
export const buildTierSchema = () => z.enum(TIERS);
export const TierSchema = buildTierSchema();
export type Tier = z.infer<typeof TierSchema>;
