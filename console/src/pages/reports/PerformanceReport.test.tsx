import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { apiError, fakeApi, TextAnswer } from '../../testing/fake-api';
import { person, sessionOf } from '../../testing/people';
import { renderConsole } from '../../testing/render';

const director = person('1e0c1f5e-0000-4000-8000-00000000000d', 'Zhao Min', ['director', 'manager']);
const manager = person('1e0c1f5e-0000-4000-8000-00000000000e', 'Wang Lei', ['manager']);
const presales = person('1e0c1f5e-0000-4000-8000-00000000000a', 'Huang Li', ['presales']);
const other = person('1e0c1f5e-0000-4000-8000-00000000000f', 'Liu Yang', ['presales']);
const project1 = '2a0c1f5e-0000-4000-8000-000000000001';
const project2 = '2a0c1f5e-0000-4000-8000-000000000002';
const appealId = '3a0c1f5e-0000-4000-8000-000000000001';
const people = [director, manager, presales, other];

const line = (projectId: string | null, projectName: string | null, score: number, normalised: number, daysWorked: number) => ({
  projectId, projectName, scorerId: manager.id, score, amendedScore: null, normalised, daysWorked, weight: daysWorked,
});

function report(period: string, status: 'preview' | 'appeal' | 'frozen', appeals: unknown[] = []) {
  const closed = status !== 'preview';
  return {
    period, status, policyVersion: 3,
    closedAt: closed ? '2026-10-02T02:00:00.000Z' : null, closedEarly: false,
    appealUntil: closed ? '2099-01-01T00:00:00.000Z' : null, frozenAt: status === 'frozen' ? '2026-10-20T02:00:00.000Z' : null,
    companyMean: 3.5,
    people: [
      {
        personId: presales.id, name: 'Huang Li', officeId: null, role: 'presales', result: 3.75, scoreShareBasisPoints: 4_000, payFactorBasisPoints: 11_000, daysWorked: 12,
        projects: [line(project1, 'Bank of Ningbo core', 4, 3.8, 8), line(project2, 'Branch network', 3, 3.5, 4)],
        appeals,
      },
      {
        personId: other.id, name: 'Liu Yang', officeId: null, role: null, result: 2.5, scoreShareBasisPoints: 3_000, payFactorBasisPoints: 9_000, daysWorked: 2,
        projects: [line(null, null, 2, 2.5, 2)], appeals: [],
      },
    ],
  };
}

const openAppeal = (over: Record<string, unknown> = {}) => ({
  appealId, period: '2026Q3', personId: presales.id, personName: 'Huang Li', projectId: project1, projectName: 'Bank of Ningbo core',
  scorerId: other.id, deciderId: manager.id, status: 'open', reason: 'I led the proof of concept', raisedAt: '2026-10-03T02:00:00.000Z',
  decidedById: null, decidedAt: null, decisionReason: null, amendedScore: null, ...over,
});

function api(me: ReturnType<typeof person>, handlers: Parameters<typeof fakeApi>[0] = {}) {
  return fakeApi({
    'GET /api/session': () => [200, sessionOf(me)],
    'GET /api/people': () => [200, { items: people }],
    'GET /api/performance/appeals': () => [200, { items: [] }],
    ...handlers,
  });
}

afterEach(() => vi.restoreAllMocks());

