import { readFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DEMO, expectNoAxeViolations, openProjectAs, signInPage } from './support';

/** A signed-in page for `email`, in Chinese unless told otherwise, at `width` px. */
async function signedIn(browser: Browser, email: string, width = 1280): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await signInPage(page, email);
  await expect(page).toHaveURL(/\/inbox/);
  return page;
}

/** antd's dialogs and lists fade and zoom in and out: axe judges colours only once nothing moves. */
async function axeWhenSettled(page: Page, where: string): Promise<void> {
  // Endless ones (a skeleton's shimmer, a spinner) do not count: they never settle.
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity),
  );
  await expectNoAxeViolations(page, where);
}

const REPORT_TABS = ['停滞商机', '预算', '资源利用率', '业绩与收入', '目标达成', '售前投入产出', '承诺兑现', '评分', '资源分配公平性'] as const;

test('a director reads every report as a chart with its table, and downloads one as CSV', async ({ browser, request }) => {
  // A project opened today, so the budget and allocation reports have a row to show.
  const projectName = `Treasury ${Date.now()}`;
  await openProjectAs(request, { name: projectName, amount: 800_000_000 });

  const page = await signedIn(browser, DEMO.director);
  await page.getByRole('menuitem', { name: /报表/ }).click();
  await expect(page.getByRole('heading', { name: '报表', level: 1 })).toBeVisible();

  for (const tab of REPORT_TABS) {
    await page.getByRole('tab', { name: tab }).click();
    const panel = page.getByRole('tabpanel');
    const chart = panel.locator('[data-chart="echarts"]').first();
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAttribute('aria-label', /.+/);
    await expect(chart.locator('svg')).toHaveCount(1);
    await expect(panel.getByRole('table').first()).toBeVisible();
    await expect(panel.getByRole('button', { name: /下载 CSV/ }).first()).toBeVisible();
    await axeWhenSettled(page, `the ${tab} report`);
  }

  await page.getByRole('tab', { name: '预算' }).click();
  await expect(page).toHaveURL(/tab=budget/);
  await expect(page.getByRole('tabpanel').getByRole('table')).toContainText(projectName);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('tabpanel').getByRole('button', { name: /下载 CSV/ }).click()]);
  expect(download.suggestedFilename()).toBe('budget-open.csv');
  const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...lines] = csv.trim().split('\r\n');
  expect(header).toBe('项目,客户,等级,币种,预算,已承诺,实际,剩余,已用');
  expect(lines.find((line) => line.startsWith(`${projectName},`))).toMatch(/,Bank of Ningbo,[A-E],CNY,\d+/);

  // The allocation tab's window lives in the address.
  await page.getByRole('tab', { name: '资源分配公平性' }).click();
  await expect(page.getByText('预订人天基尼系数')).toBeVisible();
  await expect(page.getByRole('tabpanel').getByRole('table').first()).toContainText('Chen Jie');

  // Resources: people by week, and the finance delivery center's page.
  await page.getByRole('menuitem', { name: /资源/ }).click();
  await expect(page.getByRole('heading', { name: '资源', level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: '各人各周预订人天（可横向滚动）' }).getByRole('table')).toContainText('Huang Li');
  await axeWhenSettled(page, 'the resources screen');
  await page.getByRole('link', { name: 'Finance delivery center (demo)' }).click();
  await expect(page.getByRole('heading', { name: 'Finance delivery center (demo)', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^售前（\d+）$/ })).toBeVisible();
  await expect(page.getByText('赢单率')).toBeVisible();
  await axeWhenSettled(page, 'a delivery center');
  await page.context().close();
});

