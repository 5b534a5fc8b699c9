// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import PopupApp, { type PopupDeps } from '../../components/popup/PopupApp';
import { DEFAULT_BASELINE } from '../../lib/engine/baseline/baseline';
import type { Result, TabState } from '../../lib/extension/protocol';

afterEach(cleanup);

const PDF = 'https://basecamp.com/assets/general/dpa.pdf';

function deps(state: TabState | null, pdf: string | null): PopupDeps {
  return {
    tabState: vi.fn(async (): Promise<Result<TabState | null>> => ({ ok: true, value: state })),
    analyzeAnyway: vi.fn(async () => ({ ok: true as const, value: null })),
    reveal: vi.fn(async () => ({ ok: true as const, value: { shown: true } })),
    activeBaseline: async () => DEFAULT_BASELINE,
    copy: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    pdfAddress: vi.fn(async () => pdf),
    openReader: vi.fn(),
  };
}

describe('the popup on a PDF', () => {
  test('a tab showing a PDF offers "Open in ClauseLens", which opens that PDF in the reader', async () => {
    const d = deps(null, PDF);
    render(<PopupApp deps={d} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open in ClauseLens' }));
    expect(d.openReader).toHaveBeenCalledWith(PDF);
    expect(screen.getByText(PDF)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /analyze this page anyway/i })).toBeNull();
  });

  test('a PDF the reader could not analyse says why, and never that it meets the baseline', async () => {
    const notice = 'This PDF contains no text that ClauseLens can read (it may be scanned).';
    const state: TabState = { url: `${PDF}#clauselens-sha256=${'a'.repeat(64)}`, report: null, detected: false, forced: false, highlighting: true, siteHighlighting: true, notice };
    const d = deps(state, null);
    render(<PopupApp deps={d} />);
    expect((await screen.findByRole('alert')).textContent).toBe(notice);
    expect(document.body.textContent).not.toMatch(/meets your baseline|no deviations/i);
    expect(screen.queryByRole('button', { name: /analyze/i })).toBeNull();
    // A tab the reader already read is not asked whether it shows a PDF.
    expect(d.pdfAddress).not.toHaveBeenCalled();
  });

  test('any page: the reader is one click away, empty, to pick or drop a file', async () => {
    const d = deps(null, null);
    render(<PopupApp deps={d} />);
    fireEvent.click(await screen.findByRole('button', { name: /open a pdf file in clauselens/i }));
    expect(d.openReader).toHaveBeenCalledWith(null);
    expect(screen.getByRole('button', { name: /analyze this page anyway/i })).toBeTruthy();
  });
});
