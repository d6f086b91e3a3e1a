import { describe, expect, it } from 'vitest';
import { lightThemeCss, resolveValue } from '../../src/images/lightThemeCss.ts';

describe('lightThemeCss', () => {
  const tokens = ':root{--color-text: light-dark(#1d1f23, #e9e7e2);--color-line: var(--color-text);--step-bg: light-dark(rgb(255 255 255 / 0.94), rgb(30 33 39 / 0.94))}';

  it('takes the light side of light-dark(), through nested custom properties', () => {
    const css = lightThemeCss(`${tokens} .a{stroke:var(--color-line)}`);
    expect(css).toContain('.a{stroke:#1d1f23}');
    expect(css).not.toContain('var(');
    expect(css).not.toContain('light-dark');
  });

  it('keeps colour functions whole inside light-dark()', () => {
    expect(lightThemeCss(`${tokens} .b{fill:var(--step-bg)}`)).toContain('.b{fill:rgb(255 255 255 / 0.94)}');
  });

  it('uses the fallback of an unknown property, and drops Svelte :where() scoping', () => {
    const css = lightThemeCss('.m.svelte-x circle:where(.svelte-x){fill:var(--nope, red)}');
    expect(css).toBe('.m.svelte-x circle{fill:red}');
  });

  it('turns a colour mixed with transparent into that colour at that opacity', () => {
    expect(resolveValue('color-mix(in srgb, #1d1f23 7%, transparent)', new Map())).toBe('rgba(29, 31, 35, 0.07)');
  });
});

describe('classCustomProperty', () => {
  it('resolves the value each class gives a custom property, leaving it out of the tokens', async () => {
    const { classCustomProperty, customProperties } = await import('../../src/images/lightThemeCss.ts');
    const css = ':root{--color-alipay: light-dark(#1d4ed8, #6e8fff)} .tl-actor--alibaba, .tl-actor--ant { --tl-color: var(--color-alipay); }';
    const colours = classCustomProperty(css, '--tl-color');
    expect(colours.get('tl-actor--alibaba')).toBe('#1d4ed8');
    expect(colours.get('tl-actor--ant')).toBe('#1d4ed8');
    expect(customProperties(css).has('--tl-color')).toBe(false);
  });
});

describe('cssForMarkup', () => {
  it('keeps the rules whose classes the drawing has, and no at-rule', async () => {
    const { cssForMarkup } = await import('../../src/images/lightThemeCss.ts');
    const css = '.grid.s{stroke:red} .other{fill:blue} @media (x){.grid{stroke:green}} @container (max-width: 3rem){.grid{display:none}} svg{width:1px}';
    expect(cssForMarkup(css, '<svg><line class="grid s"/></svg>')).toBe('.grid.s{stroke:red}');
  });
});
