import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The layering rules of eslint.config.js, exercised through ESLint itself: a rule that cannot fail proves nothing.
const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The layering and cycle messages ESLint gives for `code` placed at `filePath` (relative to the repo). */
async function layeringErrors(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'boundaries/dependencies' || m.ruleId === 'import-x/no-cycle')
    .map((m) => `${m.ruleId}: ${m.message}`);
}

// ESLint loads the TypeScript parser and resolver on first use: seconds on a busy machine.
describe('eslint.config.js layering', { timeout: 30_000 }, () => {
  it.each([
    [
      'src/data/probe.ts',
      "import { EChart } from '../components/EChart';\nexport const x = EChart;\n",
      /"data" to elements of type "components"/,
    ],
    [
      'src/charts/probe.ts',
      "import { VIEWS } from '../views/views';\nexport const x = VIEWS;\n",
      /"charts" to elements of type "views"/,
    ],
    [
      'src/state/probe.ts',
      "import { ChartCard } from '../components/ChartCard';\nexport const x = ChartCard;\n",
      /"state" to elements of type "components"/,
    ],
    [
      'src/domain/probe.ts',
      "import { useAppStore } from '../state/store';\nexport const x = useAppStore;\n",
      /"domain" to elements of type "state"/,
    ],
    [
      'src/export/probe.ts',
      "import { App } from '../app/App';\nexport const x = App;\n",
      /"export" to elements of type "app"/,
    ],
    [
      'src/views/probe.ts',
      "import { IMPORT_STORAGE_KEY } from '../state/imported-storage';\nexport const x = IMPORT_STORAGE_KEY;\n",
      /"views" to elements of type "state"/,
    ],
    [
      'scripts/probe.ts',
      "import { EChart } from '../src/components/EChart';\nexport const x = EChart;\n",
      /"scripts" to elements of type "components"/,
    ],
    [
      'src/state/probe.ts',
      "import { useState } from 'react';\nexport const x = useState;\n",
      /"react" are not allowed in elements of type "state"/,
    ],
  ])('reports an import that goes up or sideways from %s', async (filePath, code, message) => {
    const errors = await layeringErrors(code, filePath);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  it.each([
    [
      'src/domain/probe.ts',
      "import { parseClaimsCsv } from '../data/parse-claims';\nexport const x = parseClaimsCsv;\n",
    ],
    ['src/echarts/probe.ts', "import { FONT_FAMILY } from '../charts/base-option';\nexport const x = FONT_FAMILY;\n"],
    ['src/components/probe.ts', "import { useAppStore } from '../state/store';\nexport const x = useAppStore;\n"],
    ['scripts/probe.ts', "import { VIEWS } from '../src/views/views';\nexport const x = VIEWS;\n"],
    ['tests/app/probe.test.ts', "import { App } from '../../src/app/App';\nexport const x = App;\n"],
  ])('lets %s import downward', async (filePath, code) => {
    expect(await layeringErrors(code, filePath)).toEqual([]);
  });
});

describe('eslint.config.js cycles', { timeout: 30_000 }, () => {
  // Real files: the cycle rule follows imports on disk. A fresh folder inside a room, removed afterwards.
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it.each(['src/data', 'src/components'])('reports two files in %s that import each other', async (room) => {
    mkdirSync(join(root, room), { recursive: true });
    const dir = mkdtempSync(join(root, room, 'cycle-probe-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'a.ts'), "import { b } from './b';\nexport const a = (): number => b() + 1;\n");
    writeFileSync(join(dir, 'b.ts'), "import { a } from './a';\nexport const b = (): number => a() - 1;\n");
    const results = await eslint.lintFiles([join(dir, 'a.ts'), join(dir, 'b.ts')]);
    const cycles = results.map((r) => [
      relative(dir, r.filePath),
      r.messages.filter((m) => m.ruleId === 'import-x/no-cycle').length,
    ]);
    expect(cycles).toEqual([
      ['a.ts', 1],
      ['b.ts', 1],
    ]);
  });
});
