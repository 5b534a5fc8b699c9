/** The options page's History section: size used and cap, a switch to turn history off, and "Forget everything". */
import { useEffect, useState } from 'preact/hooks';
import type { HistoryStatus, Result } from '@/lib/extension/protocol';
import { useI18n } from '../common/i18n';
import ErrorAlert from '../common/ErrorAlert';

/** What the section asks of the background (the history's only writer). */
export interface HistoryDeps {
  status(): Promise<Result<HistoryStatus>>;
  setEnabled(enabled: boolean): Promise<Result<HistoryStatus>>;
  setCap(cap: number): Promise<Result<HistoryStatus>>;
  forget(): Promise<Result<HistoryStatus>>;
  openComparison?(): void;
}

export interface Props {
  deps: HistoryDeps;
}

/** Megabytes with two decimals under 1 MB and one above, in the language's digits ("0,12 MB"). */
const mb = (n: number, locale: string) => {
  const digits = n < 1024 * 1024 ? 2 : 1;
  return `${new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: false }).format(n / 1024 / 1024)} MB`;
};
const CAPS = [1, 2, 4, 8];

export default function HistorySettings({ deps }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const [status, setStatus] = useState<HistoryStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState('');
  const take = (r: Result<HistoryStatus>, message = '') => {
    if (r.ok) {
      setStatus(r.value);
      setError(null);
      setDone(message);
    } else setError(r.error);
  };
  useEffect(() => void deps.status().then((r) => take(r)), []);
  if (!status) return error ? <p class="error" role="alert">{t('history.error', { error })}</p> : null;
  return (
    <section class="history-settings" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <p class="hint">{t('history.hint')}</p>
      <label class="check">
        <input type="checkbox" checked={status.enabled} onChange={(e) => void deps.setEnabled((e.target as HTMLInputElement).checked).then((r) => take(r, (e.target as HTMLInputElement).checked ? t('history.on') : t('history.off')))} />
        {t('history.keep')}
      </label>
      <p class="history-size" data-bytes={status.bytes}>
        {t('history.size', { documents: t('history.documents', { n: status.documents }), versions: t('history.versions', { n: status.versions }), used: mb(status.bytes, i18n.locale) })}{' '}
        <select aria-label={t('history.capLabel')} value={String(status.cap)} onChange={(e) => void deps.setCap(Number((e.target as HTMLSelectElement).value)).then((r) => take(r, t('history.capChanged')))}>
          {[...new Set([...CAPS.map((n) => n * 1024 * 1024), status.cap])].sort((a, b) => a - b).map((c) => (
            <option key={c} value={String(c)}>
              {mb(c, i18n.locale)}
            </option>
          ))}
        </select>
        {t('history.whenFull')}
      </p>
      <div class="toolbar">
        {deps.openComparison ? (
          <button type="button" class="button" onClick={deps.openComparison}>
            {t('history.compare')}
          </button>
        ) : null}
        {confirming ? (
          <span class="confirm">
            {t('history.forgetConfirm')}{' '}
            <button type="button" class="button danger" onClick={() => void deps.forget().then((r) => (setConfirming(false), take(r, t('history.forgotten'))))}>
              {t('history.forget')}
            </button>{' '}
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              {t('history.cancel')}
            </button>
          </span>
        ) : (
          <button type="button" class="button" onClick={() => setConfirming(true)} disabled={!status.versions}>
            {t('history.forgetAsk')}
          </button>
        )}
      </div>
      <ErrorAlert message={error ?? status.error} />
      <p class="status" role="status">
        {done}
      </p>
    </section>
  );
}
