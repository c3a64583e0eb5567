import type { RateCard } from './rate-card';
import type { Role } from './people';
import { isTierAtLeast } from './tier-classification';
import type { Tier } from './tier';

/**
 * 投入产出: what presales spent against what it won, and whether the senior people went where the value is
 * (最优秀的资源流向最优质的项目). Pure: the figures come from db/roi.ts.
 */

/**
 * The senior levels of each role: those whose rate on the card, as in effect on `onDate`, is in the upper half of
 * the role's levels (P3 and P4 of P1–P4 in the default card). Derived from the card rather than kept beside it,
 * so a new level is placed by its price.
 */
export function seniorLevels(card: RateCard, onDate: string): Map<Role, Set<string>> {
  const latest = new Map<string, { role: Role; level: string; rate: number; from: string }>();
  for (const entry of card.entries) {
    if (entry.effectiveFrom > onDate) continue;
    const key = `${entry.role}\u0000${entry.level}`;
    const known = latest.get(key);
    if (!known || entry.effectiveFrom > known.from) latest.set(key, { role: entry.role, level: entry.level, rate: entry.rate.amount, from: entry.effectiveFrom });
  }
  const byRole = new Map<Role, Array<{ level: string; rate: number }>>();
  for (const { role, level, rate } of latest.values()) byRole.set(role, [...(byRole.get(role) ?? []), { level, rate }]);
  const senior = new Map<Role, Set<string>>();
  for (const [role, levels] of byRole) {
    const sorted = [...levels].sort((a, b) => a.rate - b.rate || a.level.localeCompare(b.level));
    senior.set(role, new Set(sorted.slice(Math.floor(sorted.length / 2)).map((l) => l.level)));
  }
  return senior;
}

/** The opportunity class a tier belongs to for the level mix: A and B against C to E. */
export const isTopTier = (tier: Tier): boolean => isTierAtLeast(tier, 'B');

export interface WorkedDays {
  role: Role;
  level: string | null;
  tier: Tier;
  days: number;
}

export interface LevelMix {
  seniorDays: { topTiers: number; otherTiers: number };
  otherDays: { topTiers: number; otherTiers: number };
  /** Of the senior days, the share spent on A/B projects, in basis points; null without senior days. */
  seniorShareOnTopTiersBasisPoints: number | null;
  /** Of all days, the share spent on A/B projects, for comparison; null without days. */
  allShareOnTopTiersBasisPoints: number | null;
}

const share = (part: number, whole: number) => (whole > 0 ? Math.floor((part * 10_000) / whole) : null);
/** The same for whole minor units of any size, exact in BigInt. */
const moneyShare = (part: number, whole: number) => (whole > 0 ? Number((BigInt(Math.trunc(part)) * 10_000n) / BigInt(Math.trunc(whole))) : null);

/** Days worked split by seniority (of the person's level) and by tier class. */
export function levelMix(days: readonly WorkedDays[], senior: Map<Role, Set<string>>): LevelMix {
  const mix = { seniorDays: { topTiers: 0, otherTiers: 0 }, otherDays: { topTiers: 0, otherTiers: 0 } };
  for (const d of days) {
    const bucket = d.level !== null && senior.get(d.role)?.has(d.level) ? mix.seniorDays : mix.otherDays;
    if (isTopTier(d.tier)) bucket.topTiers += d.days;
    else bucket.otherTiers += d.days;
  }
  const seniorAll = mix.seniorDays.topTiers + mix.seniorDays.otherTiers;
  const all = seniorAll + mix.otherDays.topTiers + mix.otherDays.otherTiers;
  return {
    ...mix,
    seniorShareOnTopTiersBasisPoints: share(mix.seniorDays.topTiers, seniorAll),
    allShareOnTopTiersBasisPoints: share(mix.seniorDays.topTiers + mix.otherDays.topTiers, all),
  };
}

export interface RoiFigures {
  closed: number;
  won: number;
  wonValue: number;
  presalesCost: number;
  credit: number;
}

/** The derived figures of a group: win rate, cost per won deal, cost against won value, credit net of cost. */
export function roiOf(f: RoiFigures) {
  return {
    winRateBasisPoints: share(f.won, f.closed),
    costPerWonDeal: f.won > 0 ? Math.round(f.presalesCost / f.won) : null,
    costBasisPointsOfWonValue: moneyShare(f.presalesCost, f.wonValue),
    creditNetOfCost: f.credit - f.presalesCost,
  };
}
