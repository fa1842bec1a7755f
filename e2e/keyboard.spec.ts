import { expect, test, type Locator, type Page } from '@playwright/test';
import { hydrateIslands } from './support/islands.ts';
import { PAGE_TYPES } from './support/page-types.ts';
import { devCode, freshPhone } from './support/participant.ts';

// The phone the quality bar names: 360×740, as a low-end Android phone in WeChat.
test.use({ viewport: { width: 360, height: 740 } });

/**
 * Marks every element a keyboard user should reach, in document order, with `data-tab-stop`, and
 * returns a readable name for each. Reachable: focusable by its nature or by a non-negative
 * tabindex, enabled, rendered and not inert.
 */
function markTabStops(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector = [
      'a[href]', 'area[href]', 'button', 'input:not([type="hidden"])', 'select', 'textarea', 'iframe', 'summary',
      'audio[controls]', 'video[controls]', '[contenteditable]:not([contenteditable="false"])', '[tabindex]',
    ].join(', ');
    const stops = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.tabIndex >= 0 && !el.matches(':disabled') && !el.closest('[inert]') && el.checkVisibility({ visibilityProperty: true }),
    );
    return stops.map((el, index) => {
      el.dataset.tabStop = String(index);
      const label = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? '';
      return `${el.tagName.toLowerCase()} "${label.replace(/\s+/g, ' ').trim()}"`;
    });
  });
}

interface TabStep {
  /** `data-tab-stop` of the element Tab focused; null when focus left the page's stops. */
  stop: string | null;
  /** The focused element lies inside the viewport. */
  inView: boolean;
  /** The previously focused element, or one of its ancestors (a card around a link), drew an outline or shadow only while it had focus. */
  previousHadIndicator: boolean | null;
}

/**
 * Presses Tab once and reports where focus went. The focus indicator of the element focused
 * before is judged now that it has lost focus: its focused styles (kept from the previous step)
 * must show an outline or box-shadow that its unfocused styles do not, on it or an ancestor.
 */
async function pressTab(page: Page): Promise<TabStep> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    type Look = string[];
    const store = window as unknown as { __focusLooks?: { element: Element; focused: Look } };
    // Outline and box-shadow of the element and each ancestor below <body>, '' where none is drawn.
    const looks = (element: Element): Look => {
      const result: Look = [];
      for (let node: Element | null = element; node && node !== document.body; node = node.parentElement) {
        const style = getComputedStyle(node);
        const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor !== 'rgba(0, 0, 0, 0)';
        result.push(`${outline ? `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}` : ''}|${style.boxShadow === 'none' ? '' : style.boxShadow}`);
      }
      return result;
    };
    let previousHadIndicator: boolean | null = null;
    if (store.__focusLooks) {
      const { element, focused } = store.__focusLooks;
      const unfocused = looks(element);
      previousHadIndicator = focused.some((look, i) => look !== '|' && look !== unfocused[i]);
    }
    const active = document.activeElement;
    const stop = active instanceof HTMLElement ? (active.dataset.tabStop ?? null) : null;
    let inView = false;
    if (active && active !== document.body) {
      store.__focusLooks = { element: active, focused: looks(active) };
      const box = active.getBoundingClientRect();
      inView = box.width > 0 && box.height > 0 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
    } else {
      delete store.__focusLooks;
    }
    return { stop, inView, previousHadIndicator };
  });
}

/** Presses Tab until the target has focus, failing after `limit` presses. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused({ timeout: 0 });
}

for (const pageType of PAGE_TYPES) {
  test(`tabbing from the top of ${pageType.label} (${pageType.path}) reaches the skip link first, then every interactive element in order, each with a visible focus indicator`, async ({ page }) => {
    await page.goto(pageType.path);
    await hydrateIslands(page);
    const stops = await markTabStops(page);
    expect(stops[0]).toBe('a "跳到正文"');

    const reached: string[] = [];
    const outOfView: string[] = [];
    const withoutIndicator: string[] = [];
    // One press more than there are stops: the last stop's indicator is judged when focus leaves it.
    for (let press = 0; press <= stops.length; press++) {
      const step = await pressTab(page);
      if (step.previousHadIndicator === false) withoutIndicator.push(reached.at(-1) ?? '(before the first stop)');
      if (press === stops.length) break;
      reached.push(step.stop === null ? '(not a tab stop)' : stops[Number(step.stop)]!);
      if (!step.inView) outOfView.push(reached.at(-1)!);
    }
    expect(reached, 'the order Tab visits the elements in').toEqual(stops);
    expect(outOfView, 'focused elements outside the viewport').toEqual([]);
    expect(withoutIndicator, 'focused elements without a visible focus indicator').toEqual([]);
  });

  test(`the skip link of ${pageType.label} (${pageType.path}) takes keyboard focus past the header`, async ({ page }) => {
    await page.goto(pageType.path);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: '跳到正文' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    await page.keyboard.press('Tab');
    const afterHeader = await page.getByRole('banner').evaluate((header) => {
      const active = document.activeElement;
      return !!active && active !== document.body && !header.contains(active) && !!(header.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(afterHeader).toBe(true);
  });
}

test('a worker verifies a phone and votes with the keyboard alone', async ({ page, request }) => {
  const phone = freshPhone('139');
  await page.goto('/campaigns/singer-contest-2019/');
  // As if the page had finished loading while the worker read it: the island is interactive.
  await hydrateIslands(page);
  const section = page.getByRole('region', { name: '网络投票' });

  await tabTo(page, section.getByLabel('手机号', { exact: true }));
  await page.keyboard.type(phone);
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: '获取验证码' })).toBeFocused();
  await page.keyboard.press('Enter');

  // The island moves focus to the code field once the code is sent.
  const codeField = section.getByLabel('验证码', { exact: true });
  await expect(codeField).toBeFocused();
  await page.keyboard.type(await devCode(request, phone));
  await page.keyboard.press('Tab');
  await expect(section.getByRole('button', { name: '验证手机号' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByText('手机号已验证，可以投票。')).toBeVisible();

  const voteButton = section.getByRole('button', { name: /^投票给/ }).nth(1);
  const candidate = (await voteButton.getAttribute('aria-label'))!.replace(/^投票给/, '');
  await tabTo(page, voteButton);
  await page.keyboard.press('Space');
  await expect(section.getByTestId('vote-receipt')).toContainText(`投票成功：${candidate}`);
});
