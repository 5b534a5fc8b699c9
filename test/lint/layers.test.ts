// The layer rule (scripts/lint/layers.js) run through ESLint with the project's own config: an import that
// crosses a layer the wrong way fails lint, whether written relative or with `@/`.
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const eslint = new ESLint({ cwd: resolve(__dirname, '..', '..') });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'clauselens/layers').map((m) => m.message);
}

describe('imports go engine <- report <- notebook <- page | components <- extension <- entrypoints', () => {
  test.each([
    ['lib/engine/tag/x.ts', "import { paint } from '../../page/highlight';\nexport const y = paint;\n", 'engine may not import page'],
    ['lib/engine/x.ts', "import { CATEGORY_LABELS } from '@/lib/report/format';\nexport const y = CATEGORY_LABELS;\n", 'engine may not import report'],
    ['lib/report/x.ts', "import { addHighlight } from '../notebook/notebook';\nexport const y = addHighlight;\n", 'report may not import notebook'],
    ['lib/page/x.ts', "import { createSender } from '../extension/protocol';\nexport const y = createSender;\n", 'page may not import extension'],
    ['components/popup/X.tsx', "import { loadStore } from '@/lib/extension/baselines';\nexport const y = loadStore;\n", 'components may not import extension'],
    ['components/popup/X.tsx', "import { paint } from '@/lib/page/highlight';\nexport const y = paint;\n", 'components may not import page'],
    ['lib/extension/x.ts', "import PopupApp from '@/components/popup/PopupApp';\nexport const y = PopupApp;\n", 'extension may not import components'],
  ])('%s: %s', async (file, code, message) => {
    const errors = await layerErrors(resolve(__dirname, '..', '..', file), code);
    expect(errors.join('\n')).toContain(message);
  });

  test.each([
    ['lib/report/x.ts', "import type { Report } from '../engine/report';\nexport type Y = Report;\n"],
    ['lib/page/x.ts', "import type { Result } from '../extension/protocol';\nexport type Y = Result<number>;\n"],
    ['components/popup/X.tsx', "import type { TabState } from '@/lib/extension/protocol';\nexport type Y = TabState;\n"],
    ['entrypoints/x.ts', "import { loadStore } from '@/lib/extension/baselines';\nexport const y = loadStore;\n"],
  ])('%s may import what it imports', async (file, code) => {
    expect(await layerErrors(resolve(__dirname, '..', '..', file), code)).toEqual([]);
  });
});