test('an admin invites a person and sees the link once, and the policy editor names an invalid field', async ({ browser }) => {
  const page = await signedIn(browser, DEMO.admin);
  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: '管理', level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: /^人员（\d+）$/ })).toBeVisible();
  await axeWhenSettled(page, 'admin: people');

  await page.getByRole('button', { name: '邀请人员' }).click();
  const dialog = page.getByRole('dialog');
  const email = `qian-${Date.now()}@example.cn`;
  await dialog.getByLabel('姓名').fill('Qian Yu');
  await dialog.getByLabel('电子邮箱').fill(email);
  // The option list fades in: a click during the animation can miss, so pick until the choice shows in the field.
  await expect(async () => {
    await dialog.getByLabel('角色').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="售前"]').click({ timeout: 2_000 });
    await expect(dialog.getByText('售前', { exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.keyboard.press('Escape'); // closes the open list, not the dialog
  await expect(page.locator('.ant-select-dropdown')).toBeHidden(); // axe once it has faded out
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('费率级别').fill('P3');
  await axeWhenSettled(page, 'the invitation dialog');
  await dialog.getByRole('button', { name: '邀请人员' }).click();

  const link = page.getByTestId('one-time-link');
  await expect(link).toContainText(/\/set-password#token=\S+/);
  const address = (await link.textContent())!.match(/\S*\/set-password#token=\S+/)![0];
  await axeWhenSettled(page, 'the one-time link');
  await page.getByRole('button', { name: '我已复制' }).click();
  await expect(link).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Qian Yu');

  // The invited person follows the link, chooses a password, and signs in with it.
  const invited = await (await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await invited.goto(address);
  await expect(invited.getByRole('heading', { name: '设置密码', level: 1 })).toBeVisible();
  await axeWhenSettled(invited, 'the set-password page');
  await invited.getByLabel('新密码', { exact: true }).fill('qian yu chooses a passphrase');
  await invited.getByLabel('再次输入新密码').fill('qian yu chooses a passphrase');
  await invited.getByRole('button', { name: '设置密码' }).click();
  await expect(invited.getByRole('heading', { name: `密码已设置。请以 ${email} 登录。` })).toBeVisible();
  await invited.getByRole('link', { name: '前往登录' }).click();
  await invited.getByLabel(/电子邮箱/).fill(email);
  await invited.getByLabel(/^密码$/).fill('qian yu chooses a passphrase');
  await invited.getByRole('button', { name: /^登录$/ }).click();
  await expect(invited).toHaveURL(/\/inbox/);
  await invited.context().close();

  for (const [section, heading] of [
    ['offices', '办事处'],
    ['centers', '交付中心'],
    ['hotlines', '服务热线'],
  ] as const) {
    await page.getByRole('tab', { name: heading }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/${section}$`));
    await expect(page.getByRole('heading', { name: heading, level: 2 })).toBeVisible();
    await axeWhenSettled(page, `admin: ${section}`);
  }

  await page.getByRole('tab', { name: '政策' }).click();
  await expect(page).toHaveURL(/\/admin\/policy$/);
  await expect(page.getByRole('heading', { name: /^政策：现行第 \d+ 版$/ })).toBeVisible();
  const editor = page.getByLabel('政策文档（JSON）');
  const document = JSON.parse(await editor.inputValue()) as { capacityDaysPerWeek: number };
  await editor.fill(JSON.stringify({ ...document, capacityDaysPerWeek: 99 }, null, 2));
  await page.getByRole('button', { name: '检查' }).click();
  await expect(page.getByRole('list', { name: '按字段列出的问题' })).toContainText('capacityDaysPerWeek');
  await expect(page.getByRole('button', { name: '发布' })).toBeDisabled();
  await axeWhenSettled(page, 'admin: policy with a problem');
  await page.context().close();
});

test('a presales person sets an out-of-office delegate, and Me works at 375 px', async ({ browser }) => {
  const page = await signedIn(browser, DEMO.presalesShanghai);
  await page.getByRole('menuitem', { name: /我的/ }).click();
  await expect(page.getByRole('heading', { name: '我的', level: 1 })).toBeVisible();
  await axeWhenSettled(page, 'me: notifications');
  await page.getByRole('tab', { name: '通知渠道' }).click();
  await expect(page.getByRole('checkbox', { name: 'Webhook（群机器人）' })).toBeVisible();
  await axeWhenSettled(page, 'me: channels');
  await page.getByRole('tab', { name: '密码' }).click();
  await expect(page.getByLabel('当前密码')).toBeVisible();
  await axeWhenSettled(page, 'me: password');

  await page.getByRole('tab', { name: '外出代理' }).click();
  await expect(page).toHaveURL(/tab=delegation/);
  await expect(page.getByText('尚未设置代理人。')).toBeVisible();
  // The list is virtual: search for the person rather than scroll to them.
  await page.getByRole('combobox', { name: '代理人' }).fill('Wang Lei');
  await page.locator('.ant-select-item-option[title="Wang Lei (Shanghai office manager)"]').click();
  const local = (days: number) => {
    const d = new Date(Date.now() + days * 86_400_000);
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T09:00`;
  };
  await page.getByLabel('开始时间', { exact: true }).fill(local(1));
  await page.getByLabel('结束时间', { exact: true }).fill(local(8));
  await page.getByRole('button', { name: '保存代理人' }).click();
  await expect(page.getByRole('button', { name: '结束代理' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Wang Lei (Shanghai office manager)' })).toBeVisible();
  await axeWhenSettled(page, 'me: delegation set');
  await page.context().close();

  const phone = await signedIn(browser, DEMO.presalesShanghai, 375);
  for (const tab of ['', '?tab=channels', '?tab=delegation', '?tab=password']) {
    await phone.goto(`/me${tab}`);
    await expect(phone.getByRole('heading', { name: '我的', level: 1 })).toBeVisible();
    await expect(phone.getByRole('tabpanel')).toBeVisible();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth), `me${tab} at 375 px`).toBeLessThanOrEqual(375);
    await axeWhenSettled(phone, `me${tab} at 375 px`);
  }
  await phone.context().close();
});
