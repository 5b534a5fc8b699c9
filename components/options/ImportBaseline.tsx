/** "Import JSON": reads a file, and either hands over a valid baseline or says what is wrong and where. */
import { useState } from 'preact/hooks';
import { parseBaselineJson, type Baseline, type BaselineIssue } from '@/lib/engine/baseline/baseline';
import type { I18n } from '@/lib/report/i18n';
import { useI18n } from '../common/i18n';

export interface Props {
  /** Stores the baseline; answers the name it was stored under. */
  onImport(baseline: Baseline, warnings: BaselineIssue[]): string;
}

type Outcome = { kind: 'ok'; text: string; warnings: BaselineIssue[] } | { kind: 'refused'; file: string; errors: BaselineIssue[] } | null;

const where = (i: BaselineIssue, i18n: I18n) => (i.path ? i.path : i.line !== undefined ? i18n.t('options.where.line', { n: i.line }) : i18n.t('options.where.file'));

export default function ImportBaseline({ onImport }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [outcome, setOutcome] = useState<Outcome>(null);
  async function read(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    input.value = '';
    const parsed = parseBaselineJson(await file.text());
    if (!parsed.ok) return setOutcome({ kind: 'refused', file: file.name, errors: parsed.errors });
    const name = onImport(parsed.baseline, parsed.warnings);
    setOutcome({ kind: 'ok', text: t('options.imported', { name, file: file.name }), warnings: parsed.warnings });
  }
  return (
    <div class="import">
      <label class="button file-button">
        {t('options.importJson')}
        <input type="file" class="visually-hidden" accept=".json,application/json" onChange={(e) => void read(e.currentTarget)} />
      </label>
      {outcome?.kind === 'refused' ? (
        <div class="import-result refused" role="alert">
          <p>
            <strong>{t('options.notImported', { file: outcome.file })}</strong> {t('options.unchanged')} {t('options.problems', { n: outcome.errors.length })}
          </p>
          <ul>
            {outcome.errors.map((e, i) => (
              <li key={i}>
                <code>{where(e, i18n)}</code> {e.message}
              </li>
            ))}
          </ul>
        </div>
      ) : outcome?.kind === 'ok' ? (
        <div class="import-result imported" role="status">
          <p>{outcome.text}</p>
          {outcome.warnings.length ? (
            <ul>
              {outcome.warnings.map((w, i) => (
                <li key={i}>
                  <code>{where(w, i18n)}</code> {w.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
