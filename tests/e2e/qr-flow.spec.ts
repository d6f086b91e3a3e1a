// The QR share-and-redeem widget, on the built site in real Chromium: where the drawing puts the
// money at each step, keyboard, amounts, a code a scanner can read, scroll-driven states in the
// story, reduced motion, and no JavaScript at all.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectHydrated } from '../support/hydrate.ts';
import { watchRedraws } from '../support/redraw.ts';
import jsQR from 'jsqr';
import { fill } from '../../src/lib/fill.ts';
import { DEFAULT_AMOUNT_FEN } from '../../src/widgets/qr-flow/amount.ts';
import { describeFlowState } from '../../src/widgets/qr-flow/describeFlow.ts';
import { QR_FLOW_STATE_COUNT, type MoneyPlace, type Scenario } from '../../src/widgets/qr-flow/flowStates.ts';
import { qrFlowStrings } from '../../src/widgets/qr-flow/qrFlowStrings.ts';
import { embedUrl, locales, storyUrl, type Locale } from '../support/story.ts';

const allStates = Array.from({ length: QR_FLOW_STATE_COUNT }, (_, i) => i);
const sentence = (state: number, scenario: Scenario, locale: Locale, fen = DEFAULT_AMOUNT_FEN) =>
  describeFlowState(qrFlowStrings[locale], state, scenario, fen, locale);
/** How the QR code's text alternative begins. */
const qrCodeName: Record<Locale, RegExp> = { fr: /^QR code/, en: /^QR code/, zh: /^二维码/ };

/** The live widget of a page (the embed, or the story's #how-it-works section), once hydrated. */
async function hydratedQrFlow(page: Page, scope = 'body'): Promise<Locator> {
  const widget = page.locator(`${scope} .graphic__live [data-widget="qr-flow"]`);
  await widget.scrollIntoViewIfNeeded();
  await expectHydrated(page, `${scope} .graphic__live:has([data-widget="qr-flow"])`);
  return widget;
}

/**
 * Presses Tab, or Shift+Tab when the target comes before the focus, until `target` has the focus, as
 * a keyboard user would; fails if it never does.
 */
async function tabTo(page: Page, target: Locator, maxPresses = 30) {
  const backwards = await target.evaluate((el) => {
    const focused = document.activeElement;
    return focused !== null && focused !== el && (el.compareDocumentPosition(focused) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  });
  const key = backwards ? 'Shift+Tab' : 'Tab';
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`not reachable with the Tab key: ${target}`);
}

/**
 * Where the money is at each step of section 03, as the drawing must show it: the sender's
 * balance, held by Alipay (the code made, the code travelling in a WeChat chat, WeChat Pay unable
 * to collect it), the friend's Alipay, back to the sender after 24 h. In the hypothetical
 * scenario, WeChat Pay collects from the fourth step.
 */
const moneyAt: Record<Scenario, MoneyPlace[]> = {
  trial: ['senderAlipay', 'pending', 'pending', 'pending', 'friendAlipay', 'senderAlipay'],
  interop: ['senderAlipay', 'pending', 'pending', 'friendWechatPay', 'friendWechatPay', 'friendWechatPay'],
};

/**
 * The zones of the drawing whose box holds the drawn amount whole, and whether the amount touches
 * the WeChat side at all (its region or the friend's WeChat Pay).
 */
