/*
 * Long because a year of deals (≈390 lines) is a small discrete-event simulation, plus the deals still open today: a seeded
 * timeline of every project's steps (open, dispatch, staff, work, walk the stages, win or lose, score, hand over, go live), each sent through the
 * real API to the real workflows, with the clock of a time-skipping Temporal server moved from one step to the next.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import type { Pool } from '../db/pool';
import type { SeededPerson } from './demo-org';
import { startMoat, type RunningMoat } from './system';
import { installedTimeSkippingServer, startTimeSkipping } from './time-skipping-server';
import { projectWorkflowId } from '../workflows/project-messages';

/**
 * `npm run seed:demo -- --history [N]`: a realistic past year of the demo organisation's deals (default 40), closed
 * through the real API and the real workflows — tiers A–D, dispatches, bookings, time, stages walked late or on time
 * (so escalations fire where the SLAs say), wins with credit, losses, scores, delivery handoffs and go-lives.
 *
 * The workflows run on the Temporal time-skipping test server (the Java one the tests use) started with its clock a
 * year back (libfaketime: Debian's `faketime`), with a worker and an API of their own on the same Postgres: between
 * two steps the seed moves the server's clock forward (timers fall due and escalate on the way), so every recorded
 * time is the time the step happened in that year. Every project it opens ends closed, scored and (won) live, so no
 * workflow is left behind on that server when it stops; the projects stay in Postgres for the reports and what-if.
 */

const DAY = 86_400_000;
const FAKETIME_LIBRARY = '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

/** A seeded pseudo-random sequence (mulberry32): the same year every time for the same seed. */
function randomSequence(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return { next, between: (lo: number, hi: number) => lo + (hi - lo) * next(), chance: (p: number) => next() < p };
}

function timeSkippingServer(): string {
  if (!existsSync(FAKETIME_LIBRARY)) throw new Error('--history starts the time-skipping server a year back with libfaketime: apt-get install faketime');
  return installedTimeSkippingServer();
}

interface Api {
  post(who: SeededPerson, route: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }>;
  get(who: SeededPerson, route: string): Promise<{ status: number; body: Record<string, unknown> }>;
}

