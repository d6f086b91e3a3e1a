// Data a widget reads from a JSON <script> element of its page rather than from its island props.
// Astro writes island props with a type tag on every value, which the browser revives value by
// value before hydrating (about 20 ms at 4x CPU, on first run, for the market share's 16 KB), and
// @astrojs/svelte then wraps them in a deep reactive proxy that every read goes through. A JSON
// element is one JSON.parse into plain objects, and is written once however many islands read it.
// At build time the island's .astro file provides the data here before the component renders; in
// the browser the component reads the element, before hydrating the same markup.

const known = new Map<string, unknown>();

/**
 * Build time: the data the components of pages of one kind render with. `key` names that kind
 * (e.g. a language and a mode): the build renders many pages, the browser sees one.
 */
export function providePageData(key: string, data: unknown): void {
  known.set(key, data);
}

/** The data under `key`: as provided at build time, or read from the page's element `elementId`. */
export function pageData<T>(key: string, elementId: string): T {
  if (!known.has(key)) {
    const element = typeof document === 'undefined' ? null : document.getElementById(elementId);
    if (element?.textContent == null) throw new Error(`no data element #${elementId} on the page (${key})`);
    known.set(key, JSON.parse(element.textContent));
  }
  return known.get(key) as T;
}
