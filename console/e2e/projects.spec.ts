import { expect, test, type Locator, type Page } from '@playwright/test';
import { choose, DEMO, expectNoAxeViolations, openAction, signedIn } from './support';

const SALES = DEMO.salesShanghai;
const SALES_OTHER_OFFICE = DEMO.salesBeijing;
const CENTER_LEAD = DEMO.centerLead;
const PRESALES = DEMO.presalesShanghai;
const LEAD_NAME = 'Lin Tao (finance delivery center lead)';
const PRESALES_NAME = 'Zhang Wei (presales, Shanghai)';
const CENTER_PRESALES_NAME = 'Huang Li (presales, finance center)';
const SALES_NAME = 'Chen Jie (sales, Shanghai)';

async function submit(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(/^Done: /)).toBeVisible();
}

/** The inbox item of this project, of this kind, opened. */
async function openInboxItem(page: Page, projectName: string, kind: string): Promise<void> {
  await page.goto('/inbox');
  const item = page.getByRole('list', { name: 'Items of this tab' }).getByRole('link').filter({ hasText: projectName }).filter({ hasText: kind });
  await item.first().click();
}

test('a project from its opening to its scores, by clicking, as the people of the demo organisation', async ({ browser }) => {
  test.setTimeout(420_000);
  const projectName = `Core banking ${Date.now()}`;

  // A sales person opens the project, seeing the tier it will get before submitting.
  const sales = await signedIn(browser, SALES);
  await sales.getByRole('menuitem', { name: /New project/ }).click();
  await expect(sales.getByRole('heading', { name: 'New project', level: 1 })).toBeVisible();
  await expect(sales.getByText('Fill in the form to see the tier, the budget and who dispatches it.')).toBeVisible();
  await expectNoAxeViolations(sales, 'the new project form');
  await sales.getByLabel('Project name').fill(projectName);
  await sales.getByLabel('Customer', { exact: true }).fill('Bank of Ningbo');
  await sales.getByLabel('Industry').fill('finance');
  await sales.getByLabel('Expected value (yuan)').fill('12,000,000.00');
  const preview = sales.locator('.new-project-aside');
  await expect(preview.getByText('Tier A')).toBeVisible();
  await expect(preview.getByText('¥240,000')).toBeVisible();
  await expectNoAxeViolations(sales, 'the new project form with its preview');
  await sales.getByRole('button', { name: 'Open the project' }).click();
  await expect(sales).toHaveURL(/\/projects\/[0-9a-f-]{36}$/);
  const projectUrl = new URL(sales.url()).pathname;
  const projectId = projectUrl.slice('/projects/'.length);
  await expect(sales.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
  await expect(sales.getByRole('region', { name: 'Timeline' }).getByText('Project opened')).toBeVisible();
  await expectNoAxeViolations(sales, 'the project page');

  // The finance center lead dispatches it on the project page, appointing himself.
  const lead = await signedIn(browser, CENTER_LEAD);
  let dialog = await openAction(lead, projectId, 'Dispatch (appoint the lead)');
  await expectNoAxeViolations(lead, 'the dispatch dialog');
  await choose(lead, dialog, 'Delivery team lead to appoint', LEAD_NAME);
  await submit(lead, dialog);
  await expect(lead.getByText(`lead appointed · ${LEAD_NAME}`)).toBeVisible();

  // The owner asks for a presales engineer of the center.
  dialog = await openAction(sales, projectId, 'Request a resource');
  await choose(sales, dialog, 'Role', 'presales');
  await dialog.getByLabel('Days').fill('2');
  await choose(sales, dialog, 'A particular person (optional)', CENTER_PRESALES_NAME);
  await dialog.getByLabel('What the resource is for').fill('Core banking workshop with the customer');
  await submit(sales, dialog);

  // The team lead approves it in the inbox.
  await openInboxItem(lead, projectName, 'Resource approval');
  await lead.getByRole('button', { name: 'Approve' }).click();
  await lead.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
  await expect(lead.getByText('This item is approved: nothing more to decide.')).toBeVisible();

  // The owner advances, naming a presales person, who accepts the handoff in the inbox.
  dialog = await openAction(sales, projectId, 'Advance to the next stage');
  await dialog.getByRole('button', { name: 'Submit' }).click();
  await expect(dialog.getByText('Choose a person.')).toBeVisible();
  await choose(sales, dialog, 'Next owner (presales)', PRESALES_NAME);
  await submit(sales, dialog);
  await expect(sales.getByText(/Handoff offered: .* → Zhang Wei/)).toBeVisible();

  const presales = await signedIn(browser, PRESALES);
  await openInboxItem(presales, projectName, 'Handoff offer');
  await presales.getByRole('button', { name: 'Accept' }).click();
  await presales.getByRole('dialog').getByRole('button', { name: 'Accept' }).click();
  await expect(presales.getByText('This item is accepted: nothing more to decide.')).toBeVisible();

  // The team lead signs feasibility — by keyboard alone; Escape closes the dialog without signing.
  await lead.goto(projectUrl);
  const sign = lead.getByRole('region', { name: 'What you can do' }).getByRole('button', { name: 'Sign feasibility' });
  await sign.focus();
  await lead.keyboard.press('Enter');
  dialog = lead.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await lead.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await sign.focus();
  await lead.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('What was checked').focus();
  await lead.keyboard.type('The center has core banking people free in the quarter.');
  await dialog.getByRole('button', { name: 'Submit' }).focus();
  await lead.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(lead.getByRole('region', { name: 'Delivery feasibility' })).toContainText('Feasible — signed by Lin Tao');

  // The presales owner walks discovery → solution → proof of concept, then hands the proposal to sales.
  // The dialog names the stage by its label in the policy the project pinned.
  for (const stage of ['方案设计 solution design', '测试验证 proof of concept']) {
    dialog = await openAction(presales, projectId, 'Advance to the next stage');
    await expect(dialog).toContainText(`The project moves to ${stage}.`);
    await submit(presales, dialog);
  }
  dialog = await openAction(presales, projectId, 'Advance to the next stage');
  await choose(presales, dialog, 'Next owner (sales)', SALES_NAME);
  await submit(presales, dialog);
  await openInboxItem(sales, projectName, 'Handoff offer');
  await sales.getByRole('button', { name: 'Accept' }).click();
  await sales.getByRole('dialog').getByRole('button', { name: 'Accept' }).click();
  await expect(sales.getByText('This item is accepted: nothing more to decide.')).toBeVisible();

  // Sales advances to negotiation and closes the deal won.
  dialog = await openAction(sales, projectId, 'Advance to the next stage');
  await submit(sales, dialog);
  dialog = await openAction(sales, projectId, 'Close');
  await expect(dialog.getByLabel('Won')).toBeChecked();
  await dialog.getByLabel('Final value (yuan)').fill('11,500,000');
  await submit(sales, dialog);
  await expect(sales.getByText('Won', { exact: true }).first()).toBeVisible();
  await expect(sales.getByRole('region', { name: 'Credit' })).toContainText('¥11,500,000');

  // The owner at close scores everyone who took part.
  dialog = await openAction(sales, projectId, 'Score participants');
  const rows = dialog.locator('fieldset');
  const count = await rows.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i += 1) {
    await rows.nth(i).getByRole('radio', { name: '4' }).check();
    await rows.nth(i).getByLabel('Comment').fill('Prepared and on time');
  }
  await submit(sales, dialog);
  await expect(sales.getByRole('region', { name: 'Scores' })).toContainText('complete');
  await expect(sales.getByRole('region', { name: 'What you can do' })).toContainText('Nothing for you to do on this project now.');
  await expectNoAxeViolations(sales, 'the closed project page');

  // A sales person of another office cannot open it: the same page as for a project that does not exist.
  const other = await signedIn(browser, SALES_OTHER_OFFICE);
  await other.goto(projectUrl);
  await expect(other.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(other.getByText(projectName)).toHaveCount(0);

  for (const page of [sales, lead, presales, other]) await page.context().close();
});

test('the pipeline board: filters in the address, cards that open the project, axe, and 375 px', async ({ browser }) => {
  const projectName = `Branch network ${Date.now()}`;
  const sales = await signedIn(browser, SALES);
  // A project opened through the API, so the board has a card to find.
  const session = await sales.request.get('/api/session');
  const { person, csrfToken } = (await session.json()) as { person: { id: string; officeId: string }; csrfToken: string };
  const created = await sales.request.post('/api/projects', {
    headers: { 'X-CSRF-Token': csrfToken },
    data: { name: projectName, customerName: 'Bank of Ningbo', industry: 'finance', officeId: person.officeId, expectedValue: { amount: 1_200_000_000, currency: 'CNY' }, salesOwnerId: person.id },
  });
  expect(created.status(), await created.text()).toBe(201);
  await sales.goto('/inbox');
  await sales.getByRole('menuitem', { name: /Pipeline/ }).click();
  await expect(sales.getByRole('heading', { name: 'Pipeline board', level: 1 })).toBeVisible();
  const qualify = sales.getByRole('region', { name: '立项 qualify' });
  const card = qualify.getByRole('link').filter({ hasText: projectName });
  await expect(card).toContainText('Tier A');
  await expect(card).toContainText('On track');
  await expect(card).toContainText('Owner: Chen Jie');
  await expectNoAxeViolations(sales, 'the pipeline board');

  await choose(sales, sales, 'Tier', 'A');
  await expect(sales).toHaveURL(/\/pipeline\?tier=A$/);
  await sales.getByText('List', { exact: true }).click();
  await expect(sales).toHaveURL(/view=list/);
  await expect(sales.getByRole('table').getByRole('link', { name: projectName })).toBeVisible();
  await choose(sales, sales, 'Status', 'Lost');
  await expect(sales).toHaveURL(/status=lost/);
  await expect(sales.getByRole('table').getByRole('link', { name: projectName })).toHaveCount(0);
  await expectNoAxeViolations(sales, 'the pipeline list');
  await sales.context().close();

  const phone = await signedIn(browser, SALES, { width: 375, height: 740 });
  await phone.goto('/pipeline');
  await expect(phone.getByRole('heading', { name: 'Pipeline board', level: 1 })).toBeVisible();
  await expect(phone.getByRole('region', { name: '立项 qualify' })).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(phone, 'the pipeline board at 375 px');
  await phone.getByRole('region', { name: '立项 qualify' }).getByRole('link').filter({ hasText: projectName }).click();
  await expect(phone.getByRole('heading', { name: projectName, level: 1 })).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(phone, 'a project at 375 px');
  await phone.context().close();
});
