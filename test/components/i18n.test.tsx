// @vitest-environment happy-dom
// The surfaces in the reader's language: the popup of a Swedish DPA (a PUB-avtal written for the tests, no permissively
// licensed one being in the corpus yet) in Swedish, the options page's language menu
// (stored by the background's handler, read back through the storage item) switching the page to German.
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import PopupApp, { type PopupDeps } from '../../components/popup/PopupApp';
import OptionsApp, { type LanguageControl } from '../../components/options/OptionsApp';
import SidePanelApp, { type SidePanelDeps } from '../../components/sidepanel/SidePanelApp';
import { I18nContext } from '../../components/common/i18n';
import { analyze } from '../../lib/engine/analyze';
import { DEFAULT_BASELINE } from '../../lib/engine/baseline/baseline';
import { readInput } from '../../lib/engine/text/input';
import type { Report } from '../../lib/engine/report';
import type { Result, TabState } from '../../lib/extension/protocol';
import { createBaselineWriter, loadStore, watchStore } from '../../lib/extension/baselines';
import { languageItem, loadLanguageSetting, watchI18n } from '../../lib/extension/language';
import { languageHandlers } from '../../lib/extension/background/language-handlers';
import { createI18n, type I18n, type LanguageSetting } from '../../lib/report/i18n';
import { docTypeLabel } from '../../lib/report/format';

beforeEach(() => fakeBrowser.reset());

/** The options page as the background sees it sending. */
const OPTIONS_PAGE = { tabId: null, url: 'chrome-extension://clauselens/options.html', extensionPage: true };
afterEach(cleanup);

function report(path: string): Report {
  const format = path.endsWith('.md') ? 'markdown' : 'text';
  return analyze(readInput(readFileSync(`test/fixtures/${path}`, 'utf8'), format), { source: `https://vendor.example/${path}`, force: true });
}

const connectel = report('seeds/connectel-dpa.txt');
const pubAvtal = report('written/pub-avtal.sv.md');

function popupDeps(r: Report, copy: (text: string) => Promise<void> = async () => undefined): PopupDeps {
  const state: TabState = { url: r.source, report: r, detected: true, forced: false, highlighting: true, siteHighlighting: true };
  return {
    tabState: async (): Promise<Result<TabState | null>> => ({ ok: true, value: state }),
    analyzeAnyway: async () => ({ ok: true as const, value: null }),
    reveal: async () => ({ ok: true as const, value: { shown: true } }),
    activeBaseline: async () => DEFAULT_BASELINE,
    copy,
    openOptions: () => undefined,
    saveAll: async () => ({ ok: true as const, value: { saved: 3, added: 1 } }),
  };
}

async function openPopup(i18n: I18n, deps: PopupDeps): Promise<void> {
  render(
    <I18nContext.Provider value={i18n}>
      <PopupApp deps={deps} />
    </I18nContext.Provider>,
  );
  await screen.findByRole('heading', { level: 1 });
}

const ENGLISH_CHROME = ['Deviations', 'Key terms', 'Copy summary', 'Save all', 'Highlights', 'On this page', 'Download', 'Not stated in the document', 'Your baseline expects', 'Source & reason', 'sure'];

describe('the popup in Swedish', () => {
  test('a DPA with deviations: headings, buttons, terms and deviations in Swedish, no English left', async () => {
    await openPopup(createI18n('sv'), popupDeps(connectel));
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual([connectel.title, `Avvikelser från din baslinje ${connectel.deviations.length}`, 'Nyckelvillkor', 'Färgmarkering', 'Anges inte i dokumentet']);
    expect(screen.getByText('Personuppgiftsbiträdesavtal')).toBeTruthy();
    expect(screen.getByText('GDPR-biträde, kundens sida')).toBeTruthy();
    expect(screen.getByRole('button', { name: /Kopiera sammanfattning/ })).toBeTruthy();
    const deviations = within(screen.getByRole('region', { name: /Avvikelser/ })).getAllByRole('listitem');
    expect(deviations[0].textContent).toContain('Anmälan av personuppgiftsincident');
    expect(deviations[0].textContent).toContain('anmälan inom 72 timmar');
    expect(deviations[0].textContent).toContain('Din baslinje kräver anmälan inom högst 48 timmar');
    expect(deviations[0].textContent).toContain('Hög');
    const terms = within(screen.getByRole('region', { name: 'Nyckelvillkor' }));
    expect(terms.getByText('Personuppgiftsincident')).toBeTruthy();
    const text = document.body.textContent ?? '';
    for (const english of ENGLISH_CHROME) expect(text).not.toContain(english);
    expect(document.body.innerHTML).not.toMatch(/title="Show this|aria-label="Source and reason/);
  });

  test('a Swedish DPA: its page type and the terms the engine read, worded in Swedish', async () => {
    await openPopup(createI18n('sv'), popupDeps(pubAvtal));
    // The page type in Swedish (the title, "Personuppgiftsbiträdesavtal", is the same word).
    expect(document.querySelector('.doctype-label')?.textContent).toBe(docTypeLabel(pubAvtal.docType, createI18n('sv')));
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(pubAvtal.title);
    const labels = [...document.querySelectorAll('.term-label')].map((e) => e.textContent);
    // Every key term the report has, stated or not, under its Swedish name.
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(['Personuppgiftsincident', 'Tredjelandsöverföring', 'Underbiträden', 'Radering', 'Lagringstid', 'Revision', 'Ansvar', 'Tillämplig lag', 'Svar till registrerade', 'Upphävd reglering']).toContain(label);
  });

  test('status lines and the copied summary follow the language', async () => {
    const copy = vi.fn(async (_text: string) => undefined);
    await openPopup(createI18n('sv'), popupDeps(connectel, copy));
    fireEvent.click(screen.getByRole('button', { name: /Spara alla/ }));
    await screen.findByText('3 klausuler sparade i sidopanelen (2 fanns redan).');
    fireEvent.click(screen.getByRole('button', { name: /Kopiera sammanfattning/ }));
    await screen.findByText('Sammanfattningen har kopierats som Markdown.');
    const md = copy.mock.calls[0][0];
    expect(md).toContain('- **Typ:** Personuppgiftsbiträdesavtal');
    expect(md).toContain('### Nyckelvillkor');
    expect(md).toContain('- **Baslinje:** GDPR-biträde, kundens sida');
  });
});

