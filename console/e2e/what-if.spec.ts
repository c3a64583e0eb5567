import { expect, test } from '@playwright/test';
import { apiSession, DEMO, expectNoAxeViolations, openProjectAs, signInPage } from './support';

/**
 * What-if, by clicking: a director moves tier A from ¥10,000,000 down to ¥8,000,000 in the policy editor, tries it on
 * the past year's projects, sees a ¥9,000,000 project opened today move from B to A, and publishes it with the what-if
 * linked in the reason. The policy in force is put back afterwards (the other files open projects under it).
 */
test('a director tries a lower tier-A threshold on past projects, compares, and publishes it with the what-if', async ({ browser, request }) => {
  const projectName = `Branch network ${Date.now()}`;
  await openProjectAs(request, { name: projectName, amount: 900_000_000 });
  const { csrfToken } = await apiSession(request, DEMO.director);
  const before = (await (await request.get('/api/policy')).json()) as { version: number; document: { tiers: { thresholds: { CNY: { A: number } } } } };

  const context = await browser.newContext({ locale: 'en-US', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signInPage(page, DEMO.director);
  await expect(page).toHaveURL(/\/inbox/);
  await page.getByRole('menuitem', { name: /Admin|管理/ }).click();
  await expect(page.getByRole('heading', { name: /Policy: version \d+ in force|政策：现行第 \d+ 版/ })).toBeVisible();

  const editor = page.getByLabel(/Policy document \(JSON\)|政策文档（JSON）/);
  const document = JSON.parse(await editor.inputValue()) as typeof before.document;
  document.tiers.thresholds.CNY.A = 800_000_000;
  await editor.fill(JSON.stringify(document, null, 2));
  await page.getByRole('button', { name: /Run the what-if|运行试算/ }).click();

  const changed = page.getByRole('table').filter({ hasText: projectName });
  await expect(changed.getByRole('row').filter({ hasText: projectName })).toContainText(/B → A/);
  await expect(page.getByText(/Tier A: projects|A 级：项目数/).first()).toBeVisible();
  await expectNoAxeViolations(page, 'the what-if comparison');

  await page.getByRole('button', { name: /Publish with this what-if|附此试算发布/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Reason|原因/).fill('Tier A from ¥8,000,000');
  await dialog.getByRole('button', { name: /^(Publish|发布)$/ }).click();
  await expect(page.getByRole('heading', { name: new RegExp(`version ${before.version + 1} in force|现行第 ${before.version + 1} 版`) })).toBeVisible();
  const published = (await (await request.get(`/api/policy/versions/${before.version + 1}`)).json()) as { reason: string };
  expect(published.reason).toMatch(/^Tier A from ¥8,000,000 \[what-if [0-9a-f-]{36}: .+ would change\]$/);

  const restored = await request.put('/api/policy', { headers: { 'X-CSRF-Token': csrfToken }, data: { document: before.document, reason: 'e2e: back to the policy before the what-if' } });
  expect(restored.status(), await restored.text()).toBe(201);
  await context.close();
});
