// The page's stylesheet made readable by an SVG renderer (resvg), which knows no custom
// properties, no light-dark() and no :where(): each is replaced by what the light theme computes.
// At-rules (@media, @container, @keyframes) are left for the renderer to skip.

const LIGHT_DARK = /light-dark\(\s*((?:[^(),]|\([^()]*\))+?)\s*,\s*(?:[^(),]|\([^()]*\))+?\s*\)/g;
const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g;
/** `color-mix(in srgb, C p%, transparent)`, the one form the widgets use: C at p% opacity. */
const MIX_TRANSPARENT = /color-mix\(\s*in srgb\s*,\s*(#[0-9a-f]{6})\s+(\d+(?:\.\d+)?)%\s*,\s*transparent\s*\)/gi;

const lightOf = (value: string): string => value.replace(LIGHT_DARK, '$1');

/** The rules of `css` whose block holds declarations only (no nested at-rule), selector and body. */
const plainRules = (css: string) => [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((match) => ({ selector: match[1]!.trim(), body: match[2]! }));

/** The design tokens: custom properties declared on :root, first declaration wins. */
export function customProperties(css: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const { selector, body } of plainRules(css)) {
    if (selector !== ':root') continue;
    for (const [, name, value] of body.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) {
      if (!found.has(name!)) found.set(name!, value!.trim());
    }
  }
  return found;
}

/**
 * A custom property that classes set for their elements (e.g. the timeline's `--tl-color` per
 * actor), by class name, resolved: the caller writes it on those elements, since the renderer
 * cannot inherit it.
 */
export function classCustomProperty(css: string, property: string, properties = customProperties(css)): Map<string, string> {
  const found = new Map<string, string>();
  for (const { selector, body } of plainRules(css)) {
    const value = new RegExp(`${property}\\s*:\\s*([^;}]+)`).exec(body)?.[1];
    if (value === undefined) continue;
    for (const part of selector.split(',')) {
      const single = /^\s*\.([\w-]+)\s*$/.exec(part);
      if (single) found.set(single[1]!, resolveValue(value.trim(), properties));
    }
  }
  return found;
}

/** `value` with its var() references replaced, recursively, by the light theme's values. */
export function resolveValue(value: string, properties: Map<string, string>, depth = 0): string {
  if (depth > 8) throw new Error(`lightThemeCss: custom properties nest too deep in "${value}"`);
  const resolved = lightOf(value).replace(VAR, (_match, name: string, fallback: string | undefined) =>
    resolveValue(properties.get(name) ?? fallback ?? 'initial', properties, depth + 1),
  );
  return resolved.replace(MIX_TRANSPARENT, (_match, hex: string, percent: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
    return `rgba(${r}, ${g}, ${b}, ${Number(percent) / 100})`;
  });
}

/** The stylesheet `css` as the light theme computes it, for an SVG renderer. */
export function lightThemeCss(css: string, properties = customProperties(css)): string {
  return resolveValue(css, properties).replace(/:where\([^()]*\)/g, '').replace(/:global\(([^()]*)\)/g, '$1');
}

/** `css` without its at-rules (@media, @container, @keyframes…), which an SVG renderer skips anyway. */
export function withoutAtRules(css: string): string {
  let out = '';
  let at = 0;
  while (at < css.length) {
    const start = css.indexOf('@', at);
    if (start < 0) break;
    out += css.slice(at, start);
    let index = start;
    while (index < css.length && css[index] !== '{' && css[index] !== ';') index += 1;
    if (css[index] === ';') {
      at = index + 1;
      continue;
    }
    let depth = 0;
    for (; index < css.length; index += 1) {
      if (css[index] === '{') depth += 1;
      else if (css[index] === '}' && (depth -= 1) === 0) break;
    }
    at = index + 1;
  }
  return out + css.slice(at);
}

/** The rules of `css` that can apply to `markup`: those whose every class is on one of its elements. */
export function cssForMarkup(css: string, markup: string): string {
  const present = new Set([...markup.matchAll(/\bclass="([^"]*)"/g)].flatMap((match) => match[1]!.split(/\s+/)));
  return plainRules(withoutAtRules(css))
    .filter(({ selector }) =>
      selector.split(',').some((part) => {
        const classes = [...part.matchAll(/\.([\w-]+)/g)].map((match) => match[1]!);
        return classes.length > 0 && classes.every((name) => present.has(name));
      }),
    )
    .map(({ selector, body }) => `${selector}{${body}}`)
    .join('\n');
}
