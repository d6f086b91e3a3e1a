// The page's stylesheet made readable by an SVG renderer (resvg), which knows no custom
// properties, no light-dark() and no :where(): each is replaced by what the light theme computes.
// At-rules (@media, @container, @keyframes) are left for the renderer to skip.

const LIGHT_DARK = /light-dark\(\s*((?:[^(),]|\([^()]*\))+?)\s*,\s*(?:[^(),]|\([^()]*\))+?\s*\)/g;
const VAR = /var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g;
/** `color-mix(in srgb, C p%, transparent)`, the one form the widgets use: C at p% opacity. */
const MIX_TRANSPARENT = /color-mix\(\s*in srgb\s*,\s*(#[0-9a-f]{6})\s+(\d+(?:\.\d+)?)%\s*,\s*transparent\s*\)/gi;

const lightOf = (value: string): string => value.replace(LIGHT_DARK, '$1');

/** Every custom property declared in `css`, first declaration wins (the :root tokens come first). */
export function customProperties(css: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name, value] of css.matchAll(/(--[\w-]+)\s*:\s*([^;}]+)/g)) {
    if (!found.has(name!)) found.set(name!, value!.trim());
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
