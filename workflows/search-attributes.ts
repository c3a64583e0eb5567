import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

/** Custom search attributes so operators can list projects by tier, stage, owner and deadline in the Temporal UI. */
export const MoatTier = defineSearchAttributeKey('MoatTier', SearchAttributeType.KEYWORD);
export const MoatStage = defineSearchAttributeKey('MoatStage', SearchAttributeType.KEYWORD);
export const MoatOwner = defineSearchAttributeKey('MoatOwner', SearchAttributeType.KEYWORD);
export const MoatStatus = defineSearchAttributeKey('MoatStatus', SearchAttributeType.KEYWORD);
export const MoatStageDeadline = defineSearchAttributeKey('MoatStageDeadline', SearchAttributeType.DATETIME);

export const MOAT_SEARCH_ATTRIBUTES = [MoatTier, MoatStage, MoatOwner, MoatStatus, MoatStageDeadline];
