// The code of an embed page's script: the widget's component (from its description), hydrated by
// the embed page's code. Built into one classic script per widget (src/integrations/embedBundles.ts);
// the dev server runs it as a module. `root` is where the project's files are found: the project
// folder for the build, "" for the dev server (which serves them at /src/…).
import type { Widget } from '../widgets/registry.ts';

export const embedEntry = (widget: Widget, root: string): string =>
  [
    `import Widget from ${JSON.stringify(`${root}/${widget.component}`)};`,
    `import { hydrateEmbed } from ${JSON.stringify(`${root}/src/embed/hydrateEmbed.ts`)};`,
    `hydrateEmbed(${JSON.stringify(widget.name)}, Widget);`,
  ].join('\n');
