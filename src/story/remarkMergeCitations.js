// Adjacent <Cite> tags in the story's prose ("…2016.<Cite id="a" /><Cite id="b" />") become one
// <Cite id="a b" />, so the reader sees one superscript mark "12, 7" instead of a row of them. The
// .svx files keep one tag per source (checkCitations.ts reads them); only the compiled page merges.
const CITE_TAG = /^<Cite\s+id\s*=\s*"([^"]+)"\s*\/>$/;

/** @param {{ type: string, value?: string }} node */
const citedIds = (node) => (node.type === 'html' && typeof node.value === 'string' ? CITE_TAG.exec(node.value.trim())?.[1] : undefined);
/** @param {{ type: string, value?: string }} node */
const isBlank = (node) => node.type === 'text' && typeof node.value === 'string' && node.value.trim() === '';

/** Merges runs of <Cite> nodes, with at most blank text between them, among one parent's children. */
/** @param {{ type: string, value?: string }[]} children */
export function mergeCitations(children) {
  /** @type {typeof children} */
  const merged = [];
  /** @type {{ type: string, value?: string } | null} */
  let run = null;
  /** @type {string[]} */
  let ids = [];
  /** @type {typeof children} */
  let pendingBlanks = [];
  const close = () => {
    if (run !== null) run.value = `<Cite id="${ids.join(' ')}" />`;
    merged.push(...pendingBlanks);
    run = null;
    ids = [];
    pendingBlanks = [];
  };
  for (const child of children) {
    const id = citedIds(child);
    if (id !== undefined) {
      if (run === null) {
        run = { ...child };
        merged.push(run);
      } else pendingBlanks = [];
      ids.push(...id.split(/\s+/));
    } else if (run !== null && isBlank(child)) {
      pendingBlanks.push(child);
    } else {
      close();
      merged.push(child);
    }
  }
  close();
  return merged;
}

/** @param {any} node */
function walk(node) {
  if (!Array.isArray(node.children)) return;
  node.children = mergeCitations(node.children);
  for (const child of node.children) walk(child);
}

export function mergeAdjacentCitations() {
  /** @param {any} tree */
  return (tree) => walk(tree);
}
