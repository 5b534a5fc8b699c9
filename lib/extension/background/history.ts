/**
 * The background's history: the only writer of the history store. Each analysis of a DPA or
 * privacy policy records a compact version (unless history is off); a text that differs from the
 * version seen on the previous visit comes back with what changed.
 */
import { versionBlocks } from '@/lib/engine/compare';
import type { Report } from '@/lib/engine/report';
import type { Doc } from '@/lib/engine/text/types';
import { statedDate } from '@/lib/engine/text/updated';
import { compareWithStored, enforceCap, historySize, makeVersion, recordVersion } from '@/lib/notebook/history';
import { documentKey } from '@/lib/notebook/pagekey';
import type { Notebook } from '@/lib/notebook/notebook';
import { TABLE_HEADERS, tableRow, vendorOf } from '@/lib/report/changes';
import { createI18n, EN, LOCALES, type I18n, type Locale } from '@/lib/report/i18n';
import { clearHistory, loadHistory, loadHistorySettings, saveHistory, saveHistorySettings } from '../history-store';
import { readNotebook } from '../notebook-store';
import type { ChangeSummary, HistoryRow, HistoryStatus } from '../protocol';
import type { Background, BackgroundHandlers } from './context';
import { flag, PayloadError } from './validate';

/** Storage errors in words a user can act on. */
function storageProblem(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/quota/i.test(message)) return `the browser's storage for ClauseLens is full (${message}); lower the history size or forget the history on the options page`;
  return `could not write the history to the browser's storage: ${message}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

export interface Recorded {
  changes: ChangeSummary | null;
  /** Offsets (in the analysed text) of clauses added or changed since the previous visit. */
  changed: { start: number; end: number }[];
  error: string | null;
}

export function createHistoryService(now: () => number = Date.now) {
  let lastError: string | null = null;
  /** One write at a time: two tabs analysed at once must not overwrite each other's versions. */
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job);
    queue = next.catch(() => undefined);
    return next;
  };

  async function status(): Promise<HistoryStatus> {
    const settings = await loadHistorySettings();
    const { history, problems } = await loadHistory();
    return {
      enabled: settings.enabled,
      cap: settings.cap,
      bytes: history.docs.length ? historySize(history) : 0,
      documents: history.docs.length,
      versions: history.docs.reduce((n, d) => n + d.versions.length, 0),
      error: lastError ?? (problems.length ? problems.join('; ') : null),
    };
  }

  return {
    status,
    /**
     * Records the version of `url` just analysed. `sameVisit`: this tab already recorded a version of
     * this address since it loaded (text arriving in steps): that one is replaced, not kept beside.
     */
    record(url: string, report: Report, doc: Doc, sameVisit: boolean): Promise<Recorded> {
      return serial(async () => {
        const none: Recorded = { changes: null, changed: [], error: null };
        const settings = await loadHistorySettings();
        if (!settings.enabled) return none;
        try {
          const blocks = versionBlocks(doc);
          // The report's own date; a report made before it had one is read the older way.
          const version = await makeVersion(report, blocks, report.updated !== undefined ? report.updated : statedDate(doc.text), now());
          const { history } = await loadHistory();
          // The name the document gives itself first; a site's name or host only when the text names no company.
          const named = report.vendor?.source === 'document' ? report.vendor.name : '';
          const vendor = named || vendorOf(report.title, doc.text, '') || report.vendor?.name || hostOf(url);
          const result = recordVersion(history, { key: documentKey(url), url, vendor }, version, settings.cap, { replaceLatest: sameVisit });
          await saveHistory(result.history);
          lastError = null;
          if (result.outcome !== 'changed' || !result.previous) return none;
          const comparison = await compareWithStored(result.previous, { blocks, terms: report.terms, deviations: report.deviations });
          if (!comparison.changed) return none;
          const changed = comparison.clauses.changes.flatMap((c) => (c.kind !== 'removed' && c.start !== null && c.end !== null ? [{ start: c.start, end: c.end }] : []));
          return { changes: { since: result.previous.seenAt, statedBefore: result.previous.stated, statedAfter: version.stated, comparison }, changed, error: null };
        } catch (e) {
          lastError = storageProblem(e);
          return { ...none, error: lastError };
        }
      });
    },
    setEnabled(enabled: boolean): Promise<HistoryStatus> {
      return serial(async () => {
        await saveHistorySettings({ ...(await loadHistorySettings()), enabled });
        return status();
      });
    },
    setCap(cap: number): Promise<HistoryStatus> {
      return serial(async () => {
        if (!Number.isFinite(cap) || cap < 100_000) throw new Error('the history size must be at least 0.1 MB');
        await saveHistorySettings({ ...(await loadHistorySettings()), cap });
        const { history } = await loadHistory();
        try {
          await saveHistory(enforceCap(history, cap).history);
        } catch (e) {
          lastError = storageProblem(e);
        }
        return status();
      });
    },
    forget(): Promise<HistoryStatus> {
      return serial(async () => {
        await clearHistory();
        lastError = null;
        return status();
      });
    },
    /** One row per document: the latest version of each document in the history, then notebook documents not in it. */
    async rows(notebook: Notebook, i18n: I18n = EN): Promise<HistoryRow[]> {
      const { history } = await loadHistory();
      const rows: HistoryRow[] = [];
      for (const d of history.docs) {
        const v = d.versions[d.versions.length - 1];
        const row = tableRow({ docType: v.docType, terms: v.terms, deviations: v.deviations, source: d.url }, d.vendor, new Date(v.seenAt).toISOString().slice(0, 10), v.stated ?? '', i18n);
        rows.push({ ...row, key: d.key, url: d.url, title: v.title, versions: d.versions.length, from: 'history' });
      }
      const inHistory = new Set(history.docs.map((d) => d.key));
      for (const doc of notebook.documents) {
        if (inHistory.has(doc.key) || doc.docType === 'other') continue;
        const cells: HistoryRow['cells'] = {};
        const byLabel = new Map(doc.terms.map((t) => [t.label, t.value]));
        for (const [key, label] of Object.entries(TABLE_HEADERS)) cells[key] = { value: byLabel.get(label) ?? '—', start: null, end: null, evidence: null };
        rows.push({
          vendor: doc.vendor || hostOf(doc.url), type: doc.docType === 'dpa' ? 'Data processing agreement' : 'Privacy policy', source: doc.url,
          date: doc.updatedAt.slice(0, 10), stated: doc.stated ?? '', cells, deviations: doc.deviations.length, key: doc.key, url: doc.url, title: doc.title, versions: 0, from: 'notebook',
        });
      }
      return rows;
    },
  };
}

export type HistoryService = ReturnType<typeof createHistoryService>;

/** Messages from the options page and the comparison view. */
export function historyHandlers(bg: Background): BackgroundHandlers {
  return {
    historyStatus: () => bg.history.status(),
    setHistoryEnabled: (data) => bg.history.setEnabled(flag((data as { enabled?: unknown } | null)?.enabled, 'enabled')),
    setHistoryCap: (data) => {
      const cap = (data as { cap?: unknown } | null)?.cap;
      if (typeof cap !== 'number' || !Number.isFinite(cap)) throw new PayloadError('cap: expected a number of characters');
      return bg.history.setCap(cap);
    },
    forgetHistory: () => bg.history.forget(),
    historyRows: async (data) => {
      const locale = (data as { locale?: unknown } | null)?.locale;
      if (locale !== undefined && !(LOCALES as readonly unknown[]).includes(locale)) throw new PayloadError('locale: expected en, sv or de');
      return bg.history.rows((await readNotebook()).notebook, createI18n((locale as Locale | undefined) ?? 'en'));
    },
  };
}