const amountPlacement = (drawing: Locator) =>
  drawing.evaluate((root) => {
    const amount = root.querySelector('[data-money-token]');
    if (!amount) return { inside: [] as string[], touchesWechat: false, amountShown: false };
    const a = amount.getBoundingClientRect();
    const holds = (b: DOMRect) => a.left >= b.left - 0.5 && a.right <= b.right + 0.5 && a.top >= b.top - 0.5 && a.bottom <= b.bottom + 0.5;
    const overlaps = (b: DOMRect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
    const zones = [...root.querySelectorAll<HTMLElement>('[data-zone]')];
    const wechat = root.querySelectorAll('[data-zone="friendWechatPay"], [data-zone="chat"], [data-region="wechat"]');
    return {
      inside: zones.filter((zone) => holds(zone.getBoundingClientRect())).map((zone) => zone.dataset.zone!),
      touchesWechat: [...wechat].some((zone) => overlaps(zone.getBoundingClientRect())),
      amountShown: a.width > 0 && getComputedStyle(amount).visibility === 'visible',
    };
  });

/** Waits until the drawn amount has come to rest whole inside the zone of `place`, and only there. */
async function expectAmountIn(drawing: Locator, place: MoneyPlace, what: string) {
  await expect
    .poll(() => amountPlacement(drawing), { message: `${what}: the amount is drawn in ${place}` })
    .toEqual({ inside: [place], touchesWechat: place === 'friendWechatPay', amountShown: true });
}

const announcement = (widget: Locator) => widget.locator('[data-announcement]');

test.describe('embed page, keyboard only', () => {
  test('every state of both scenarios is reached, and the live region says each sentence (en)', async ({ page }) => {
    test.slow();
    await page.goto('en/embed/qr-flow/?step=0');
    const widget = await hydratedQrFlow(page);
    await expect(announcement(widget)).toHaveAttribute('aria-live', 'polite');
    await expect(widget).toHaveAttribute('data-state', '0');
    await expect(widget.locator('[data-description]')).toHaveText(sentence(0, 'trial', 'en'));

    // The trial, forwards with "Next step" (Enter), then back with "Previous step" (Space).
    const next = widget.getByRole('button', { name: 'Next step' });
    await tabTo(page, next);
    for (const state of allStates.slice(1)) {
      await page.keyboard.press('Enter');
      await expect(widget).toHaveAttribute('data-state', String(state));
      await expect(announcement(widget)).toHaveText(sentence(state, 'trial', 'en'));
    }
    // At the end "Next step" does nothing, and keeps the focus.
    await page.keyboard.press('Enter');
    await expect(widget).toHaveAttribute('data-state', '5');
    await expect(next).toBeFocused();
    await tabTo(page, widget.getByRole('button', { name: 'Previous step' }));
    await page.keyboard.press('Space');
    await expect(widget).toHaveAttribute('data-state', '4');
    await expect(announcement(widget)).toHaveText(sentence(4, 'trial', 'en'));

    // Switch to the hypothetical scenario with the arrow keys of the scenario menu.
    const compare = widget.getByRole('combobox', { name: 'Compare' });
    await expect(compare).toHaveValue('trial');
    await expect(compare.locator('option:checked')).toHaveText('The 2022 trial');
    await tabTo(page, compare);
    await page.keyboard.press('ArrowDown');
    await expect(compare.locator('option:checked')).toHaveText('Full interoperability (hypothetical)');
    await expect(widget).toHaveAttribute('data-scenario', 'interop');
    await expect(announcement(widget)).toHaveText(sentence(4, 'interop', 'en'));

    // Every state of that scenario through the step buttons, then restart.
    for (const state of allStates) {
      await tabTo(page, widget.getByRole('button', { name: `Step ${state + 1} of 6` }));
      await page.keyboard.press('Enter');
      await expect(widget).toHaveAttribute('data-state', String(state));
      await expect(widget.getByRole('button', { name: `Step ${state + 1} of 6` })).toHaveAttribute('aria-current', 'step');
      if (state > 0) await expect(announcement(widget)).toHaveText(sentence(state, 'interop', 'en'));
    }
    await tabTo(page, widget.getByRole('button', { name: 'Restart' }));
    await page.keyboard.press('Enter');
    await expect(widget).toHaveAttribute('data-state', '0');
    await expect(announcement(widget)).toHaveText(sentence(0, 'interop', 'en'));
  });

  // Each language's own typography of the refund: decimal comma and « yuans » in French; 元 after
  // the number, no space, and a full-width full stop in Chinese.
  const refund: Partial<Record<Locale, (widget: Locator) => Promise<void>>> = {
    fr: async (widget) => expect(announcement(widget)).toContainText(/la somme de 88,00\u00a0yuans revient sur le solde Alipay/),
    zh: async (widget) => {
      await expect(announcement(widget)).toHaveText('如果24小时内无人领取，88.00元会退回付款人的支付宝余额。');
      await expect(widget.getByRole('group', { name: '钱在哪里' }).locator('[data-money-token]')).toHaveText('88.00元');
    },
  };
  for (const locale of ['fr', 'zh'] as const) {
    test(`the embed in ${locale} goes through the trial with its own words and amounts`, async ({ page }) => {
      const words = qrFlowStrings[locale];
      await page.goto(`${embedUrl(locale, 'qr-flow')}?step=0`);
      const widget = await hydratedQrFlow(page);
      await tabTo(page, widget.getByRole('button', { name: words.next }));
      for (const state of allStates.slice(1)) {
        await page.keyboard.press('Enter');
        await expect(widget).toHaveAttribute('data-state', String(state));
        await expect(announcement(widget)).toHaveText(sentence(state, 'trial', locale));
      }
      await refund[locale]!(widget);
      await tabTo(page, widget.getByRole('combobox', { name: words.scenarioLegend }));
      await page.keyboard.press('ArrowDown');
      await expect(widget).toHaveAttribute('data-scenario', 'interop');
      await expect(announcement(widget)).toHaveText(sentence(5, 'interop', locale));
    });
  }

  test('what each state shows: WeChat Pay refuses in the trial, collects only in the hypothetical', async ({ page }) => {
    await page.goto('en/embed/qr-flow/?step=3');
    const widget = await hydratedQrFlow(page);
    await expect(widget).toHaveAttribute('data-state', '3');
    const zone = (name: string) => widget.locator(`[data-zone="${name}"]`);
    // The friend taps the picture in WeChat; WeChat Pay, behind the wall, cannot collect it.
    await expect(zone('chat').getByText('Tapped in WeChat')).toBeVisible();
    await expect(zone('friendWechatPay').getByText('Cannot collect it')).toBeVisible();
    await expect(widget.locator('[data-wall]').getByText('No money crosses')).toBeVisible();
    await expect(zone('pending')).toContainText('Held by Alipay: the money is here, ¥88.00');
    const compare = widget.getByRole('combobox', { name: 'Compare' });
    await compare.selectOption('interop');
    await expect(widget.getByText('Hypothetical', { exact: true })).toBeVisible();
    await expect(widget.locator('[data-wall]').getByText('Open (hypothetical)')).toBeVisible();
    await expect(zone('friendWechatPay')).toContainText('Friend’s WeChat Pay: the money is here, ¥88.00');
    await compare.selectOption('trial');
    await widget.getByRole('button', { name: 'Next step' }).click();
    await expect(zone('friendAlipay')).toContainText('Friend’s Alipay: the money is here, ¥88.00');
    await expect(zone('pending').getByText('Cashed')).toBeVisible();
    await expect(zone('chat').getByText('Scanned with Alipay')).toBeVisible();
    await widget.getByRole('button', { name: 'Next step' }).click();
    await expect(zone('senderAlipay')).toContainText('Sender’s Alipay: the money is here, ¥88.00');
    await expect(zone('senderAlipay').getByText('Back after 24 h')).toBeVisible();
    await expect(zone('pending').getByText('Expired')).toBeVisible();
  });

  test('the amount is drawn where the money is, at every step of both scenarios, never behind the wall in the trial', async ({ page }) => {
    await page.goto('en/embed/qr-flow/');
    const widget = await hydratedQrFlow(page);
    const drawing = widget.getByRole('group', { name: 'Where the money is' });
    for (const scenario of ['trial', 'interop'] as const) {
      await widget.getByRole('combobox', { name: 'Compare' }).selectOption(scenario);
      for (const state of allStates) {
        await widget.getByRole('button', { name: `Step ${state + 1} of 6` }).click();
        await expect(widget).toHaveAttribute('data-state', String(state));
        await expectAmountIn(drawing, moneyAt[scenario][state]!, `${scenario}, step ${state + 1}`);
      }
      // Backwards too: the amount goes back where it was.
      for (const state of [3, 0]) {
        await widget.getByRole('button', { name: `Step ${state + 1} of 6` }).click();
        await expectAmountIn(drawing, moneyAt[scenario][state]!, `${scenario}, back to step ${state + 1}`);
      }
    }
    // The amount in the drawing is the amount typed.
    await widget.getByRole('textbox', { name: 'Amount to send (¥)' }).fill('1999.5');
    await expect(drawing.locator('[data-money-token]')).toHaveText('¥1,999.50');
  });

  test('starts from the step in the URL, clamped; with none or a bad one, on the payment collected', async ({ page }) => {
    for (const [query, state] of [['?step=0', '0'], ['?step=42', '5'], ['', '4'], ['?step=-1', '4'], ['?step=two', '4']] as const) {
      await page.goto(`en/embed/qr-flow/${query}`);
      const widget = await hydratedQrFlow(page);
      await expect(widget).toHaveAttribute('data-state', state);
    }
  });

  test('plays by itself only with autoplay=1, and play/pause works from the keyboard', async ({ page }) => {
    await page.goto('en/embed/qr-flow/?autoplay=1');
    const widget = await hydratedQrFlow(page);
    const pause = widget.getByRole('button', { name: 'Pause' });
    await expect(pause).toBeVisible();
    await expect(widget).toHaveAttribute('data-state', '1', { timeout: 10_000 });
    await tabTo(page, pause);
    await page.keyboard.press('Enter');
    await expect(widget.getByRole('button', { name: 'Play' })).toBeFocused();

    await page.goto('en/embed/qr-flow/');
    const still = await hydratedQrFlow(page);
    await expect(still.getByRole('button', { name: 'Play' })).toBeVisible();
  });

  test('never autoplays under prefers-reduced-motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('en/embed/qr-flow/?autoplay=1');
    const widget = await hydratedQrFlow(page);
    await expect(widget.getByRole('button', { name: 'Play' })).toBeVisible();
    await expect(widget.getByRole('button', { name: 'Pause' })).toHaveCount(0);
  });
});

