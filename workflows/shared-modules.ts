/**
 * Not a workflow: the modules a worker's workflow thread evaluates once and shares, frozen, between all its workflows
 * (`preloadModules` in WORKFLOW_BUNDLE_OPTIONS, workers/worker.ts). Without it every workflow evaluated domain/ again
 * in its own module scope — ≈1 MB of zod schemas and ≈7 ms per workflow created (bench/README.md, "Memory per
 * workflow"). Only pure rules and constants belong here: nothing in them may keep state for one workflow, and a zod
 * schema a workflow parses with is built after the freeze (domain/built-once.ts). `test/workflow-shared-modules.test.ts`
 * holds that every domain module the workflows import is reached from here, and that the parsing ones work frozen.
 */
import '../domain/approval-chain';
import '../domain/assess';
import '../domain/budget';
import '../domain/business-calendar';
import '../domain/center-functions';
import '../domain/collaborate';
import '../domain/commitments';
import '../domain/cost-ledger';
import '../domain/credit';
import '../domain/delivery-handoff';
import '../domain/errors';
import '../domain/guards';
import '../domain/lifecycle';
import '../domain/match-state';
import '../domain/match';
import '../domain/money';
import '../domain/opportunity-quality';
import '../domain/people';
import '../domain/performance';
import '../domain/pipeline';
import '../domain/policy';
import '../domain/project-row';
import '../domain/project-team';
import '../domain/project';
import '../domain/promises';
import '../domain/rate-card';
import '../domain/scoring';
import '../domain/text';
import '../domain/tier-classification';
import '../domain/tier';
import '../notify/retry-policy';