describe('the options page switches the language', () => {
  test('choosing Deutsch stores it through the background’s handler, and the page comes back in German', async () => {
    const handlers = languageHandlers();
    const language: LanguageControl = {
      load: loadLanguageSetting,
      async set(setting) {
        try {
          await handlers.setLanguage!({ language: setting }, OPTIONS_PAGE);
          return null;
        } catch (e) {
          return String(e);
        }
      },
      browserLocale: 'sv',
    };
    const writer = createBaselineWriter();
    const storage = { load: loadStore, change: (op: Parameters<typeof writer>[0]) => writer(op), watch: watchStore };
    // As entrypoints/options/main.tsx does: render, and render again in the new language when the setting changes.
    const mount = (i18n: I18n) =>
      render(
        <I18nContext.Provider value={i18n}>
          <OptionsApp storage={storage} language={language} />
        </I18nContext.Provider>,
        { container: document.getElementById('root') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'root' })) },
      );
    mount(createI18n('sv'));
    const select = (await screen.findByLabelText('Språk')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toEqual(['Samma som webbläsaren (Svenska)', 'English', 'Svenska', 'Deutsch']);
    expect(screen.getByRole('heading', { name: 'Regler' })).toBeTruthy();
    const unwatch = watchI18n(mount);
    fireEvent.change(select, { target: { value: 'de' } });
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Regeln' })).toBeTruthy());
    expect(await languageItem.getValue()).toBe('de');
    await waitFor(() => expect(screen.getByLabelText('Sprache')).toHaveProperty('value', 'de'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Meldung von Datenschutzverletzungen', { selector: '.rule-title' })).toBeTruthy();
    expect(screen.getByText(/Art\. 33 DSGVO/)).toBeTruthy();
    unwatch();
  });

  test('the background stores only the four known settings', async () => {
    const { setLanguage } = languageHandlers();
    await expect(Promise.resolve(setLanguage!({ language: 'fr' as LanguageSetting }, OPTIONS_PAGE))).rejects.toThrow(/unknown language setting/);
    await expect(Promise.resolve(setLanguage!({ language: { toString: 'x' } as unknown as LanguageSetting }, OPTIONS_PAGE))).rejects.toThrow();
    expect(await languageItem.getValue()).toBe('auto');
    await setLanguage!({ language: 'sv' }, OPTIONS_PAGE);
    expect(await loadLanguageSetting()).toBe('sv');
  });
});

describe('the side panel in German', () => {
  test('an empty notebook says how to save, in German', async () => {
    const deps: SidePanelDeps = {
      load: async () => ({ documents: [] }),
      watch: () => () => undefined,
      change: async () => ({ ok: true as const, value: { changed: false } }),
      open: async () => ({ ok: true as const, value: null }),
      activePage: async () => null,
      onActivePageChange: () => () => undefined,
      download: () => undefined,
      setAside: async () => [],
      now: () => new Date('2026-12-01T12:00:00Z'),
    } as unknown as SidePanelDeps;
    render(
      <I18nContext.Provider value={createI18n('de')}>
        <SidePanelApp deps={deps} />
      </I18nContext.Provider>,
    );
    expect(await screen.findByRole('heading', { name: 'Gespeicherte Markierungen' })).toBeTruthy();
    expect(screen.getByText('Noch nichts gespeichert.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Markdown-Memo' })).toBeTruthy();
  });
});
