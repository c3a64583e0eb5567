import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeApi } from '../../testing/fake-api';
import { person, sessionOf } from '../../testing/people';
import { renderConsole } from '../../testing/render';

const officeId = '5a0c1f5e-0000-4000-8000-000000000001';
const otherOfficeId = '5a0c1f5e-0000-4000-8000-000000000002';
const sales = { ...person('1e0c1f5e-0000-4000-8000-00000000000b', 'Chen Jie', ['sales']), officeId };
const otherSales = { ...person('1e0c1f5e-0000-4000-8000-00000000000c', 'Liu Yang', ['sales']), officeId: otherOfficeId };
const presales = { ...person('1e0c1f5e-0000-4000-8000-00000000000d', 'Zhang Wei', ['presales']), officeId };
const projectId = '2a0c1f5e-0000-4000-8000-000000000009';
const preview = {
  policyVersion: 1,
  tier: 'A',
  tierReason: 'expected value at least ¥10,000,000',
  budget: { amount: 24_000_000, currency: 'CNY' },
  dispatch: { kind: 'delivery_center_lead', personId: null, role: null, label: 'the finance delivery center lead' },
};

function salesApi(create: () => [number, unknown] = () => [201, { id: projectId }]) {
  return fakeApi({
    'GET /api/session': () => [200, { ...sessionOf(person(sales.id, sales.name, sales.roles)), person: sales }],
    'GET /api/people': () => [200, { items: [sales, otherSales, presales] }],
    'GET /api/offices': () => [200, { items: [{ id: officeId, name: 'Shanghai office', region: 'East', managerId: sales.id }, { id: otherOfficeId, name: 'Beijing office', region: 'North', managerId: sales.id }] }],
    'GET /api/policy': () => [200, { version: 1, document: { tiers: { strategicA: { keyIndustries: ['finance', 'energy'] } } } }],
    'POST /api/projects/preview': () => [200, preview],
    'POST /api/projects': create,
  });
}

const fill = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

/** The form, opened by the sales person (the default owner), with a finance project of `yuan` filled in. */
async function filledForm(yuan: string): Promise<void> {
  await renderConsole('/projects/new', 'en');
  await screen.findByRole('heading', { name: 'New project', level: 1 });
  await waitFor(() => expect(screen.getAllByText('Chen Jie').length).toBeGreaterThan(0));
  fill('Project name', 'Core banking');
  fill('Customer', 'Bank of Ningbo');
  fill('Industry', 'finance');
  fill('Expected value (yuan)', yuan);
}