test.describe('the amount field', () => {
  const refusals: [typed: string, message: string][] = [
    ['', 'Type an amount.'],
    ['abc', 'Use digits only, with a point before the decimals (for example 88 or 12.50).'],
    ['0', 'The amount must be at least ¥0.01.'],
    ['-5', 'The amount must be at least ¥0.01.'],
    ['2000.01', 'The trial allowed at most ¥2,000.00 per transfer.'],
    ['12.345', 'At most two decimals: the fen, a hundredth of a yuan, is the smallest unit.'],
    ['99999999999999999999', 'The trial allowed at most ¥2,000.00 per transfer.'],
    ['1 2', 'Use digits only, with a point before the decimals (for example 88 or 12.50).'],
  ];

  test('is a compact control: its rules show only once an entry is refused, and go when it is put right', async ({ page }) => {
    await page.goto('en/embed/qr-flow/');
    const widget = await hydratedQrFlow(page);
    const field = widget.getByRole('textbox', { name: 'Amount to send (¥)' });
    const rules = widget.getByText('From ¥0.01 to ¥2,000.00, with at most two decimals', { exact: false });
    const drawing = widget.getByRole('group', { name: 'Where the money is' });
    // Accepted: one line, no rules, nothing said about it.
    await expect(rules).toBeHidden();
    await expect(field).toHaveAccessibleDescription('');
    const fieldBox = await widget.locator('.amount-field').boundingBox();
    const drawingBox = await drawing.boundingBox();
    const menuBox = await widget.locator('.scenario').boundingBox();
    expect(fieldBox!.height, 'the amount field is a label over a one-line field').toBeLessThanOrEqual(80);
    expect(Math.abs(menuBox!.y - fieldBox!.y), 'the amount and the comparison share one row').toBeLessThanOrEqual(1);
    expect(fieldBox!.height, 'the drawing, not the field, takes the room').toBeLessThan(drawingBox!.height / 4);
    // Refused: the reason, then the rules, shown and tied to the field.
    await field.fill('2500');
    await expect(widget.getByText('The trial allowed at most ¥2,000.00 per transfer.')).toBeVisible();
    await expect(rules).toBeVisible();
    await expect(field).toHaveAccessibleDescription(/^The trial allowed at most ¥2,000\.00 per transfer\. From ¥0\.01 to ¥2,000\.00, with at most two decimals; spaces before or after the amount are ignored\.$/);
    // Put right: the rules go again.
    await field.fill('25');
    await expect(rules).toBeHidden();
    await expect(widget.getByText('The trial allowed at most', { exact: false })).toBeHidden();
    await expect(field).toHaveAccessibleDescription('');
  });

  test('refuses each bad amount with its message, and the flow does not go on', async ({ page }) => {
    await page.goto('en/embed/qr-flow/?step=2');
    const widget = await hydratedQrFlow(page);
    const field = widget.getByRole('textbox', { name: 'Amount to send (¥)' });
    const next = widget.getByRole('button', { name: 'Next step' });
    for (const [typed, message] of refusals) {
      await field.fill(typed);
      await expect(field, `"${typed}"`).toHaveAttribute('aria-invalid', 'true');
      await expect(field).toHaveAccessibleDescription(new RegExp(`^${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
      await expect(widget).toHaveAttribute('data-state', '0');
      await expect(next).toHaveAttribute('aria-disabled', 'true');
      await next.focus();
      await page.keyboard.press('Enter');
      await expect(widget).toHaveAttribute('data-state', '0');
    }
  });

  test('accepts good amounts, trimming pasted spaces, and the flow goes on', async ({ page }) => {
    await page.goto('en/embed/qr-flow/');
    const widget = await hydratedQrFlow(page);
    const field = widget.getByRole('textbox', { name: 'Amount to send (¥)' });
    for (const [typed, shown] of [['0.01', '¥0.01'], ['88', '¥88.00'], ['2000', '¥2,000.00'], ['12.5', '¥12.50'], [' 12 ', '¥12.00']] as const) {
      await tabTo(page, widget.getByRole('button', { name: 'Restart' }));
      await page.keyboard.press('Enter');
      await field.fill(typed);
      await expect(field, `"${typed}"`).toHaveAttribute('aria-invalid', 'false');
      // Enter in the field creates the code, as the app's button would.
      await field.press('Enter');
      await expect(widget).toHaveAttribute('data-state', '1');
      await expect(widget.locator('[data-money-token]')).toHaveText(shown);
      await expect(announcement(widget)).toHaveText(sentence(1, 'trial', 'en', Math.round(Number(typed) * 100)));
    }
  });

  test('French takes a decimal comma and shows amounts the French way', async ({ page }) => {
    await page.goto('embed/qr-flow/');
    const widget = await hydratedQrFlow(page);
    const field = widget.getByRole('textbox', { name: 'Montant (yuans)' });
    await field.fill('12,5');
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    await field.press('Enter');
    await expect(widget.locator('[data-money-token]')).toHaveText('12,50\u00a0yuans');
    await field.fill('2000,01');
    await expect(field).toHaveAccessibleDescription(/^L’essai autorisait au plus 2\s000,00\syuans par transfert\./);
  });

  test('Chinese takes a decimal point, refuses a comma, and writes 元 after the amount', async ({ page }) => {
    await page.goto('zh/embed/qr-flow/');
    const widget = await hydratedQrFlow(page);
    const field = widget.getByRole('textbox', { name: '转账金额（元）' });
    await field.fill('12.5');
    await expect(field).toHaveAttribute('aria-invalid', 'false');
    await field.press('Enter');
    await expect(widget.locator('[data-money-token]')).toHaveText('12.50元');
    await field.fill('12,5');
    await expect(field).toHaveAccessibleDescription(/^只能输入数字，小数前用小数点（例如88或12\.50）。/);
    await field.fill('2000.01');
    // The reason and the rules are two elements: the accessible description joins them with a space.
    await expect(field).toHaveAccessibleDescription(/^试验规定每笔转账最多2,000\.00元。 0\.01元至2,000\.00元，最多两位小数；/);
  });
});

test.describe('the QR code', () => {
  test.use({ deviceScaleFactor: 2 });

  /** Reads the code from a screenshot of it, as a phone camera would read the screen. */
  async function scan(page: Page, code: Locator): Promise<string | null> {
    const png = await code.screenshot({ animations: 'disabled' });
    const image = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const { data, width, height } = context.getImageData(0, 0, bitmap.width, bitmap.height);
      let binary = '';
      for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
      return { rgba: btoa(binary), width, height };
    }, png.toString('base64'));
    const rgba = new Uint8ClampedArray(Buffer.from(image.rgba, 'base64'));
    return jsQR(rgba, image.width, image.height)?.data ?? null;
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`decodes to the demonstration payload with the amount typed (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('en/embed/qr-flow/?step=0');
      const widget = await hydratedQrFlow(page);
      await widget.getByRole('textbox', { name: 'Amount to send (¥)' }).fill('1234.5');
      await widget.getByRole('button', { name: 'Next step' }).click();
      const code = widget.getByRole('img', { name: /^QR code/ });
      const payload = 'DEMO - not a payment. Alipay "transfer to WeChat friends" trial (2022): CNY 1234.50';
      await expect(code).toHaveAccessibleName(`QR code. Demonstration only; it reads: ${payload}`);
      expect(await scan(page, code)).toBe(payload);
    });
  }

  test('follows the amount as it changes, in French', async ({ page }) => {
    await page.goto('embed/qr-flow/?step=1');
    const widget = await hydratedQrFlow(page);
    const code = widget.getByRole('img', { name: /^QR code/ });
    expect(await scan(page, code)).toBe('DEMO - pas un paiement. Essai Alipay "transfert aux amis WeChat" (2022) : CNY 88.00');
    await widget.getByRole('textbox', { name: 'Montant (yuans)' }).fill('0,07');
    await expect(code).toHaveAccessibleName(/CNY 0\.07$/);
    expect(await scan(page, code)).toBe('DEMO - pas un paiement. Essai Alipay "transfert aux amis WeChat" (2022) : CNY 0.07');
  });
});

test.describe('reduced motion', () => {
  test.beforeEach(({ page }) => watchRedraws(page));

  /** Clicks "Next step" and lists what is animating in the first frame after the phones are redrawn. */
  const stepAndListAnimations = (page: Page) =>
    page.evaluate(async () => {
      const figure = document.querySelector<HTMLElement>('[data-widget="qr-flow"]')!;
      const redrawn = window.attributeChange(figure, 'data-state');
      const next = document.querySelector<HTMLButtonElement>('button[aria-label="Next step"]')!;
      next.click();
      await redrawn;
      await new Promise(requestAnimationFrame);
      const token = document.querySelector('[data-money-token]')!;
      return { running: document.getAnimations().length, tokenTransition: getComputedStyle(token).transitionDuration };
    });

  test('no transition runs when the state changes', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto('en/embed/qr-flow/?step=0');
    const widget = await hydratedQrFlow(page);
    for (const state of allStates.slice(1)) {
      expect(await stepAndListAnimations(page)).toEqual({ running: 0, tokenTransition: '0s' });
      await expect(widget).toHaveAttribute('data-state', String(state));
    }
    await widget.getByRole('combobox', { name: 'Compare' }).selectOption('interop');
    await expect(widget).toHaveAttribute('data-scenario', 'interop');
    expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  });

  test('without the preference, the same step change does animate (the check above can fail)', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.goto('en/embed/qr-flow/');
    await hydratedQrFlow(page);
    const { running, tokenTransition } = await stepAndListAnimations(page);
    expect(running).toBeGreaterThan(0);
    expect(tokenTransition).not.toBe('0s');
  });
});

test.describe('layout and accessibility', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`no axe violations in the widget, in the states that draw something new (${colorScheme})`, async ({ page }) => {
      // axe is slow on a busy machine: each run gets its share of a generous budget.
      test.setTimeout(240_000);
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await page.goto('en/embed/qr-flow/');
      const widget = await hydratedQrFlow(page);
      const violations = async (what: string) => {
        const results = await new AxeBuilder({ page })
          .include('[data-widget="qr-flow"]')
          .withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'])
          .analyze();
        return results.violations.map((v) => `${what}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      };
      const found: string[] = [];
      const views = [
        ['trial', 2],
        ['trial', 3],
        ['trial', 4],
        ['trial', 5],
        ['interop', 3],
        ['interop', 5],
      ] as const;
      for (const [scenario, state] of views) {
        await widget.getByRole('combobox', { name: 'Compare' }).selectOption(scenario);
        await widget.getByRole('button', { name: `Step ${state + 1} of 6` }).click();
        await expect(widget).toHaveAttribute('data-state', String(state));
        found.push(...(await violations(`${scenario}, state ${state}`)));
      }
      await widget.getByRole('textbox', { name: 'Amount to send (¥)' }).fill('abc');
      found.push(...(await violations('refused amount')));
      expect(found).toEqual([]);
    });
  }

  // French writes the longest amount (« 88,00 yuans »); Chinese sets its labels in wider characters.
  for (const locale of locales) {
    test(`fits a 320 px wide screen without sideways scrolling, in every state, the amount still in its place (${locale})`, async ({ page }) => {
      const words = qrFlowStrings[locale];
      await page.setViewportSize({ width: 320, height: 700 });
      await page.goto(embedUrl(locale, 'qr-flow'));
      const widget = await hydratedQrFlow(page);
      const drawing = widget.getByRole('group', { name: words.drawingLabel });
      for (const scenario of ['trial', 'interop'] as const) {
        await widget.getByRole('combobox', { name: words.scenarioLegend }).selectOption(scenario);
        for (const state of allStates) {
          await widget.getByRole('button', { name: fill(words.stepLabel, { step: state + 1, total: QR_FLOW_STATE_COUNT }) }).click();
          await expect(widget).toHaveAttribute('data-state', String(state));
          expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
          await expectAmountIn(drawing, moneyAt[scenario][state]!, `320 px, ${scenario}, step ${state + 1}`);
        }
      }
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of locales) {
    test(`the six states are there as static frames with their sentences (${locale})`, async ({ page }) => {
      for (const [url, scope] of [[embedUrl(locale, 'qr-flow'), 'body'], [storyUrl[locale], 'section#how-it-works']] as const) {
        await page.goto(url);
        await expect(page.locator(`${scope} .graphic__live`)).toBeHidden();
        const frames = page.locator(`${scope} .graphic__frames [data-frame]`);
        await expect(frames).toHaveCount(QR_FLOW_STATE_COUNT);
        for (const state of allStates) {
          const frame = frames.nth(state);
          await expect(frame).toBeVisible();
          await expect(frame.locator('p').last()).toHaveText(sentence(state, 'trial', locale));
        }
        // Each frame from the second one shows its code, with its text alternative.
        await expect(frames.nth(1).getByRole('img', { name: qrCodeName[locale] })).toBeVisible();
      }
    });
  }
});

test.describe('in the story, the scroll steps drive the widget', () => {
  /** Puts a step's top above the reading line (55 % of the viewport), as a reader scrolling would. */
  const scrollToStep = (page: Page, index: number) =>
    page.locator('section#how-it-works .scrolly-step').nth(index).evaluate((step) => {
      window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3);
    });

  for (const locale of locales) {
    test(`forwards and backwards through the six steps (${locale})`, async ({ page }) => {
      await page.goto(storyUrl[locale]);
      const widget = await hydratedQrFlow(page, 'section#how-it-works');
      await expect(widget).toHaveAttribute('data-mode', 'story');
      await expect(page.locator('section#how-it-works .scrolly-step')).toHaveCount(QR_FLOW_STATE_COUNT);
      const caption = widget.locator('[data-description]');
      for (const state of allStates) {
        await scrollToStep(page, state);
        await expect(widget).toHaveAttribute('data-state', String(state));
        await expect(caption).toHaveText(sentence(state, 'trial', locale));
        if (state > 0) await expect(announcement(widget)).toHaveText(sentence(state, 'trial', locale));
      }
      for (const state of [...allStates].reverse()) {
        await scrollToStep(page, state);
        await expect(widget).toHaveAttribute('data-state', String(state));
        await expect(caption).toHaveText(sentence(state, 'trial', locale));
        await expect(announcement(widget)).toHaveText(sentence(state, 'trial', locale));
      }
      // No player in the story: the scroll is the control.
      await expect(widget.getByRole('group', { name: /Animation controls|Commandes de l’animation|动画控制/ })).toHaveCount(0);
    });
  }

  test('the amount can still be edited mid-story, and a refused one holds the flow', async ({ page }) => {
    await page.goto('en/');
    const widget = await hydratedQrFlow(page, 'section#how-it-works');
    await scrollToStep(page, 4);
    await expect(widget).toHaveAttribute('data-state', '4');
    const field = widget.getByRole('textbox', { name: 'Amount to send (¥)' });
    await field.fill('500');
    await expect(widget.locator('[data-description]')).toHaveText(sentence(4, 'trial', 'en', 50_000));
    await field.fill('5000');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(widget).toHaveAttribute('data-state', '0');
    await field.fill('500');
    await expect(widget).toHaveAttribute('data-state', '4');
  });
});
