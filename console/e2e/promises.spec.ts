import { expect, request as playwrightRequest, test, type Locator } from '@playwright/test';
import { DEMO, expectNoAxeViolations, openAction, openProjectAs, PASSWORD, signedIn } from './support';

/**
 * 不随意许诺, 一票到底 into delivery, by clicking where it matters: the delivery team lead signs feasibility with two
 * commitments, the sales owner changes one and the gate reopens (the lead finds it in the inbox); after a win walked
 * through the API, the lead accepts the delivery handoff and records the go-live, one promise kept and one not.
 */

const utcToday = () => new Date().toISOString().slice(0, 10);

/** Types a date into an antd DatePicker and commits it. */
async function typeDate(field: Locator, date: string): Promise<void> {
  await field.click();
  await field.fill(date);
  await field.press('Enter');
  await expect(field).toHaveValue(date);
}

/** A person's own API session (a cookie jar of their own), for the steps the test does not click through. */
async function apiAs(email: string) {
  const context = await playwrightRequest.newContext({ baseURL: test.info().project.use.baseURL });
  const signIn = await context.post('/api/session', { data: { email, password: PASSWORD } });
  expect(signIn.status(), await signIn.text()).toBe(200);
  const { person, csrfToken } = (await signIn.json()) as { person: { id: string }; csrfToken: string };
  const send = async (path: string, data?: object) => {
    const answer = await context.post(path, { headers: { 'X-CSRF-Token': csrfToken }, data });
    expect(answer.status(), `${path}: ${await answer.text()}`).toBeLessThan(300);
    return (await answer.json()) as Record<string, unknown>;
  };
  const get = async <T>(path: string) => (await (await context.get(path)).json()) as T;
  return { id: person.id, send, get, dispose: () => context.dispose() };
}
type ApiPerson = Awaited<ReturnType<typeof apiAs>>;
interface Detail {
  stage: string;
  ownerId: string;
  pendingHandoff: { id: string; toPersonId: string } | null;
}

/** Walks the project to the stage it is won from: each owner advances (naming the next owner), who accepts. */
async function walkToWin(projectId: string, people: ApiPerson[], nominees: Record<string, ApiPerson>) {
  for (let step = 0; step < 8; step += 1) {
    const project = await people[0]!.get<Detail>(`/api/projects/${projectId}`);
    const owner = people.find((p) => p.id === project.ownerId)!;
    const { actions } = await owner.get<{ actions: Array<{ action: string; canWin?: boolean; nomineeRole?: string | null }> }>(`/api/projects/${projectId}/actions`);
    if (actions.find((a) => a.action === 'close')?.canWin) return owner;
    const advance = actions.find((a) => a.action === 'advance');
    expect(advance, `an advance from ${project.stage}`).toBeTruthy();
    const nominee = advance!.nomineeRole ? nominees[advance!.nomineeRole] : undefined;
    const moved = (await owner.send(`/api/projects/${projectId}/advance`, { fromStage: project.stage, nomineeId: nominee?.id })) as unknown as Detail;
    if (moved.pendingHandoff) await nominee!.send(`/api/handoffs/${moved.pendingHandoff.id}/accept`);
  }
  throw new Error('the project did not reach the stage it is won from');
}

