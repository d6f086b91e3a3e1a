// The embed builder on the embed index, as an editor uses it: choose, see a preview of exactly
// that code, copy it, paste it on another site and get what the preview showed.
import { iframeCode, responsiveCode } from '../../src/embed/embedCodes.ts';
import { widgetNamed } from '../../src/widgets/registry.ts';
import { embedTitle } from '../../src/embed/embedTitle.ts';
import { expect, expectEmbedShown, frameOf, strictCsp, test } from '../fixtures/embed-hosts/hosts.ts';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('a builder link opens on its code, and the preview is that code at work', async ({ page, origins }) => {
  await page.goto('embed/?widget=wechat-users&lang=en&theme=dark&step=2&height=fixed');
  const builder = page.locator('[data-embed-builder]');
  await expect(builder.getByLabel('Graphique')).toHaveValue('wechat-users');
  await expect(builder.getByLabel('Langue')).toHaveValue('en');
  await expect(builder.getByLabel('Étape de départ')).toHaveValue('2');
  await expect(builder.getByRole('radio', { name: 'sombre' })).toBeChecked();
  await expect(builder.getByRole('radio', { name: /^fixe/ })).toBeChecked();
  const title = embedTitle('wechat-users', 'en');
  const expected = iframeCode({ siteRoot: origins.siteRoot, widget: 'wechat-users', locale: 'en', title, height: widgetNamed('wechat-users').frameHeight, params: { theme: 'dark', step: 2, autoplay: false } });
  await expect(builder.locator('[data-builder-code]')).toHaveText(expected);
  const frame = await frameOf(builder.locator('[data-builder-preview] iframe'));
  await expectEmbedShown(frame, title);
  await expect(frame.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(frame.locator('[data-widget]')).toHaveAttribute('data-state', '2');
});

test('the code chosen in the form, copied and pasted on another site, shows what the preview showed', async ({ page, origins, serveHostPages }) => {
  await page.goto('en/embed/');
  const builder = page.locator('[data-embed-builder]');
  await builder.getByLabel('Graphic').selectOption('qr-flow');
  await builder.getByLabel('Language').selectOption('fr');
  await builder.getByLabel('First step').selectOption('3');
  await builder.getByRole('radio', { name: 'light' }).check();
  await builder.getByRole('radio', { name: /^responsive/ }).check();
  await expect(page).toHaveURL(/\?widget=qr-flow&lang=fr&theme=light&step=3&height=responsive$/);
  const title = embedTitle('qr-flow', 'fr');
  const expected = responsiveCode({ siteRoot: origins.siteRoot, widget: 'qr-flow', locale: 'fr', title, params: { theme: 'light', step: 3, autoplay: false } });
  await expect(builder.locator('[data-builder-code]')).toHaveText(expected);
  // The page's own loader turns the previewed placeholder into the graphic.
  const preview = await frameOf(builder.locator('[data-builder-preview] iframe'));
  await expectEmbedShown(preview, title);
  await expect(preview.locator('[data-widget]')).toHaveAttribute('data-state', '3');
  await expect(preview.locator('html')).toHaveAttribute('data-theme', 'light');

  await builder.getByRole('button', { name: 'Copy the code made above' }).click();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(expected);
  const urls = serveHostPages({ host: { embed: copied, csp: strictCsp(origins.embedOrigin) } });
  await page.goto(urls.host!);
  const pasted = await frameOf(page.locator('iframe'));
  await expectEmbedShown(pasted, title);
  await expect(pasted.locator('[data-widget]')).toHaveAttribute('data-state', '3');
  await expect(pasted.locator('html')).toHaveAttribute('data-theme', 'light');
});

test('choices that do not exist fall back to the defaults, as an embed URL\'s parameters do', async ({ page }) => {
  await page.goto('en/embed/?widget=nope&lang=xx&theme=pink&step=zz&height=tall');
  const builder = page.locator('[data-embed-builder]');
  await expect(builder.getByLabel('Graphic')).toHaveValue('qr-flow');
  await expect(builder.getByLabel('Language')).toHaveValue('en');
  // No step: the code carries none, and the embed opens on the graphic's fullest state.
  await expect(builder.getByLabel('First step')).toHaveValue('');
  await expect(builder.getByLabel('First step').locator('option:checked')).toHaveText('The fullest (5 of 6)');
  await expect(builder.getByRole('radio', { name: 'the reader’s' })).toBeChecked();
  await expect(builder.getByRole('radio', { name: /^responsive/ })).toBeChecked();
  await expect(builder.locator('[data-builder-code]')).toContainText('data-theme="auto" data-autoplay="0"');
  const preview = await frameOf(builder.locator('[data-builder-preview] iframe'));
  await expect(preview.locator('[data-widget]')).toHaveAttribute('data-state', '4');
  // Step 1 chosen is written out: it is not the same as no step.
  await builder.getByLabel('First step').selectOption('0');
  await expect(builder.locator('[data-builder-code]')).toContainText('data-theme="auto" data-step="0" data-autoplay="0"');
  await expect(page.locator('body')).not.toContainText('pink');
  // A step beyond the graphic's last is its last, as the widget itself would clamp it.
  await page.goto('en/embed/?widget=wechat-users&step=42');
  await expect(builder.getByLabel('First step')).toHaveValue('2');
});
