import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fake-api';
import { person, sessionOf } from '../../testing/people';
import { renderConsole } from '../../testing/render';

const sales = person('1e0c1f5e-0000-4000-8000-00000000000b', 'Chen Jie', ['sales']);
const presales = person('1e0c1f5e-0000-4000-8000-00000000000d', 'Zhang Wei', ['presales']);
const HOUR = 3_600_000;
const iso = (offsetHours: number) => new Date(Date.now() + offsetHours * HOUR).toISOString();

const project = (n: number, stage: string, clock: { entered: number; deadline: number; escalation?: number }) => ({
  id: `2a0c1f5e-0000-4000-8000-${String(n).padStart(12, '0')}`,
  name: `Project ${n}`,
  customerName: `Customer ${n}`,
  industry: 'finance',
  officeId: '5a0c1f5e-0000-4000-8000-000000000001',
  expectedValue: { amount: 1_200_000_000, currency: 'CNY' },
  channel: false,
  strategic: false,
  tier: 'A',
  stage,
  stageEnteredAt: iso(clock.entered),
  stageDeadline: iso(clock.deadline),
  ownerId: n % 2 ? sales.id : presales.id,
  salesOwnerId: sales.id,
  status: 'open',
  closeReason: null,
  policyVersion: 1,
  createdAt: iso(-500),
  updatedAt: iso(-1),
  closedAt: null,
  budget: { amount: 24_000_000, currency: 'CNY' },
  committed: { amount: 0, currency: 'CNY' },
  actual: { amount: 0, currency: 'CNY' },
  remaining: { amount: 24_000_000, currency: 'CNY' },
  dispatch: { status: 'pending', leadId: null, deliveryCenterId: null },
  stageEscalation: clock.escalation ?? null,
});

const board = {
  policyVersion: 1,
  stages: [
    { stage: 'qualify', label: '立项 qualify', count: 3, expectedValue: [{ amount: 3_600_000_000, currency: 'CNY', capped: false }] },
    { stage: 'discovery', label: '需求调研 discovery', count: 1, expectedValue: [{ amount: 1_200_000_000, currency: 'CNY', capped: false }] },
    { stage: 'solution', label: '方案设计 solution design', count: 0, expectedValue: [] },
  ],
};

function pipelineApi() {
  return fakeApi({
    'GET /api/session': () => [200, sessionOf(sales)],
    'GET /api/people': () => [200, { items: [sales, presales] }],
    'GET /api/offices': () => [200, { items: [] }],
    'GET /api/pipeline': () => [200, board],
    'GET /api/projects': ({ query }) => {
      if (query.get('stage') === 'discovery') return [200, { items: [project(9, 'discovery', { entered: -100, deadline: 100, escalation: 1 })], nextCursor: null }];
      if (query.get('stage') === 'qualify' && !query.get('cursor'))
        return [200, { items: [project(1, 'qualify', { entered: -50, deadline: 70 }), project(2, 'qualify', { entered: -100, deadline: 10 })], nextCursor: 'after-2' }];
      if (query.get('stage') === 'qualify') return [200, { items: [project(3, 'qualify', { entered: -200, deadline: -5 })], nextCursor: null }];
      return [200, { items: [project(1, 'qualify', { entered: -50, deadline: 70 })], nextCursor: null }];
    },
  });
}

describe('the pipeline board', () => {
  it('shows one column per stage with its count and value, and cards with tier, owner, SLA and days in stage', async () => {
    const api = pipelineApi();
    await renderConsole('/pipeline', 'en');
    const qualify = await screen.findByRole('region', { name: '立项 qualify' });
    expect(within(qualify).getByText('3 projects')).toBeTruthy();
    expect(within(qualify).getByText('¥36M')).toBeTruthy();
    const cards = await within(qualify).findAllByRole('link');
    expect(cards.map((a) => a.getAttribute('href'))).toEqual([`/projects/${project(1, 'qualify', { entered: 0, deadline: 0 }).id}`, `/projects/${project(2, 'qualify', { entered: 0, deadline: 0 }).id}`]);
    expect(cards[0]!.textContent).toContain('Customer 1');
    expect(cards[0]!.textContent).toContain('Tier A');
    expect(cards[0]!.textContent).toContain('On track');
    expect(cards[0]!.textContent).toContain('2 days in stage');
    await waitFor(() => expect(cards[0]!.textContent).toContain('Owner: Chen Jie'));
    expect(cards[1]!.textContent).toContain('Due soon');
    expect(cards[1]!.textContent).toContain('Owner: Zhang Wei');
    const discovery = screen.getByRole('region', { name: '需求调研 discovery' });
    expect((await within(discovery).findByRole('link')).textContent).toContain('Escalated');
    // An empty column asks for no cards.
    expect(api.calls.filter((c) => c.path === '/api/projects' && c.query.get('stage') === 'solution')).toHaveLength(0);

    // Load more: the next page by the API's cursor, appended.
    fireEvent.click(within(qualify).getByRole('button', { name: 'Load more (2 of 3)' }));
    await waitFor(() => expect(within(qualify).getAllByRole('link')).toHaveLength(3));
    expect(within(qualify).getAllByRole('link')[2]!.textContent).toContain('Overdue');
    const pages = api.calls.filter((c) => c.path === '/api/projects' && c.query.get('stage') === 'qualify');
    expect(pages.map((c) => c.query.get('cursor'))).toEqual([null, 'after-2']);
    expect(pages[0]!.query.get('limit')).toBe('20');
    expect(within(qualify).queryByRole('button', { name: /Load more/ })).toBeNull();
  });

  it('takes its filters from the address and sends them to both the totals and the cards', async () => {
    const api = pipelineApi();
    const { router } = await renderConsole('/pipeline?tier=B&industry=Finance&status=won&ownerId=not-valid-tier&tier=Z', 'en');
    await screen.findByRole('region', { name: '立项 qualify' });
    const totals = api.callsTo('GET', '/api/pipeline')[0]!;
    expect(totals.query.get('tier')).toBe('B');
    expect(totals.query.get('industry')).toBe('finance');
    expect(totals.query.get('status')).toBe('won');
    await waitFor(() => expect(api.calls.some((c) => c.path === '/api/projects' && c.query.get('status') === 'won' && c.query.get('tier') === 'B')).toBe(true));

    // The list view keeps the filters in the address and pages without a stage.
    fireEvent.click(screen.getByText('List'));
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('view')).toBe('list'));
    expect(new URLSearchParams(router.state.location.search).get('tier')).toBe('B');
    const table = await screen.findByRole('table');
    await waitFor(() => expect(within(table).getByRole('link', { name: 'Project 1' })).toBeTruthy());
    expect(api.calls.some((c) => c.path === '/api/projects' && !c.query.get('stage') && c.query.get('tier') === 'B')).toBe(true);
  });
});
