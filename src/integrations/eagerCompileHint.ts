// Marks every script the browser gets with V8's explicit compile hint (Chrome 136+; other engines
// ignore a comment). Without it V8 compiles each function the first time it runs: on a phone,
// most of a widget's hydration was that first-run compiling, a long task as the reader reached the
// graphic. With it the whole file is compiled when it loads, which for a story widget is a screen
// ahead of the reader (client:reach). Everything in these files runs when the widget starts, so
// nothing is compiled for nothing.
import type { Plugin } from 'vite';

export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

export function eagerCompileHint(): Plugin {
  return {
    name: 'eager-compile-hint',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    // postBanner: written after minification, and counted in the file's content hash.
    outputOptions: (options) => ({ ...options, postBanner: EAGER_COMPILE_HINT }),
  };
}