function apiAt(baseUrl: string): Api {
  const send = async (who: SeededPerson, method: string, route: string, body?: unknown) => {
    const reply = await fetch(`${baseUrl}${route}`, {
      method,
      headers: { authorization: `Bearer ${who.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: reply.status, body: (await reply.json().catch(() => ({}))) as Record<string, unknown> };
  };
  return { post: (who, route, body) => send(who, 'POST', route, body ?? {}), get: (who, route) => send(who, 'GET', route) };
}

/** One step of one project: when (virtual ms) and what it sends. Answers the steps that follow it. */
interface Step {
  at: number;
  project: number;
  run: () => Promise<Step[]>;
}

export interface HistoryResult {
  opened: number;
  won: number;
  lost: number;
  escalations: number;
  refused: number;
  stillRunning: number;
}

/** Runs the year; `people` are the demo organisation with fresh tokens (runtime/demo-org.ts). */
export async function seedHistory(
  database: { url: string; pool: Pool },
  people: SeededPerson[],
  options: { projects: number; seed?: number; log: (line: string) => void; workflowBundlePath?: string },
): Promise<HistoryResult> {
  // The server's clock starts a year back (libfaketime in the JVM); time skipping moves it on from there. Both clocks
  // move back: with the monotonic one left real (FAKETIME_DONT_FAKE_MONOTONIC), this machine's JVM spun on two cores
  // and answered after 10-17 s, past the SDK's 5 s.
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'moat-history-'));
  const launcher = path.join(scratch, 'temporal-test-server-a-year-back');
  writeFileSync(launcher, `#!/bin/sh\nLD_PRELOAD=${FAKETIME_LIBRARY} FAKETIME=-365d exec '${timeSkippingServer()}' "$@"\n`);
  chmodSync(launcher, 0o755);
  const env = await startTimeSkipping(launcher).catch((error: Error) => {
    rmSync(scratch, { recursive: true, force: true });
    throw new Error(`starting the time-skipping server: ${error.message}`);
  });
  let moat: RunningMoat | undefined;
  try {
    const adminToken = randomBytes(24).toString('base64url');
    moat = await startMoat({
      databaseUrl: database.url,
      temporalAddress: env.address,
      namespace: 'default',
      taskQueue: `moat-history-${randomBytes(4).toString('hex')}`,
      apiPort: 0,
      apiHost: '127.0.0.1',
      adminToken,
      logLevel: 'warn',
      workflowBundlePath: options.workflowBundlePath,
    });
    return await runYear(apiAt(moat.apiUrl), env, people, database.pool, options);
  } finally {
    await moat?.stop();
    await env.teardown();
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The demo people by their key (`sales-sh` …), and who each is (`/api/me`, read once per person). */
function demoDirectory(api: Api, people: SeededPerson[]) {
  const who = (key: string) => {
    const person = people.find((p) => p.email.startsWith(`${key}@`));
    if (!person) throw new Error(`the demo organisation has no ${key}: run npm run seed:demo first`);
    return person;
  };
  const known = new Map<string, { id: string; officeId: string | null }>();
  const me = async (person: SeededPerson) => {
    if (!known.has(person.email)) {
      const reply = await api.get(person, '/api/me');
      if (reply.status !== 200) throw new Error(`reading ${person.email}: ${reply.status}`);
      known.set(person.email, { id: String(reply.body.id), officeId: (reply.body.officeId as string | null) ?? null });
    }
    return known.get(person.email)!;
  };
  const idOf = async (person: SeededPerson) => (await me(person)).id;
  /**
   * Who works a deal of `tier` sold by `sales`: on the center path (A/B) the center lead dispatches to the center's
   * presales, who then approves its requests as team lead; on the office path the office manager dispatches to the
   * office's presales and approves.
   */
  const dealPeople = (sales: SeededPerson, tier: string) => {
    const centerPath = tier === 'A' || tier === 'B';
    const manager = who(sales.email.startsWith('sales-sh') ? 'sh-manager' : 'bj-manager');
    const lead = who(centerPath ? 'presales-center' : 'presales-sh');
    return { centerPath, lead, dispatcher: centerPath ? who('center-lead') : manager, approver: centerPath ? lead : manager };
  };
  return { who, me, idOf, dealPeople };
}

async function runYear(api: Api, env: TestWorkflowEnvironment, people: SeededPerson[], pool: Pool, options: { projects: number; seed?: number; log: (line: string) => void }): Promise<HistoryResult> {
  const { log } = options;
  const { who, me, idOf, dealPeople } = demoDirectory(api, people);
  const random = randomSequence(options.seed ?? 2026);
  const start = await env.currentTimeMs();
  const end = Date.now() - DAY;
  const result: HistoryResult = { opened: 0, won: 0, lost: 0, escalations: 0, refused: 0, stillRunning: 0 };
  const workedOn = new Map<string, Set<string>>();
  const opened: string[] = [];
  const dateAt = (ms: number) => new Date(ms).toISOString().slice(0, 10);

  const refused = (what: string, reply: { status: number; body: Record<string, unknown> }) => {
    result.refused += 1;
    log(`  refused: ${what}: ${reply.status} ${String(reply.body.message ?? JSON.stringify(reply.body)).slice(0, 160)}`);
  };
  const later = (at: number, lo: number, hi: number) => at + random.between(lo, hi) * DAY;

  const steps: Step[] = [];
  for (let i = 0; i < options.projects; i++) {
    const openAt = start + ((i + random.next()) * 250 * DAY) / options.projects;
    steps.push({ at: openAt, project: i, run: () => openDeal(i, openAt) });
  }

  async function openDeal(i: number, at: number): Promise<Step[]> {
    const sales = who(random.chance(0.6) ? 'sales-sh' : 'sales-bj');
    const amount = [15_000_000, 6_000_000, 2_000_000, 600_000][Math.floor(random.next() * 4)]! * 100;
    const reply = await api.post(sales, '/api/projects', {
      name: `${['Core banking', 'Payments hub', 'Risk platform', 'Data lake', 'Branch network'][i % 5]} ${i + 1}`,
      customerName: ['Bank of Ningbo', 'Bank of the East', 'Harbour Securities', 'City Credit Union'][i % 4],
      industry: 'finance',
      officeId: (await me(sales)).officeId,
      expectedValue: { amount, currency: 'CNY' },
      salesOwnerId: await idOf(sales),
    });
    if (reply.status !== 201) {
      refused('open', reply);
      return [];
    }
    result.opened += 1;
    const id = String(reply.body.id);
    opened.push(id);
    const tier = String(reply.body.tier);
    const { lead, approver, dispatcher } = dealPeople(sales, tier);
    const deal = { id, tier, sales, lead, approver };
    return [{ at: later(at, 0.1, 3), project: i, run: () => dispatch(i, deal, dispatcher) }];
  }

  type Deal = { id: string; tier: string; sales: SeededPerson; lead: SeededPerson; approver: SeededPerson };

  async function dispatch(i: number, deal: Deal, dispatcher: SeededPerson): Promise<Step[]> {
    const dispatched = await api.post(dispatcher, `/api/projects/${deal.id}/dispatch`, { teamLeadId: await idOf(deal.lead) });
    if (dispatched.status !== 200) refused('dispatch', dispatched);
    return [{ at: later(await env.currentTimeMs(), 0.2, 2), project: i, run: () => staff(i, deal) }];
  }

  async function staff(i: number, deal: Deal): Promise<Step[]> {
    const days = random.chance(0.1) ? 20 : 2 + Math.floor(random.next() * 4);
    const asked = await api.post(deal.sales, `/api/projects/${deal.id}/resource-requests`, {
      role: 'presales',
      days,
      personId: await idOf(deal.lead),
      note: 'requirements workshops',
    });
    if (asked.status !== 201) {
      refused('request', asked);
      return [advanceStep(i, deal, await env.currentTimeMs())];
    }
    const now = await env.currentTimeMs();
    return [{ at: later(now, 0.1, 1.5), project: i, run: () => approve(i, deal, String(asked.body.approvalId)) }];
  }

  async function approve(i: number, deal: Deal, approvalId: string): Promise<Step[]> {
    const approved = await api.post(deal.approver, `/api/approvals/${approvalId}/approve`, { comment: 'go ahead' });
    if (approved.status !== 200) {
      refused('approve', approved);
      return [advanceStep(i, deal, await env.currentTimeMs())];
    }
    const exception = (approved.body.approvals as Array<{ id: string; kind: string; status: string }> | undefined)?.find((a) => a.kind === 'over_budget' && a.status === 'pending');
    const now = await env.currentTimeMs();
    if (exception) {
      return [{ at: later(now, 0.5, 3), project: i, run: async () => {
        const granted = await api.post(who('director'), `/api/approvals/${exception.id}/approve`, { comment: 'strategic account' });
        if (granted.status !== 200) refused('over-budget exception', granted);
        return [{ at: later(await env.currentTimeMs(), 1, 3), project: i, run: () => work(i, deal) }];
      } }];
    }
    return [{ at: later(now, 1, 3), project: i, run: () => work(i, deal) }];
  }

  async function work(i: number, deal: Deal): Promise<Step[]> {
    const project = await api.get(deal.sales, `/api/projects/${deal.id}`);
    const booking = (project.body.bookings as Array<{ id: string; days: number }> | undefined)?.[0];
    const now = await env.currentTimeMs();
    if (booking) {
      const used = workedOn.get(deal.lead.email) ?? new Set<string>();
      workedOn.set(deal.lead.email, used);
      for (let back = 0, recorded = 0; back < 10 && recorded < Math.min(2, booking.days); back++) {
        const date = dateAt(now - back * DAY);
        const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
        if (used.has(date) || weekday === 0 || weekday === 6) continue;
        const worked = await api.post(deal.lead, `/api/projects/${deal.id}/time-entries`, { bookingId: booking.id, date, days: 1 });
        if (worked.status !== 201) break;
        used.add(date);
        recorded += 1;
      }
    }
    return [advanceStep(i, deal, now)];
  }

  /** The stages, each left after a few days (sometimes past its SLA: the ladder escalates meanwhile). */
  function advanceStep(i: number, deal: Deal, now: number): Step {
    return { at: later(now, 1, random.chance(0.3) ? 12 : 5), project: i, run: () => walk(i, deal) };
  }

  async function walk(i: number, deal: Deal): Promise<Step[]> {
    const project = await api.get(deal.sales, `/api/projects/${deal.id}`);
    const stage = String(project.body.stage);
    const now = await env.currentTimeMs();
    const centerPath = deal.tier === 'A' || deal.tier === 'B';
    // C/D deals are lost once the solution is shown (their office has no delivery person to sign feasibility); A/B may be won.
    if (!centerPath && stage === 'solution') return close(i, deal, false);
    if (stage === 'negotiation') return close(i, deal, random.chance(0.6));
    const next: Record<string, { by: SeededPerson; nominee?: SeededPerson }> = {
      qualify: { by: deal.sales, nominee: deal.lead },
      discovery: { by: deal.lead },
      solution: { by: deal.lead },
      poc: { by: deal.lead, nominee: deal.sales },
      proposal: { by: deal.sales },
    };
    const move = next[stage];
    if (!move) return close(i, deal, false);
    if (stage === 'poc') {
      const signed = await api.post(deal.lead, `/api/projects/${deal.id}/feasibility`, { approved: true, note: 'delivery can ship it' });
      if (signed.status !== 201) refused('feasibility', signed);
    }
    const nomineeId = move.nominee ? await idOf(move.nominee) : undefined;
    const advanced = await api.post(move.by, `/api/projects/${deal.id}/advance`, nomineeId ? { nomineeId } : {});
    if (advanced.status !== 200) {
      refused(`advance from ${stage}`, advanced);
      return close(i, deal, false);
    }
    const handoff = advanced.body.pendingHandoff as { id: string } | null | undefined;
    if (handoff && move.nominee) {
      const nominee = move.nominee;
      return [{ at: later(now, 0.1, 2), project: i, run: async () => {
        const accepted = await api.post(nominee, `/api/handoffs/${handoff.id}/accept`);
        if (accepted.status !== 200) refused('accept handoff', accepted);
        return [advanceStep(i, deal, await env.currentTimeMs())];
      } }];
    }
    return [advanceStep(i, deal, now)];
  }

  async function close(i: number, deal: Deal, won: boolean): Promise<Step[]> {
    const project = await api.get(deal.sales, `/api/projects/${deal.id}`);
    // The owner closes (the presales lead while they hold a stage, the sales person from proposal on).
    const owner = project.body.ownerId === (await idOf(deal.lead)) ? deal.lead : deal.sales;
    const value = Number((project.body.expectedValue as { amount: number } | undefined)?.amount ?? 0);
    const body = won
      ? { outcome: 'won', finalValue: { amount: Math.round(value * random.between(0.8, 1.05)), currency: 'CNY' }, presalesLeadId: await idOf(deal.lead), deliveryManagerId: await idOf(deal.lead) }
      : { outcome: 'lost', reason: ['price', 'competitor had the incumbent', 'budget cut', 'no decision'][Math.floor(random.next() * 4)] };
    const closed = await api.post(owner, `/api/projects/${deal.id}/close`, body);
    if (closed.status !== 200) {
      refused('close', closed);
      return [];
    }
    if (won) result.won += 1;
    else result.lost += 1;
    const now = await env.currentTimeMs();
    const after: Step[] = [{ at: later(now, 0.5, 3), project: i, run: () => score(deal, owner) }];
    if (won) after.push({ at: later(now, 0.2, 2), project: i, run: () => handOver(i, deal) });
    return after;
  }

  /** 主负责人打分: the owner at close scores everyone who took part. */
  async function score(deal: Deal, scorer: SeededPerson): Promise<Step[]> {
    const scoring = await api.get(scorer, `/api/projects/${deal.id}/scoring`);
    const missing = (scoring.body.missing as string[] | undefined) ?? [];
    if (scoring.body.status === 'open' && missing.length > 0) {
      const scored = await api.post(scorer, `/api/projects/${deal.id}/scores`, { scores: missing.map((personId, k) => ({ personId, score: 3 + ((k + deal.id.charCodeAt(0)) % 3), comment: 'worked with the team' })) });
      if (scored.status !== 200) refused('scores', scored);
    }
    return [];
  }

  /** 交付移交: the delivery manager named at close (the team lead) accepts the won deal, then records its go-live. */
  async function handOver(i: number, deal: Deal): Promise<Step[]> {
    const delivery = deal.lead;
    const accepted = await api.post(delivery, `/api/projects/${deal.id}/delivery-handoff/accept`);
    if (accepted.status !== 200) {
      refused('accept delivery', accepted);
      return [];
    }
    const promised = (accepted.body.promises as { promised?: Array<{ index: number }> } | undefined)?.promised ?? [];
    const commitments = promised.map(({ index }) => (random.chance(0.8) ? { index, kept: true } : { index, kept: false, note: 'scope moved to phase two' }));
    return [{ at: later(await env.currentTimeMs(), 30, 90), project: i, run: async () => {
      const live = await api.post(delivery, `/api/projects/${deal.id}/go-live`, { liveOn: dateAt(await env.currentTimeMs()), commitments });
      if (live.status !== 201) refused('go-live', live);
      return [];
    } }];
  }

  let lastReport = 0;
  while (steps.length > 0) {
    steps.sort((a, b) => a.at - b.at);
    const step = steps.shift()!;
    if (step.at > end) continue;
    const now = await env.currentTimeMs();
    if (step.at > now) await env.sleep(step.at - now);
    steps.push(...(await step.run()));
    if (step.at - lastReport > 30 * DAY) {
      lastReport = step.at;
      log(`  ${dateAt(step.at)}: ${result.opened} opened, ${result.won} won, ${result.lost} lost`);
    }
  }
  const { rows } = await pool.query<{ n: string }>(`select count(*) as n from escalations where at >= $1`, [new Date(start)]);
  result.escalations = Number(rows[0]!.n);
  for (const id of opened) {
    const described = await env.client.workflow.getHandle(projectWorkflowId(id)).describe();
    if (described.status.name === 'RUNNING') result.stillRunning += 1;
  }
  return result;
}

/**
 * The deals still open today, on the running Moat (its API at `apiUrl`, its workflows on its own Temporal): opened,
 * dispatched, some staffed, some in discovery with the presales lead. Answers how many it opened.
 */
export async function openDealsNow(apiUrl: string, people: SeededPerson[], count: number, log: (line: string) => void): Promise<number> {
  const api = apiAt(apiUrl);
  const { who, me, idOf, dealPeople } = demoDirectory(api, people);
  const expect = (what: string, reply: { status: number; body: Record<string, unknown> }, status: number) => {
    if (reply.status !== status) throw new Error(`${what}: ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`);
    return reply.body;
  };
  let opened = 0;
  for (let i = 0; i < count; i++) {
    const sales = who(i % 3 === 2 ? 'sales-bj' : 'sales-sh');
    const salesPerson = await me(sales);
    const amount = [12_000_000, 4_000_000, 1_500_000][i % 3]! * 100;
    const project = expect(
      'open',
      await api.post(sales, '/api/projects', {
        name: `${['Core banking renewal', 'Payments hub phase 2', 'Branch network'][i % 3]} ${i + 1}`,
        customerName: ['Bank of Ningbo', 'Harbour Securities', 'City Credit Union'][i % 3],
        industry: 'finance',
        officeId: salesPerson.officeId,
        expectedValue: { amount, currency: 'CNY' },
        salesOwnerId: salesPerson.id,
      }),
      201,
    );
    opened += 1;
    const { lead, dispatcher, approver } = dealPeople(sales, String(project.tier));
    expect('dispatch', await api.post(dispatcher, `/api/projects/${project.id}/dispatch`, { teamLeadId: await idOf(lead) }), 200);
    if (i % 2 === 1) continue;
    const asked = expect('request', await api.post(sales, `/api/projects/${project.id}/resource-requests`, { role: 'presales', days: 3, personId: await idOf(lead), note: 'discovery workshops' }), 201);
    expect('approve', await api.post(approver, `/api/approvals/${asked.approvalId}/approve`, { comment: 'go ahead' }), 200);
    if (i % 4 !== 0) continue;
    const advanced = expect('advance', await api.post(sales, `/api/projects/${project.id}/advance`, { nomineeId: await idOf(lead) }), 200);
    const handoff = advanced.pendingHandoff as { id: string };
    expect('accept', await api.post(lead, `/api/handoffs/${handoff.id}/accept`), 200);
  }
  log(`  ${opened} deals open today on the running Moat`);
  return opened;
}