describe('the new project form', () => {
  it('checks the fields with the API rules before sending anything', async () => {
    const api = salesApi();
    await renderConsole('/projects/new', 'en');
    await screen.findByRole('heading', { name: 'New project', level: 1 });
    fill('Project name', '   ');
    fill('Customer', 'Bank\u202Eof Ningbo');
    fill('Expected value (yuan)', '12,000,000.123');
    fireEvent.click(screen.getByRole('button', { name: 'Open the project' }));
    const help = (field: string) => document.getElementById(`new-project_${field}_help`)?.textContent;
    await waitFor(() => expect(help('name')).toBe('Required.'));
    expect(help('customerName')).toMatch(/^Contains characters that cannot be stored or shown/);
    expect(help('industry')).toBe('Required.');
    expect(help('expectedValue')).toBe('At most 2 decimals (fen).');
    fill('Expected value (yuan)', '12万');
    await waitFor(() => expect(help('expectedValue')).toBe('Enter digits only, e.g. 12000000 or 12,000,000.00.'));
    fill('Project name', 'x'.repeat(301));
    await waitFor(() => expect(help('name')).toBe('At most 300 characters.'));
    expect(api.callsTo('POST', '/api/projects')).toHaveLength(0);
    expect(api.callsTo('POST', '/api/projects/preview')).toHaveLength(0);
  });

  it('previews the tier, then sends yuan as integer minor units with an idempotency key and opens the project', async () => {
    const api = salesApi();
    const { router } = await renderConsole('/projects/new', 'en');
    await screen.findByRole('heading', { name: 'New project', level: 1 });
    // The signed-in sales person and their office are the defaults.
    await waitFor(() => expect(screen.getAllByText('Chen Jie').length).toBeGreaterThan(0));
    expect(screen.getByText('Shanghai office')).toBeTruthy();
    expect(screen.getByText('Fill in the form to see the tier, the budget and who dispatches it.')).toBeTruthy();

    fill('Project name', 'Core banking');
    fill('Customer', 'Bank of Ningbo');
    fill('Industry', 'Finance');
    fill('Expected value (yuan)', '¥12,000,000.00');

    const card = (await screen.findByText('the finance delivery center lead', {}, { timeout: 3000 })).closest('.ant-card') as HTMLElement;
    expect(within(card).getByText('Tier A')).toBeTruthy();
    expect(within(card).getByText('¥240,000')).toBeTruthy();
    const previewBody = api.callsTo('POST', '/api/projects/preview').at(-1)!.body;
    expect(previewBody).toEqual({
      name: 'Core banking', customerName: 'Bank of Ningbo', industry: 'finance', officeId,
      expectedValue: { amount: 1_200_000_000, currency: 'CNY' }, channel: false, strategic: false, salesOwnerId: sales.id,
    });

    fireEvent.click(screen.getByRole('button', { name: 'Open the project' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/projects')).toHaveLength(1));
    const created = api.callsTo('POST', '/api/projects')[0]!;
    expect(created.body).toEqual(previewBody);
    expect(created.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/projects/${projectId}`));
  });

  it('sends the key solution and the opportunity quality, all four factors or none', async () => {
    const api = salesApi();
    await filledForm('1,500,000');
    fill('Key solution (optional)', 'Core-Banking');
    const rate = (factor: string, score: number) =>
      fireEvent.click(within(screen.getByText(factor).closest('.ant-form-item') as HTMLElement).getByRole('radio', { name: String(score) }));
    rate('Win probability', 5);
    rate('Strategic value', 5);
    rate('Competitive position', 4);
    fireEvent.click(screen.getByRole('button', { name: 'Open the project' }));
    await waitFor(() => expect(document.getElementById('new-project_customerImportance_help')?.textContent).toBe('Score all four factors, or none.'));
    expect(api.callsTo('POST', '/api/projects')).toHaveLength(0);

    rate('Customer importance', 5);
    fireEvent.click(screen.getByRole('button', { name: 'Open the project' }));
    await waitFor(() => expect(api.callsTo('POST', '/api/projects')).toHaveLength(1));
    expect(api.callsTo('POST', '/api/projects')[0]!.body).toMatchObject({
      solution: 'core-banking',
      quality: { winProbability: 5, strategicValue: 5, competitivePosition: 4, customerImportance: 5 },
    });
  });

  it('shows the API field errors on the fields and retries a failed submission with the same key', async () => {
    let attempts = 0;
    const api = salesApi(() => {
      attempts += 1;
      return attempts === 1
        ? [503, { error: { code: 'temporal_unavailable', message: 'no answer', details: [] } }]
        : [400, { error: { code: 'invalid', message: 'invalid body', details: [{ path: 'body.salesOwnerId', message: 'the sales owner belongs to another office' }] } }];
    });
    await filledForm('12000000');
    fireEvent.click(screen.getByRole('button', { name: 'Open the project' }));
    expect(await screen.findByText('The workflow service is not answering. Try again in a few seconds: the action may already be done.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open the project' }));
    await waitFor(() => expect(document.getElementById('new-project_salesOwnerId_help')?.textContent).toBe('the sales owner belongs to another office'));
    const [first, second] = api.callsTo('POST', '/api/projects');
    expect(second!.headers.get('idempotency-key')).toBe(first!.headers.get('idempotency-key'));
  });

  it('is not offered to a presales engineer', async () => {
    fakeApi({ 'GET /api/session': () => [200, { ...sessionOf(person(presales.id, presales.name, presales.roles)), person: presales }], 'GET /api/people': () => [200, { items: [] }], 'GET /api/offices': () => [200, { items: [] }] });
    await renderConsole('/projects/new', 'en');
    expect(await screen.findByRole('heading', { name: 'Not for your role' })).toBeTruthy();
  });
});
