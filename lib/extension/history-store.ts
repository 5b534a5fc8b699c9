/** The history's storage items, declared once; the pure side (versions, cap, comparison) is lib/notebook/history.ts. */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_HISTORY_CAP, emptyHistory, HISTORY_SCHEMA, parseHistory, type History } from '@/lib/notebook/history';

export interface HistorySettings {
  /** Off: nothing is recorded (and the popup shows no "Changed since"). */
  enabled: boolean;
  /** Size cap in characters of stored JSON. */
  cap: number;
}

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = { enabled: true, cap: DEFAULT_HISTORY_CAP };

export const historyItem = storage.defineItem<History>('local:history', { version: HISTORY_SCHEMA, fallback: emptyHistory() });

export const historySettingsItem = storage.defineItem<HistorySettings>('local:historySettings', { version: 1, fallback: DEFAULT_HISTORY_SETTINGS });

/** The stored history, with anything unreadable dropped and named. */
export async function loadHistory(): Promise<{ history: History; problems: string[] }> {
  return parseHistory(await historyItem.getValue());
}

/** Rejects when storage refuses (quota, storage unavailable): the caller reports it. */
export function saveHistory(history: History): Promise<void> {
  return historyItem.setValue(history);
}

export async function loadHistorySettings(): Promise<HistorySettings> {
  const s = await historySettingsItem.getValue();
  return {
    enabled: typeof s?.enabled === 'boolean' ? s.enabled : DEFAULT_HISTORY_SETTINGS.enabled,
    cap: typeof s?.cap === 'number' && s.cap > 0 ? s.cap : DEFAULT_HISTORY_SETTINGS.cap,
  };
}

export function saveHistorySettings(s: HistorySettings): Promise<void> {
  return historySettingsItem.setValue(s);
}

export function clearHistory(): Promise<void> {
  return historyItem.removeValue();
}
