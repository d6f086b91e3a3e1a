// French typography for the story's prose: the space before « ; : ! ? % » and inside « » becomes
// the no-break space French requires (added where the writer left it out), so punctuation never
// starts a line.
// Numbers get theirs from Intl; this handles the words. Only files under content/fr/ change.
const NARROW_NBSP = '\u202f';
const NBSP = '\u00a0';

/** @param {string} text */
export function applyFrenchSpacing(text) {
  return text
    .replace(/[ \u00a0]+([;!?»])/g, `${NARROW_NBSP}$1`)
    .replace(/[ \u202f]+([:%])/g, `${NBSP}$1`)
    .replace(/«[ \u00a0\u202f]*/g, `«${NARROW_NBSP}`)
    .replace(/(?<=\S)[ \u00a0\u202f]*»/g, `${NARROW_NBSP}»`)
    // A word directly followed by ; ! ? (then a space or the end): the space was forgotten.
    .replace(/(?<=[\p{L}\d»)])([;!?])(?=\s|$)/gu, `${NARROW_NBSP}$1`);
}

/** @param {{ type: string, value?: string, children?: unknown[] }} node */
function walk(node) {
  if (node.type === 'text' && typeof node.value === 'string') node.value = applyFrenchSpacing(node.value);
  if (Array.isArray(node.children)) for (const child of node.children) walk(/** @type {any} */ (child));
}

export function frenchSpacing() {
  /** @param {any} tree @param {{ filename?: string, path?: string }} file */
  return (tree, file) => {
    const name = (file.filename ?? file.path ?? '').replaceAll('\\', '/');
    if (name.includes('/content/fr/')) walk(tree);
  };
}
