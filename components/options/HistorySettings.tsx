/** The options page's History section: size used and cap, a switch to turn history off, and "Forget everything". */
import { useEffect, useState } from 'preact/hooks';
import type { HistoryStatus, Result } from '@/lib/extension/protocol';

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

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 1)} MB`;
const CAPS = [1, 2, 4, 8];

export default function HistorySettings({ deps }: Props) {
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
  if (!status) return error ? <p class="error" role="alert">History: {error}</p> : null;
  return (
    <section class="history-settings" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <p class="hint">
        Each DPA or privacy policy you read is kept here as a compact version (its clauses compressed, its terms and
        deviations), so ClauseLens can tell you what changed on your next visit. It stays in this browser.
      </p>
      <label class="check">
        <input type="checkbox" checked={status.enabled} onChange={(e) => void deps.setEnabled((e.target as HTMLInputElement).checked).then((r) => take(r, (e.target as HTMLInputElement).checked ? 'History is on.' : 'History is off: nothing new is stored.'))} />
        Keep a history of the documents I read
      </label>
      <p class="history-size" data-bytes={status.bytes}>
        {status.documents} document{status.documents === 1 ? '' : 's'}, {status.versions} version{status.versions === 1 ? '' : 's'}: {mb(status.bytes)} of{' '}
        <select aria-label="History size limit" value={String(status.cap)} onChange={(e) => void deps.setCap(Number((e.target as HTMLSelectElement).value)).then((r) => take(r, 'Size limit changed.'))}>
          {[...new Set([...CAPS.map((n) => n * 1024 * 1024), status.cap])].sort((a, b) => a - b).map((c) => (
            <option key={c} value={String(c)}>
              {mb(c)}
            </option>
          ))}
        </select>
        . When full, the oldest versions of the documents you read least recently go first.
      </p>
      <div class="toolbar">
        {deps.openComparison ? (
          <button type="button" class="button" onClick={deps.openComparison}>
            Compare documents side by side
          </button>
        ) : null}
        {confirming ? (
          <span class="confirm">
            Forget every stored version?{' '}
            <button type="button" class="button danger" onClick={() => void deps.forget().then((r) => (setConfirming(false), take(r, 'History forgotten.')))}>
              Forget everything
            </button>{' '}
            <button type="button" class="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" class="button" onClick={() => setConfirming(true)} disabled={!status.versions}>
            Forget everything…
          </button>
        )}
      </div>
      {status.error || error ? (
        <p class="error" role="alert">
          {error ?? status.error}
        </p>
      ) : null}
      <p class="status" role="status">
        {done}
      </p>
    </section>
  );
}
