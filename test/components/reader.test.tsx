// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import ReaderApp, { type ReaderDeps, type ReaderOutcome } from '../../components/reader/ReaderApp';
import { noticeText } from '../../components/reader/ReaderNotice';
import { I18nContext } from '../../components/common/i18n';
import { createI18n } from '../../lib/report/i18n';

afterEach(cleanup);

function deps(outcome: ReaderOutcome | ((hooks: Parameters<ReaderDeps['open']>[2]) => Promise<ReaderOutcome>), initial: string | null = 'https://vendor.example/dpa.pdf'): ReaderDeps {
  return {
    initial,
    open: vi.fn(async (_source, _pages, hooks) => (typeof outcome === 'function' ? outcome(hooks) : outcome)),
    analyzeAnyway: vi.fn(async () => ({ kind: 'shown' as const, title: 'T', pages: 3, detected: true, clauses: 4, deviations: 1 })),
  };
}

describe('the reader frame', () => {
  test('opens the PDF it was given and sums up what it found', async () => {
    const d = deps({ kind: 'shown', title: 'Data Processing Addendum', pages: 11, detected: true, clauses: 98, deviations: 4 });
    render(<ReaderApp deps={d} />);
    await screen.findByText('11 pages · 98 tagged clauses · 4 deviations from your baseline');
    expect(d.open).toHaveBeenCalledWith({ url: 'https://vendor.example/dpa.pdf' }, expect.anything(), expect.anything());
    expect(screen.getByText('Data Processing Addendum')).toBeTruthy();
  });

  test.each<[ReaderOutcome, RegExp]>([
    [{ kind: 'no-text', title: 'Scan', pages: 2 }, /^This PDF contains no text that ClauseLens can read \(it may be scanned\)\.$/],
    [{ kind: 'locked' }, /password-protected/],
    [{ kind: 'broken', message: 'it is damaged or not a PDF' }, /could not be read as a PDF \(it is damaged or not a PDF\)/],
    [{ kind: 'unreachable', message: 'the server answered 404 Not Found.' }, /could not load this PDF: the server answered 404/],
  ])('says so honestly: %j', async (outcome, words) => {
    render(<ReaderApp deps={deps(outcome)} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(words);
    expect(document.body.textContent).not.toMatch(/meets your baseline|no deviations/i);
  });

  test('asks for the password, tells a wrong one, and reads the PDF with the right one', async () => {
    const d = deps(async (hooks) => {
      if ((await hooks.password(false)) !== 'nope') throw new Error('first try');
      return (await hooks.password(true)) === 'clauselens' ? { kind: 'shown', title: 'T', pages: 1, detected: true, clauses: 2, deviations: 0 } : { kind: 'locked' };
    });
    render(<ReaderApp deps={d} />);
    const input = await screen.findByLabelText('PDF password');
    fireEvent.input(input, { target: { value: 'nope' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await screen.findByText(/not right/);
    fireEvent.input(screen.getByLabelText('PDF password'), { target: { value: 'clauselens' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open' }));
    await screen.findByText('1 page · 2 tagged clauses · 0 deviations from your baseline');
  });

  test('a PDF that is not a DPA can be analysed anyway', async () => {
    const d = deps({ kind: 'shown', title: 'Brochure', pages: 3, detected: false, clauses: 0, deviations: 0 });
    render(<ReaderApp deps={d} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Analyze it anyway' }));
    await waitFor(() => expect(d.analyzeAnyway).toHaveBeenCalled());
    await screen.findByText('3 pages · 4 tagged clauses · 1 deviation from your baseline');
  });

  test('without an address it waits for a file to be picked', async () => {
    const d = deps({ kind: 'shown', title: 'Picked', pages: 1, detected: false, clauses: 0, deviations: 0 }, null);
    const { container } = render(<ReaderApp deps={d} />);
    expect(screen.getByRole('heading', { name: 'Open a PDF' })).toBeTruthy();
    const file = new File(['%PDF-1.4'], 'vendor-dpa.pdf', { type: 'application/pdf' });
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file] });
    fireEvent.change(input);
    await waitFor(() => expect(d.open).toHaveBeenCalledWith({ file }, expect.anything(), expect.anything()));
  });
});

describe('the reader in the user’s language', () => {
  test.each<['sv' | 'de', RegExp, RegExp, RegExp]>([
    ['sv', /^11 sidor · 98 märkta klausuler · 1 avvikelse från din baslinje$/, /^Den här PDF:en innehåller ingen text som ClauseLens kan läsa/, /^Öppna en PDF…$/],
    ['de', /^11 Seiten · 98 markierte Klauseln · 1 Abweichung von Ihrer Baseline$/, /^Diese PDF enthält keinen Text, den ClauseLens lesen kann/, /^PDF öffnen…$/],
  ])('%s: the summary, the scan notice and the picker', async (locale, summary, scan, pick) => {
    const i18n = createI18n(locale);
    const wrap = (outcome: ReaderOutcome) =>
      render(
        <I18nContext.Provider value={i18n}>
          <ReaderApp deps={deps(outcome)} />
        </I18nContext.Provider>,
      );
    wrap({ kind: 'shown', title: 'Avtal', pages: 11, detected: true, clauses: 98, deviations: 1 });
    expect((await screen.findByRole('status')).textContent).toMatch(summary);
    expect(screen.getByText(pick)).toBeTruthy();
    cleanup();
    wrap({ kind: 'no-text', title: 'Scan', pages: 2 });
    expect((await screen.findByRole('alert')).textContent).toMatch(scan);
    // The notice the popup is sent is the same sentence.
    expect(noticeText({ kind: 'no-text', title: 'Scan', pages: 2 }, i18n)).toMatch(scan);
  });
});