describe('the performance tab', () => {
  it('shows a preview per person with the scored projects, and downloads the server’s CSV', async () => {
    const calls = api(director, { 'GET /api/reports/performance': ({ query }) => (query.get('format') === 'csv' ? [200, new TextAnswer('period,status,name\r\n2026Q3,preview,Huang Li\r\n')] : [200, report('2026Q3', 'preview')]) });
    const files: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (files.push(blob as Blob), 'blob:csv'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    await renderConsole('/reports?tab=performance&period=2026Q3', 'en');
    expect(await screen.findByRole('heading', { name: 'Performance results, 2026Q3' })).toBeTruthy();
    expect(screen.getByTestId('performance-status').textContent).toContain('Not closed yet: computed now from the scores so far under the current policy (version 3)');
    expect(await screen.findByRole('img', { name: /^Bar chart: weighted result \(1 to 5\) of 2 people/ })).toBeTruthy();
    const rows = within(screen.getAllByRole('table')[0]!).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('Huang Li');
    expect(rows[0]!.textContent).toContain('3.75');
    expect(rows[0]!.textContent).toContain('110%');
    expect(rows[0]!.textContent).toContain('40%');
    expect(rows[1]!.textContent).toContain('Default share');
    expect(calls.callsTo('GET', '/api/reports/performance')[0]!.query.get('period')).toBe('2026Q3');

    fireEvent.click(within(rows[0]!).getByRole('button', { name: 'Expand row' }));
    const projects = await screen.findByRole('table', { name: 'Scored projects of Huang Li' });
    const first = within(projects).getAllByRole('row')[1]!;
    expect(within(first).getByRole('link', { name: 'Bank of Ningbo core' }).getAttribute('href')).toBe(`/projects/${project1}`);
    expect(first.textContent).toContain('Wang Lei');
    expect(first.textContent).toContain('3.8');
    expect(within(projects).queryByRole('button', { name: /Appeal/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /Download CSV/ }));
    await waitFor(() => expect(files).toHaveLength(1));
    expect(calls.callsTo('GET', '/api/reports/performance').some((c) => c.query.get('format') === 'csv')).toBe(true);
    expect((await files[0]!.text()).replace(/^\uFEFF/, '')).toBe('period,status,name\r\n2026Q3,preview,Huang Li\r\n');
  });

  it('lets a director close an ended period with a reason, then reloads the results', async () => {
    let closed = false;
    const calls = api(director, {
      'GET /api/reports/performance': ({ query }) => [200, report(query.get('period')!, closed ? 'appeal' : 'preview')],
      'POST /api/performance/periods/2026Q3/close': () => ((closed = true), [200, { period: '2026Q3', status: 'appeal', appealUntil: '2099-01-01T00:00:00.000Z', policyVersion: 3, openAppeals: 0 }]),
    });
    await renderConsole('/reports?tab=performance&period=2026Q3', 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Close period' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close 2026Q3' });
    expect(within(dialog).queryByRole('checkbox')).toBeNull();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close period' }));
    expect(await within(dialog).findByText('Give a reason: it is recorded.')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Quarter ended, all projects scored' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close period' }));
    await waitFor(() => expect(calls.callsTo('POST', '/api/performance/periods/2026Q3/close')).toHaveLength(1));
    const close = calls.callsTo('POST', '/api/performance/periods/2026Q3/close')[0]!;
    expect(close.body).toEqual({ reason: 'Quarter ended, all projects scored', early: false });
    expect(close.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(screen.getByTestId('performance-status').textContent).toContain('Appeal window'));
    expect(screen.queryByRole('button', { name: 'Close period' })).toBeNull();
  });

  it('asks before closing a running period early, and shows what the server refuses', async () => {
    const calls = api(director, {
      'GET /api/reports/performance': ({ query }) => [200, report(query.get('period')!, 'preview')],
      'POST /api/performance/periods/2099Q4/close': ({ body }) =>
        (body as { early: boolean }).early
          ? [400, { error: { code: 'invalid', message: 'invalid', details: [{ path: 'body.reason', message: 'a reason, at most 2000 characters' }] } }]
          : apiError(409, 'conflict', '2099Q4 runs to 2099-12-31: send early: true to close it now'),
    });
    await renderConsole('/reports?tab=performance&period=2099Q4', 'en');
    fireEvent.click(await screen.findByRole('button', { name: 'Close period' }));
    const dialog = await screen.findByRole('dialog', { name: 'Close 2099Q4' });
    expect(dialog.textContent).toContain('2099Q4 runs until 2099-12-31.');
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'Reorganisation' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close period' }));
    expect((await within(dialog).findByRole('alert')).textContent).toContain('send early: true to close it now');

    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'Close early' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Close period' }));
    expect(await within(dialog).findByText('a reason, at most 2000 characters')).toBeTruthy();
    const sent = calls.callsTo('POST', '/api/performance/periods/2099Q4/close').map((c) => c.body);
    expect(sent).toEqual([{ reason: 'Reorganisation', early: false }, { reason: 'Reorganisation', early: true }]);
  });
});

