import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEMO, openProjectAs, signInPage } from './support';

/**
 * `npm run screenshots`: every screen at 1280 px and at 375 px, in Chinese, into docs/screenshots/ (shown in the
 * README). Skipped in `npm test`: the pictures change with every Chromium update and are refreshed by hand.
 */
test.skip(!process.env.MOAT_SCREENSHOTS, 'set MOAT_SCREENSHOTS=1 (npm run screenshots) to refresh docs/screenshots');

const OUT = path.resolve(__dirname, '..', '..', 'docs', 'screenshots');
const WIDTHS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 375, height: 812 },
] as const;

async function shoot(page: Page, file: string): Promise<void> {
  await page.waitForLoadState('networkidle');
  for (const { name, width, height } of WIDTHS) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(OUT, `${file}-${name}.png`), fullPage: false });
  }
}

test('every screen, as the people who use it see it', async ({ page, request, browser }) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shoot(page, 'sign-in');

  // A project to show: opened by a Shanghai sales person, waiting for the finance center's dispatch.
  const projectId = await openProjectAs(request, { name: '核心银行系统升级', customerName: '宁波银行' });

  const as = async (email: string) => {
    const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const p = await context.newPage();
    await p.goto('/sign-in');
    await signInPage(p, email);
    await expect(p).toHaveURL(/\/inbox/);
    return p;
  };

  const lead = await as(DEMO.centerLead);
  await shoot(lead, 'inbox');

  const owner = await as(DEMO.salesShanghai);
  for (const [url, file] of [
    ['/pipeline', 'pipeline'],
    [`/projects/${projectId}`, 'project'],
    ['/projects/new', 'new-project'],
    ['/me', 'me'],
  ] as const) {
    await owner.goto(url);
    await shoot(owner, file);
  }

  const director = await as(DEMO.director);
  for (const [url, file] of [
    ['/resources', 'resources'],
    ['/reports', 'reports'],
  ] as const) {
    await director.goto(url);
    await shoot(director, file);
  }

  const admin = await as(DEMO.admin);
  await admin.goto('/admin');
  await shoot(admin, 'admin');
});
