import { expect, test } from '@playwright/test';
import { DEMO, expectNoAxeViolations, openProjectAs, signInPage } from './support';

const CENTER_LEAD = DEMO.centerLead;

test('a delivery center lead rejects a dispatch from the inbox, in Chinese and in English', async ({ page, request }) => {
  const projectName = `Core banking ${Date.now()}`;
  await openProjectAs(request, { name: projectName });

  await page.goto('/inbox');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Finbox$/);
  await expect(page.getByRole('heading', { name: '登录 Moat' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expectNoAxeViolations(page, 'the sign-in page (zh-CN)');

  await signInPage(page, CENTER_LEAD);
  await expect(page).toHaveURL(/\/inbox$/);
  await expect(page.getByRole('heading', { name: '待办', level: 1 })).toBeVisible();
  const list = page.getByRole('list', { name: '本页签的事项' });
  const item = list.getByRole('link').filter({ hasText: projectName });
  await expect(item).toContainText('派单审批');
  await expectNoAxeViolations(page, 'the inbox (zh-CN)');

  await item.click();
  await expect(page).toHaveURL(/\/inbox\/approval\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: `派单审批 · ${projectName}` })).toBeVisible();
  await expect(page.getByText('¥12,000,000')).toBeVisible();
  await expectNoAxeViolations(page, 'an approval in the inbox (zh-CN)');

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: `Dispatch approval · ${projectName}` })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Inbox/ })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Admin/ })).toHaveCount(0);
  await expectNoAxeViolations(page, 'an approval in the inbox (en)');

  // Rejecting needs a reason; Escape closes the dialog without deciding.
  await page.getByRole('button', { name: 'Reject' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog.getByText('Give a reason: the requester sees it.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Reject' }).click();
  await dialog.getByLabel('Reason').fill('No capacity in the finance center this quarter');
  await dialog.getByRole('button', { name: 'Reject' }).click();

  await expect(page.getByText('This item is rejected: nothing more to decide.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Items of this tab' }).getByRole('link').filter({ hasText: projectName })).toHaveCount(0);

  // It is now among what the lead decided, on a tab with its own address.
  await page.getByRole('tab', { name: 'Decided by me' }).click();
  await expect(page).toHaveURL(/\?tab=decided$/);
  await expect(page.getByRole('list', { name: 'Items of this tab' }).getByRole('link').filter({ hasText: projectName })).toContainText(
    'Dispatch approval',
  );
  await expectNoAxeViolations(page, 'the decided tab (en)');

  // The choice of language outlives a reload.
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
});

test('the inbox works on a 375 px phone screen', async ({ browser, request }) => {
  const projectName = `Branch network ${Date.now()}`;
  await openProjectAs(request, { name: projectName });
  const context = await browser.newContext({ viewport: { width: 375, height: 740 }, locale: 'zh-CN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signInPage(page, CENTER_LEAD);
  await expect(page.getByRole('heading', { name: '待办', level: 1 })).toBeVisible();

  const item = page.getByRole('list', { name: '本页签的事项' }).getByRole('link').filter({ hasText: projectName });
  await item.click();
  await expect(page.getByRole('heading', { name: `派单审批 · ${projectName}` })).toBeVisible();
  await expect(page.getByRole('button', { name: '驳回' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page, 'an approval at 375 px');

  await page.getByRole('link', { name: /返回/ }).click();
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('tab', { name: /Waiting for me/ })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page, 'the inbox list at 375 px (en)');

  // The menu lives in a drawer.
  await expect(page.getByRole('menuitem', { name: /Inbox/ })).toHaveCount(0);
  await page.getByRole('button', { name: 'Open the menu' }).click();
  await expect(page.getByRole('menuitem', { name: /Pipeline/ })).toBeVisible();
  await page.getByRole('menuitem', { name: /Pipeline/ }).click();
  await expect(page.getByRole('heading', { name: 'Pipeline board', level: 1 })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /Pipeline/ })).toBeHidden();
  await context.close();
});
