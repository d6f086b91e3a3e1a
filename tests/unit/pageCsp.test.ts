import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withOwnCspHashes } from '../../src/integrations/pageCsp.ts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const ownScript = 'console.log("island")';
const ownStyle = 'astro-island{display:contents}';
const elsewhere = hash('code of another page');
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(ownScript)} ${elsewhere}; style-src 'self' ${hash(ownStyle)} ${elsewhere}; style-src-attr 'unsafe-inline';"></head><body>${body}</body></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('each page lists the hashes of its own inline code only', () => {
  it('keeps the hashes of the inline script and style the page has, drops the others', () => {
    const policy = policyOf(withOwnCspHashes(page(`<script>${ownScript}</script><style>${ownStyle}</style>`)));
    expect(policy).toContain(`script-src 'self' ${hash(ownScript)};`);
    expect(policy).toContain(`style-src 'self' ${hash(ownStyle)};`);
    expect(policy).not.toContain(elsewhere);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("style-src-attr 'unsafe-inline'");
  });

  it('allows no inline script on a page whose scripts are all files or data', () => {
    const body = `<script type="module" src="./_astro/a.js"></script><script type="application/json" id="d">{"a":1}</script><script type="application/ld+json">{}</script>`;
    const policy = policyOf(withOwnCspHashes(page(body)));
    expect(policy).toContain("script-src 'self';");
    expect(policy).toContain("style-src 'self';");
  });

  it('lists the hash of an inline style as finally written, after its asset URLs were made relative', () => {
    const rewritten = '@font-face{src:url(../_astro/serif.woff2)}';
    const policy = policyOf(withOwnCspHashes(page(`<style>${rewritten}</style>`)));
    expect(policy).toContain(`style-src 'self' ${hash(rewritten)};`);
    expect(policy).not.toContain(hash(ownStyle));
  });

  it('leaves a page without a policy as it is', () => {
    expect(withOwnCspHashes('<p>hi</p>')).toBe('<p>hi</p>');
  });
});