test('commitments signed, changed (the gate reopens), handed to delivery and kept or not at go-live', async ({ browser, request }) => {
  test.setTimeout(300_000);
  const name = `Promises kept ${Date.now()}`;
  const projectId = await openProjectAs(request, { name });
  const [sales, presales, lead] = await Promise.all([apiAs(DEMO.salesShanghai), apiAs(DEMO.presalesShanghai), apiAs(DEMO.centerLead)]);
  await lead.send(`/api/projects/${projectId}/dispatch`, { teamLeadId: lead.id });

  // The team lead signs feasibility with two commitments through the dialog.
  const leadPage = await signedIn(browser, DEMO.centerLead);
  let dialog = await openAction(leadPage, projectId, 'Sign feasibility');
  await dialog.getByLabel('What was checked').fill('The center has core banking people free next year.');
  await dialog.getByRole('button', { name: /Add a commitment/ }).click();
  await dialog.getByRole('button', { name: /Add a commitment/ }).click();
  await dialog.getByLabel('Commitment 1', { exact: true }).fill('Core ledger migration');
  await typeDate(dialog.getByLabel('Due date 1', { exact: true }), '2027-06-30');
  await dialog.getByLabel('Commitment 2', { exact: true }).fill('Payment gateway integration');
  await typeDate(dialog.getByLabel('Due date 2', { exact: true }), '2027-07-31');
  await expectNoAxeViolations(leadPage, 'the feasibility dialog with commitments');
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(dialog).toBeHidden();
  const promises = leadPage.getByRole('region', { name: 'Promises and delivery' });
  await expect(promises.getByText('Signed', { exact: true })).toBeVisible();
  await expect(promises.getByRole('row').filter({ hasText: 'Payment gateway integration' })).toContainText('2027-07-31');

  // The sales owner moves the second one: the gate reopens.
  const salesPage = await signedIn(browser, DEMO.salesShanghai);
  dialog = await openAction(salesPage, projectId, 'Change commitments');
  await expect(dialog.getByLabel('Commitment 2', { exact: true })).toHaveValue('Payment gateway integration');
  await typeDate(dialog.getByLabel('Due date 2', { exact: true }), '2027-09-30');
  await dialog.getByLabel('Why the commitments change').fill('The bank moved the gateway cut-over');
  await expectNoAxeViolations(salesPage, 'the change commitments dialog');
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(dialog).toBeHidden();
  const changed = salesPage.getByRole('region', { name: 'Promises and delivery' });
  await expect(changed.getByText('Reopened', { exact: true })).toBeVisible();
  await expect(changed).toContainText('The bank moved the gateway cut-over');
  await expect(changed.getByRole('row').filter({ hasText: 'Payment gateway integration' })).toContainText('2027-09-30');
  await expectNoAxeViolations(salesPage, 'the project page with the gate reopened');

  // The lead finds the sign-off to give again in the inbox.
  await leadPage.goto('/inbox');
  const item = leadPage.getByRole('list', { name: 'Items of this tab' }).getByRole('link').filter({ hasText: name });
  await expect(item.filter({ hasText: 'Feasibility to sign again' })).toBeVisible();

  // The rest to the win through the API: delivery signs the new list, the owners walk the stages, sales closes won.
  await lead.send(`/api/projects/${projectId}/feasibility`, { approved: true, note: 'The new cut-over date works for us.' });
  const closer = await walkToWin(projectId, [sales, presales, lead], { presales, sales });
  await closer.send(`/api/projects/${projectId}/close`, { outcome: 'won' });

  // The lead is offered the delivery (inbox), accepts it and records the go-live.
  await leadPage.goto('/inbox');
  await item.filter({ hasText: 'Delivery handoff to accept' }).click();
  await expect(leadPage.getByRole('heading', { name, level: 1 })).toBeVisible();
  dialog = await openAction(leadPage, projectId, 'Accept delivery handoff');
  await expect(dialog).toContainText('each of the 2 commitments kept or not');
  await expectNoAxeViolations(leadPage, 'the accept delivery handoff dialog');
  await dialog.getByRole('button', { name: 'Accept' }).click();
  await expect(dialog).toBeHidden();

  dialog = await openAction(leadPage, projectId, 'Record go-live');
  await typeDate(dialog.getByLabel('Go-live date', { exact: true }), utcToday());
  await dialog.getByRole('group', { name: 'Core ledger migration (due 2027-06-30)' }).getByText('Kept', { exact: true }).click();
  const gateway = dialog.getByRole('group', { name: 'Payment gateway integration (due 2027-09-30)' });
  await gateway.getByText('Not kept', { exact: true }).click();
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(gateway.getByText('Say why it was not kept.')).toBeVisible();
  await gateway.getByLabel('Why it was not kept').fill('The bank changed its gateway vendor');
  await expectNoAxeViolations(leadPage, 'the go-live dialog');
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(dialog).toBeHidden();
  const kept = leadPage.getByRole('region', { name: 'Promises and delivery' });
  await expect(kept.getByRole('row').filter({ hasText: 'Core ledger migration' })).toContainText('Kept');
  await expect(kept.getByRole('row').filter({ hasText: 'Payment gateway integration' })).toContainText('Not keptThe bank changed its gateway vendor');
  await expect(leadPage.getByRole('region', { name: 'Timeline' }).getByText('Go-live recorded')).toBeVisible();
  await expectNoAxeViolations(leadPage, 'the project page after go-live');

  // The report counts them.
  const director = await signedIn(browser, DEMO.director);
  await director.goto(`/reports?tab=promises&groupBy=tier&from=${utcToday()}&to=${utcToday()}`);
  await expect(director.getByRole('table').getByRole('row').filter({ hasText: /^A/ })).toBeVisible();
  await expectNoAxeViolations(director, 'the promises kept report');

  for (const person of [sales, presales, lead]) await person.dispose();
  for (const page of [leadPage, salesPage, director]) await page.context().close();
});
