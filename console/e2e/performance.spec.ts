import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, expectNoAxeViolations, signInPage } from './support';

/** The quarter before today's (2026Q3 in November 2026): it has ended, so a director may close it without `early`. */
function previousQuarter(today = new Date()): string {
  const quarter = Math.floor(today.getUTCMonth() / 3) + 1;
  return quarter === 1 ? `${today.getUTCFullYear() - 1}Q4` : `${today.getUTCFullYear()}Q${quarter - 1}`;
}

/** antd's dialogs and messages fade in and out: axe judges colours only once nothing moves. */
async function axeWhenSettled(page: Page, where: string): Promise<void> {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  await expectNoAxeViolations(page, where);
}

test('a director reads a period’s performance results, downloads the CSV for HR, and closes the period', async ({ browser }) => {
  const period = previousQuarter();
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signInPage(page, DEMO.director);
  await expect(page).toHaveURL(/\/inbox/);

  await page.getByRole('menuitem', { name: /报表/ }).click();
  await page.getByRole('tab', { name: '绩效' }).click();
  await expect(page).toHaveURL(/tab=performance/);
  const panel = page.getByRole('tabpanel');
  const periodInput = panel.getByLabel('考核期（如 2026Q3 或 2026）');
  await periodInput.fill(period);
  await periodInput.press('Enter');
  await expect(page).toHaveURL(new RegExp(`period=${period}`));
  await expect(panel.getByRole('heading', { name: `${period} 绩效结果`, exact: true, level: 2 })).toBeVisible();

  // Not closed yet: a preview under the current policy. The demo organisation has scored nothing, so no one is listed.
  const status = page.getByTestId('performance-status');
  await expect(status).toContainText('预览');
  await expect(status).toContainText('尚未关账');
  await expect(panel.getByText(`${period} 暂无计入的评分`)).toBeVisible();
  await axeWhenSettled(page, 'the performance tab (preview)');

  // The CSV is the server's, one line per person, with the header HR's sheet expects.
  const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /下载 CSV/ }).click()]);
  expect(download.suggestedFilename()).toBe(`performance-${period}.csv`);
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  expect(csv.split('\r\n')[0]).toBe('period,status,person_id,name,role,result,score_share_percent,pay_factor_percent,projects,days_worked,open_appeals');

  // Closing asks for a reason; the period then shows its appeal window.
  await panel.getByRole('button', { name: '关账' }).click();
  const dialog = page.getByRole('dialog', { name: `${period} 关账` });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '确认关账' }).click();
  await expect(dialog.getByText('请填写理由，理由将被记录。')).toBeVisible();
  await axeWhenSettled(page, 'the close-period dialog');
  await dialog.getByLabel('理由').fill('季度结束，各项目已打分');
  await dialog.getByRole('button', { name: '确认关账' }).click();
  await expect(dialog).toBeHidden();
  await expect(status).toContainText('申诉期');
  await expect(status).toContainText('申诉开放至');
  await expect(panel.getByRole('button', { name: '关账' })).toHaveCount(0);
  await axeWhenSettled(page, 'the performance tab (appeal window)');
  await context.close();
});