describe('appeals', () => {
  it('a scored person reads their own result and appeals a score in the window; an appealed score shows its status', async () => {
    const appealed = { ...openAppeal({ projectId: project2, scorerId: manager.id }), status: 'open' };
    const calls = api(presales, {
      'GET /api/reports/performance': () => [200, { ...report('2026Q3', 'appeal', [appealed]), people: [report('2026Q3', 'appeal', [appealed]).people[0]] }],
      'POST /api/performance/periods/2026Q3/appeals': () => [200, { appealId, projectId: project1, personId: presales.id, scorerId: manager.id, deciderId: director.id, status: 'open' }],
    });
    await renderConsole('/reports?tab=performance&period=2026Q3', 'en');
    expect(await screen.findByRole('tab', { name: 'Performance' })).toBeTruthy();
    expect(screen.getAllByRole('tab')).toHaveLength(1);
    expect(await screen.findByText(/Appeals are open until/)).toBeTruthy();
    const row = within(screen.getAllByRole('table')[0]!).getAllByRole('row')[1]!;
    expect(row.textContent).toContain('Huang Li (you)');
    expect(within(row).getAllByRole('cell').at(-1)!.textContent).toBe('1');
    fireEvent.click(within(row).getByRole('button', { name: 'Expand row' }));
    const projects = await screen.findByRole('table', { name: 'Scored projects of Huang Li' });
    const [, first, second] = within(projects).getAllByRole('row');
    expect(within(second!).queryByRole('button')).toBeNull();
    expect(second!.textContent).toContain('Appealed, open');

    fireEvent.click(within(first!).getByRole('button', { name: 'Appeal the score on Bank of Ningbo core' }));
    const dialog = await screen.findByRole('dialog', { name: 'Appeal your score on Bank of Ningbo core' });
    expect(dialog.textContent).toContain('Your score here is 4.');
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'I led the proof of concept' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit appeal' }));
    await waitFor(() => expect(calls.callsTo('POST', '/api/performance/periods/2026Q3/appeals')).toHaveLength(1));
    const sent = calls.callsTo('POST', '/api/performance/periods/2026Q3/appeals')[0]!;
    expect(sent.body).toEqual({ projectId: project1, reason: 'I led the proof of concept' });
    expect(sent.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(calls.callsTo('GET', '/api/reports/performance').length).toBeGreaterThan(1));
  });

  it('a sales person still may not open the other reports', async () => {
    api(person('1e0c1f5e-0000-4000-8000-00000000000b', 'Chen Jie', ['sales']));
    await renderConsole('/reports?tab=scores', 'en');
    expect(await screen.findByRole('heading', { name: 'Not for your role' })).toBeTruthy();
  });

  it('the scorer’s manager finds the appeals to decide and upholds or amends them', async () => {
    const calls = api(manager, {
      'GET /api/reports/performance': () => [200, report('2026Q3', 'appeal')],
      'GET /api/performance/appeals': () => [
        200,
        {
          items: [
            openAppeal(),
            openAppeal({ appealId: '3a0c1f5e-0000-4000-8000-000000000002', deciderId: null, projectName: 'For a director' }),
            openAppeal({ appealId: '3a0c1f5e-0000-4000-8000-000000000003', deciderId: director.id, projectName: 'Someone else’s' }),
          ],
        },
      ],
      'POST /api/performance/periods/2026Q3/appeals/3a0c1f5e-0000-4000-8000-000000000001/decision': () => [200, { appealId, projectId: project1, personId: presales.id, scorerId: other.id, deciderId: manager.id, status: 'amended' }],
    });
    await renderConsole('/reports?tab=performance&period=2026Q3', 'en');
    expect(await screen.findByRole('heading', { name: 'Appeals to decide (1)' })).toBeTruthy();
    expect(screen.queryByText('For a director')).toBeNull();
    expect(calls.callsTo('GET', '/api/performance/appeals')[0]!.query.get('status')).toBe('open');

    fireEvent.click(screen.getByRole('button', { name: 'Amend: the appeal of Huang Li on Bank of Ningbo core' }));
    let dialog = await screen.findByRole('dialog', { name: 'Amend the score of Huang Li on Bank of Ningbo core' });
    expect(dialog.textContent).toContain('I led the proof of concept');
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'The lead role was not weighed' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Amend' }));
    expect(await within(dialog).findByText('Choose the new score.')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: '4' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Amend' }));
    const path = '/api/performance/periods/2026Q3/appeals/3a0c1f5e-0000-4000-8000-000000000001/decision';
    await waitFor(() => expect(calls.callsTo('POST', path)).toHaveLength(1));
    expect(calls.callsTo('POST', path)[0]!.body).toEqual({ outcome: 'amended', score: 4, reason: 'The lead role was not weighed' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Uphold: the appeal of Huang Li on Bank of Ningbo core' }));
    dialog = await screen.findByRole('dialog', { name: 'Uphold the score of Huang Li on Bank of Ningbo core' });
    expect(within(dialog).queryByRole('radio')).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('Reason'), { target: { value: 'The score stands' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Uphold' }));
    await waitFor(() => expect(calls.callsTo('POST', path)).toHaveLength(2));
    expect(calls.callsTo('POST', path)[1]!.body).toEqual({ outcome: 'upheld', reason: 'The score stands' });
  });
});
