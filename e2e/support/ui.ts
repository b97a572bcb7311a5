import type { Locator, Page } from 'playwright-core';

/** The open antd Select popup's option whose text contains `text` (exact: the whole label). */
function option(page: Page, text: string, exact: boolean): Locator {
  const options = page.locator(
    '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
  );
  return exact ? options.and(page.locator(`[title="${text}"]`)) : options.filter({ hasText: text });
}

export async function chooseOption(page: Page, selectTestId: string, text: string): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await option(page, text, true).click();
}

/** Types into a searching select (OrgPicker) and picks the hit whose label contains `name`. */
export async function searchAndChoose(
  page: Page,
  selectTestId: string,
  query: string,
  name: string,
): Promise<void> {
  await page.getByTestId(selectTestId).click();
  await page.getByTestId(selectTestId).locator('input').fill(query);
  await option(page, name, false).first().click();
}

export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL(/\/orgs/);
}

export async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await page.waitForURL(/\/login/);
}

export function treeNode(page: Page, name: string): Locator {
  return page.getByTestId('org-tree').getByTestId('org-node').getByText(name, { exact: true });
}

export async function openOrgInTree(page: Page, name: string): Promise<void> {
  await treeNode(page, name).click();
  await orgTitle(page, name).waitFor();
}

export function orgTitle(page: Page, name: string): Locator {
  return page.getByTestId('org-title').getByText(name, { exact: true });
}

/** Fills the open OrgFormModal and waits for the new org's page. */
export async function submitOrgForm(page: Page, name: string, kindLabel?: string): Promise<void> {
  if (kindLabel) await chooseOption(page, 'org-kind', kindLabel);
  await page.getByTestId('org-name').fill(name);
  await page.getByTestId('org-form-submit').click();
  await orgTitle(page, name).waitFor();
}

export async function createChildOrg(page: Page, name: string, kindLabel?: string): Promise<void> {
  await page.getByTestId('create-child-org').click();
  await submitOrgForm(page, name, kindLabel);
}

/** Signs a new account in and chooses the new password it must set before anything else. */
export async function signInFirstTime(
  page: Page,
  username: string,
  password: string,
  newPassword: string,
): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('current-password').fill(password);
  await page.getByTestId('new-password').fill(newPassword);
  await page.getByTestId('confirm-password').fill(newPassword);
  await page.getByTestId('change-password-submit').click();
  await page.getByTestId('change-password-submit').waitFor({ state: 'detached' });
}
