/** The options page's PDF switch: open every PDF from the web in the ClauseLens reader (off unless the user turns it on). */
import { useEffect, useState } from 'preact/hooks';
import type { Result } from '@/lib/extension/protocol';
import { useI18n } from '../common/i18n';
import ErrorAlert from '../common/ErrorAlert';

/** Where the switch is kept, and the browser's permission prompt: injected by the entrypoint. */
export interface PdfSettingDeps {
  load(): Promise<boolean>;
  /** Turning it on asks the browser for the permission first (from the click); answers what is now in force. */
  set(on: boolean): Promise<Result<boolean>>;
}

export interface Props {
  deps: PdfSettingDeps;
}

export default function PdfSetting({ deps }: Props) {
  const { t } = useI18n();
  const [on, setOn] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void deps.load().then(setOn), [deps]);
  async function change(next: boolean) {
    const answer = await deps.set(next);
    if (answer.ok) {
      setOn(answer.value);
      setError(answer.value === next ? null : t('options.pdfRefused'));
    } else setError(t('options.pdfFailed', { error: answer.error }));
  }
  return (
    <section class="pdf-setting" aria-labelledby="pdf-setting-heading">
      <h2 id="pdf-setting-heading">{t('options.pdfHeading')}</h2>
      <label>
        <input type="checkbox" checked={on === true} disabled={on === null} onChange={(e) => void change((e.currentTarget as HTMLInputElement).checked)} />{' '}
        {t('options.pdfSwitch')}
      </label>
      <p class="muted">
        {t('options.pdfExplain')}
      </p>
      <ErrorAlert message={error} />
    </section>
  );
}
