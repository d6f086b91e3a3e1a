// The real `astro build`, pointed at broken data, must stop and say where the problem is.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { brokenDataDir, expectedFailure } from '../support/dataFixtures.ts';

function build(env: Record<string, string>) {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'node_modules/.cache/bad-build'], {
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

// A real build takes seconds, more on a busy machine: well past Vitest's 5 s default.
describe('astro build on broken content', { timeout: 120_000 }, () => {
  it.each(['share-out-of-range', 'source-bad-url', 'source-home-page-url', 'source-via-without-original', 'source-missing-date'])(
    'fails on the %s fixture and names file, row and field',
    (name) => {
      const expected = expectedFailure(name);
      const { status, output } = build({ CONTENT_DATA_DIR: brokenDataDir(name) });
      expect(status).not.toBe(0);
      expect(output).toContain(expected.file);
      expect(output).toContain(`row ${expected.row}`);
      expect(output).toContain(`field "${expected.field}"`);
      // A source record is named by its id too, and the error states the rule it breaks.
      if (expected.id !== undefined) expect(output).toContain(`id "${expected.id}"`);
      if (expected.says !== undefined) expect(output).toContain(expected.says);
    },
  );

  it('fails on a story section citing an unknown source', () => {
    const { status, output } = build({ CONTENT_STORY_DIR: 'tests/fixtures/story-unknown-cite' });
    expect(status).not.toBe(0);
    expect(output).toContain('01-trial.svx');
    expect(output).toContain('no-such-source');
  });
});
