import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Browser, type Locator, type Page } from '@playwright/test';

/** The demo organisation (runtime/demo-org.ts): everyone signs in with this password. */
export const PASSWORD = 'moat-demo-password';

export const DEMO = {
  director: 'director@demo.moat.local',
  shanghaiManager: 'sh-manager@demo.moat.local',
  beijingManager: 'bj-manager@demo.moat.local',
  centerLead: 'center-lead@demo.moat.local',
  salesShanghai: 'sales-sh@demo.moat.local',
  salesBeijing: 'sales-bj@demo.moat.local',
  presalesShanghai: 'presales-sh@demo.moat.local',
  presalesCenter: 'presales-center@demo.moat.local',
  delivery: 'delivery@demo.moat.local',
  admin: 'admin@demo.moat.local',
} as const;

/** WCAG 2.1 AA as axe checks it; the page must show no violation at all. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // A toast or dialog still fading in has its colours mid-way: axe would measure the contrast of a frame.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity)
        .map((animation) => animation.finished.catch(() => undefined)),
    ),
  );
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa']).analyze();
  const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe on ${where}`).toEqual([]);
}

/** Signs in through the sign-in page (in whichever language it shows). */
export async function signInPage(page: Page, email: string): Promise<void> {
  await page.getByLabel(/电子邮箱|E-mail/).fill(email);
  await page.getByLabel(/^密码$|^Password$/).fill(PASSWORD);
  await page.getByRole('button', { name: /^登录$|^Sign in$/ }).click();
}

/** An API session for `email` (cookie in `request`), with its CSRF token and who it is. */
export async function apiSession(request: APIRequestContext, email: string) {
  const signIn = await request.post('/api/session', { data: { email, password: PASSWORD } });
  expect(signIn.status(), await signIn.text()).toBe(200);
  return (await signIn.json()) as { person: { id: string; officeId: string; roles: string[] }; csrfToken: string };
}

/**
 * A Shanghai sales person opens a finance project through the API (tier A at the default ¥12,000,000: its dispatch
 * waits for the finance center lead); answers its id.
 */
export async function openProjectAs(
  request: APIRequestContext,
  project: { name: string; customerName?: string; amount?: number },
  email: string = DEMO.salesShanghai,
): Promise<string> {
  const { person, csrfToken } = await apiSession(request, email);
  const created = await request.post('/api/projects', {
    headers: { 'X-CSRF-Token': csrfToken },
    data: {
      name: project.name,
      customerName: project.customerName ?? 'Bank of Ningbo',
      industry: 'finance',
      officeId: person.officeId,
      expectedValue: { amount: project.amount ?? 1_200_000_000, currency: 'CNY' },
      salesOwnerId: person.id,
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  return ((await created.json()) as { id: string }).id;
}

/** A person signed in, in English, at 1280 × 900 unless told, in a browser context of their own; on their inbox. */
export async function signedIn(browser: Browser, email: string, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'en-US', viewport })).newPage();
  await page.goto('/sign-in');
  await signInPage(page, email);
  await expect(page.getByRole('heading', { name: 'Inbox', level: 1 })).toBeVisible();
  return page;
}

/** Opens the project's page and the dialog of one of the actions offered there (English labels). */
export async function openAction(page: Page, projectId: string, action: string): Promise<Locator> {
  await page.goto(`/projects/${projectId}`);
  await page.getByRole('region', { name: 'What you can do' }).getByRole('button', { name: action }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

/**
 * Picks an option of an antd Select by its visible label. A searchable select is narrowed to the option by typing
 * and picked with Enter: a long option list is virtual, and an option the pointer scrolls to can re-render away
 * under it again and again (a CI run spent seven minutes so). A select without search is short: its option is
 * clicked. Either way the pick is tried again until the field shows the option.
 */
export async function choose(page: Page, scope: Locator | Page, label: string, option: string): Promise<void> {
  const combobox = scope.getByLabel(label, { exact: true });
  const field = combobox.locator('xpath=ancestor::*[contains(concat(" ", normalize-space(@class), " "), " ant-select ")][1]');
  const openList = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)');
  const matching = openList.locator('.ant-select-item-option').filter({ hasText: option });
  await expect(async () => {
    await combobox.click();
    if (await combobox.isEditable()) {
      await combobox.fill(option);
      await expect(matching.first()).toBeVisible({ timeout: 2_000 });
      await combobox.press('Enter');
    } else {
      await matching.first().click({ timeout: 2_000 });
    }
    await expect(field).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  // The list closes on choosing; should it stay open, leaving the field closes it (Escape would close a dialog too).
  await expect(combobox).toHaveAttribute('aria-expanded', 'false', { timeout: 2_000 }).catch(() => combobox.press('Tab'));
  await expect(openList).toHaveCount(0);
}
