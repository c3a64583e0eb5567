import { expect, test } from '@playwright/test';
import { apiSession, DEMO, expectNoAxeViolations, openAction, openProjectAs, signedIn } from './support';

/**
 * 统一指挥 and 商机质量 by clicking: the delivery team lead of a tier A project names its project team; the owner
 * re-scores the opportunity's quality at the gate, and a weak score lowers the tier.
 */

test('the team lead names the team; the owner re-scores quality and the tier follows', async ({ browser, request }) => {
  test.setTimeout(180_000);
  const projectId = await openProjectAs(request, { name: `Team and quality ${Date.now()}` });
  const teamLead = await apiSession(request, DEMO.presalesCenter);
  const lead = await apiSession(request, DEMO.centerLead);
  const dispatched = await request.post(`/api/projects/${projectId}/dispatch`, { headers: { 'X-CSRF-Token': lead.csrfToken }, data: { teamLeadId: teamLead.person.id } });
  expect(dispatched.status(), await dispatched.text()).toBe(200);

  const page = await signedIn(browser, DEMO.presalesCenter);
  const naming = await openAction(page, projectId, 'Name the project team');
  // The option list may re-render under the pointer while the candidates load: choose until the choice shows.
  const chosen = naming.locator('.ant-select-selection-item').filter({ hasText: 'Zhang Wei' });
  await expect(async () => {
    if ((await chosen.count()) === 0) {
      await naming.getByLabel('Team members (you lead the team)').fill('Zhang');
      await page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: 'Zhang Wei' }).first().click({ timeout: 3_000 });
    }
    await expect(chosen).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
  // A multiple select stays open after a choice; a click outside it closes it (Escape would close the dialog).
  await naming.getByText('Name the project team', { exact: true }).click();
  await expect(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)')).toHaveCount(0);
  await naming.getByLabel('Why the team changes').click();
  await naming.getByLabel('Why the team changes').fill('Zhang Wei knows the bank');
  await expectNoAxeViolations(page, 'the team dialog');
  await naming.getByRole('button', { name: 'Submit' }).click();
  await expect(naming).toBeHidden();
  const team = page.getByRole('region', { name: 'Project team' });
  await expect(team.getByRole('listitem').filter({ hasText: 'Zhang Wei' })).toContainText('named');
  await expect(team.getByRole('listitem').filter({ hasText: 'Huang Li' })).toContainText('team lead');
  await expectNoAxeViolations(page, 'the project page with its team');

  const sales = await signedIn(browser, DEMO.salesShanghai);
  const rescoring = await openAction(sales, projectId, 'Re-score opportunity quality');
  for (const [factor, score] of [['Win probability', '1'], ['Strategic value', '2'], ['Competitive position', '1'], ['Customer importance', '2']] as const) {
    await rescoring.getByRole('radiogroup', { name: factor }).getByText(score, { exact: true }).click();
  }
  await rescoring.getByLabel('What changed').fill('The sponsor left the bank');
  await expectNoAxeViolations(sales, 'the quality dialog');
  await rescoring.getByRole('button', { name: 'Submit' }).click();
  await expect(rescoring).toBeHidden();
  await expect(sales.getByText('Tier B').first()).toBeVisible();
  await expect(sales.getByText(/^1\.4 of 5 \(win 1/)).toBeVisible();
});
