// HTML validation of everything in dist/ (run by tests/e2e/dist-integrity.spec.ts).
export default {
  extends: ['html-validate:recommended'],
  elements: [
    'html5',
    {
      'astro-island': { flow: true, phrasing: true },
      'astro-slot': { flow: true, phrasing: true },
      'astro-static-slot': { flow: true, phrasing: true },
      // Astro writes one <style> for its island elements where the first island appears; browsers
      // accept it there, though the spec lists <style> as metadata content only.
      style: { flow: true },
    },
  ],
  rules: {
    // Style formatting rules that Astro's minified output does not follow and readers never see.
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    'void-style': 'off',
    'no-trailing-whitespace': 'off',
    'long-title': 'off',
    // Svelte writes computed positions into style attributes (allowed by our CSP for attributes).
    'no-inline-style': 'off',
    'valid-id': ['error', { relaxed: true }],
    // A list of step buttons named for screen readers is fine.
    'aria-label-misuse': ['error', { allowAnyNamable: true }],
    // The source list (src/story/SourceList.astro) writes its numbers in the HTML, not as markers, and WebKit
    // drops the list semantics of a list styled `list-style: none` unless it says role="list".
    'no-redundant-role': ['error', { exclude: ['list'] }],
    'prefer-native-element': ['error', { exclude: ['list'] }],
  },
};
