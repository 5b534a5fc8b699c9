// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import PopupApp, { type PopupDeps } from '../../components/popup/PopupApp';
import { analyze, reevaluate } from '../../lib/engine/analyze';
import { DEFAULT_BASELINE, cloneBaseline, presetById, type Baseline } from '../../lib/engine/baseline/baseline';
import { termLines } from '../../lib/report/format';
import { markdownSummary } from '../../lib/report/summary';
import type { Result, TabState } from '../../lib/extension/protocol';
import type { Report } from '../../lib/engine/report';
import { readInput } from '../../lib/engine/text/input';

afterEach(cleanup);

function report(path: string, opts: { force?: boolean } = {}): Report {
  const format = path.endsWith('.md') ? 'markdown' : 'text';
  return analyze(readInput(readFileSync(`test/fixtures/${path}`, 'utf8'), format), { source: `https://vendor.example/${path}`, ...opts });
}

const connectel = report('seeds/connectel-dpa.txt');
const githubPrivacy = report('corpus/privacy-policy/github-privacy-statement.md');
const infrasec = report('seeds/infrasec-privacy-policy.txt');

function tab(r: Report | null, extra: Partial<TabState> = {}): TabState {
  return { url: r?.source ?? 'https://vendor.example/terms', report: r, detected: r !== null, forced: false, highlighting: true, siteHighlighting: true, ...extra };
}

function deps(state: TabState | null, over: Partial<PopupDeps> = {}): PopupDeps {
  return {
    tabState: vi.fn(async (): Promise<Result<TabState | null>> => ({ ok: true, value: state })),
    analyzeAnyway: vi.fn(async () => ({ ok: true as const, value: null })),
    reveal: vi.fn(async () => ({ ok: true as const, value: { shown: true } })),
    activeBaseline: async () => DEFAULT_BASELINE,
    copy: vi.fn(async () => undefined),
    openOptions: vi.fn(),
    ...over,
  };
}

async function open(d: PopupDeps) {
  render(<PopupApp deps={d} />);
  await screen.findByRole('heading', { level: 1 });
}

const deviationItems = () => within(screen.getByRole('region', { name: /deviations/i })).queryAllByRole('listitem');

describe('a DPA with deviations', () => {
  test('says what the page is, how sure, its title and the baseline', async () => {
    await open(deps(tab(connectel)));
    expect(screen.getByText('Data processing agreement')).toBeTruthy();
    expect(screen.getByText(`${Math.round(connectel.confidence * 100)}% sure`)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(connectel.title);
    // The source line of the header (the host also names the per-site highlight switch further down):
    // who the document is from, where it was read, and the date it states.
    const source = document.querySelector('.report-header .source')!;
    expect([...source.children].map((c) => [c.className, c.textContent])).toEqual([
      ['vendor', 'Vendor: Connectel'],
      ['host', 'vendor.example'],
      ['stated', 'Last updated Jan 29, 2026'],
    ]);
    expect(screen.getByText('GDPR processor, customer side')).toBeTruthy();
  });

  test("a vendor that is only the site's host is not said twice; a document without a date shows none", async () => {
    await open(deps(tab({ ...connectel, vendor: { name: 'vendor.example', source: 'site' }, updated: null })));
    const source = document.querySelector('.report-header .source')!;
    expect([...source.children].map((c) => c.textContent)).toEqual(['vendor.example']);
  });

  test('lists the engine’s deviations in its order, each with severity in words, what was found and what was expected', async () => {
    await open(deps(tab(connectel)));
    const items = deviationItems();
    expect(items).toHaveLength(connectel.deviations.length);
    connectel.deviations.forEach((d, i) => {
      const text = items[i].textContent ?? '';
      expect(text).toContain(d.title);
      expect(text).toContain(d.found);
      expect(text).toContain(`Your baseline expects ${d.expected}`);
      expect(text).toContain({ high: 'High', medium: 'Medium', low: 'Low' }[d.severity]);
    });
    expect(items[0].textContent).toContain('Breach notice');
    expect(items[0].textContent).toContain('72 hours');
    expect(items[0].textContent).toContain('Your baseline expects at most 48 hours');
  });

  test('shows every key term with its normalized value, and the terms the document does not state', async () => {
    await open(deps(tab(connectel)));
    const lines = termLines(connectel);
    const stated = within(screen.getByRole('region', { name: 'Key terms' }));
    const missing = within(screen.getByRole('region', { name: 'Not stated in the document' }));
    for (const l of lines) {
      const where = l.stated ? stated : missing;
      expect(where.getByText(l.value)).toBeTruthy();
    }
    expect(missing.getByText('Governing law')).toBeTruthy();
    expect(missing.getByText('no retention period')).toBeTruthy();
  });

  test('clicking a deviation shows its clause on the page', async () => {
    const d = deps(tab(connectel));
    await open(d);
    fireEvent.click(within(deviationItems()[0]).getByRole('button', { name: /Breach notice/ }));
    const clause = connectel.clauses[connectel.deviations[0].clause!];
    expect(d.reveal).toHaveBeenCalledWith(clause.start, clause.end);
    expect(await screen.findByText('Showing “Breach notice” on the page.')).toBeTruthy();
  });

  test('clicking a term shows the sentence it was read from', async () => {
    const d = deps(tab(connectel));
    await open(d);
    const breach = connectel.terms.breachNotice!;
    fireEvent.click(within(screen.getByRole('region', { name: 'Key terms' })).getByRole('button', { name: /Breach notice/ }));
    expect(d.reveal).toHaveBeenCalledWith(breach.start, breach.end);
  });

  test('a deviation about a missing term has nothing to click, and says it is not in the document', async () => {
    await open(deps(tab(connectel)));
    const governing = deviationItems().find((li) => li.dataset.rule === 'governing-law')!;
    expect(within(governing).queryByRole('button')).toBeNull();
    expect(governing.textContent).toContain('not in the document');
  });

  test('each entry can show the sentence it was read from and the reason', async () => {
    await open(deps(tab(connectel)));
    const first = deviationItems()[0];
    const details = first.querySelector('details')!;
    expect(within(first).getByText('Source & reason')).toBeTruthy();
    expect(details.textContent).toContain(connectel.terms.breachNotice!.evidence.slice(0, 60));
    expect(details.textContent).toContain('GDPR Art. 33');
  });

  test('when the page cannot be reached, the popup says so', async () => {
    const d = deps(tab(connectel), { reveal: async () => ({ ok: false, error: 'Receiving end does not exist.' }) });
    await open(d);
    fireEvent.click(within(deviationItems()[0]).getByRole('button', { name: /Breach notice/ }));
    expect(await screen.findByText('Could not reach the page: Receiving end does not exist.')).toBeTruthy();
  });

  test('“Copy summary” copies the Markdown summary', async () => {
    const d = deps(tab(connectel));
    await open(d);
    fireEvent.click(screen.getByRole('button', { name: 'Copy summary' }));
    await screen.findByText('Summary copied as Markdown.');
    expect(d.copy).toHaveBeenCalledWith(markdownSummary(connectel));
  });

  test('shows deviations against the active baseline, not the one the report was made with', async () => {
    await open(deps(tab(connectel), { activeBaseline: async () => presetById('lenient')! }));
    const lenient = reevaluate(connectel, presetById('lenient')!);
    expect(screen.getByText('Lenient')).toBeTruthy();
    expect(deviationItems().map((li) => li.dataset.rule)).toEqual(lenient.deviations.map((d) => d.rule));
    expect(deviationItems().map((li) => li.dataset.rule)).not.toContain('breach-notice-max-hours');
  });

  test('“Change” opens the baseline editor', async () => {
    const d = deps(tab(connectel));
    await open(d);
    fireEvent.click(screen.getByRole('button', { name: 'Change baseline' }));
    expect(d.openOptions).toHaveBeenCalled();
  });
});

// Logfire's SCC attachment: the EU SCCs' Clause 17 chooses Ireland, its UK Addendum England and Wales.
const logfireScc = report('corpus/dpa/logfire-scc.md');

describe('governing law from two layers', () => {
  test('shows the main law, and the UK Addendum’s beside it, each revealing its own sentence', async () => {
    const d = deps(tab(logfireScc));
    await open(d);
    const item = document.querySelector<HTMLElement>('[data-term="governingLaw"]')!;
    expect(item.querySelector('.term-value')?.textContent).toBe('Ireland');
    const layer = within(item).getByRole('button', { name: 'UK Addendum: United Kingdom' });
    fireEvent.click(layer);
    const uk = logfireScc.terms.governingLaw!.layers!['uk-addendum']!;
    expect(d.reveal).toHaveBeenCalledWith(uk.start, uk.end);
    expect(uk.evidence).toMatch(/England and Wales/);
  });

  test("sub-processors: the body's general authorization, and the 2010 SCCs' specific one beside it (GitHub's 2021 addendum)", async () => {
    const github2021 = report('corpus/dpa/github-dpa-2021.md');
    await open(deps(tab(github2021)));
    const item = document.querySelector<HTMLElement>('[data-term="subprocessors"]')!;
    expect(item.querySelector('.term-value')?.textContent).toMatch(/^general authorization/);
    expect(within(item).getByRole('button', { name: 'SCCs: specific authorization' })).toBeTruthy();
  });

  test('a document whose layers agree, or that has one law, shows no second line', async () => {
    const cloudmqtt = report('seeds/cloudmqtt-dpa.txt');
    await open(deps(tab(cloudmqtt)));
    const item = document.querySelector<HTMLElement>('[data-term="governingLaw"]')!;
    expect(item.querySelector('.term-value')?.textContent).toBe('Sweden');
    expect(item.querySelector('.term-layers')).toBeNull();
  });
});

describe('a privacy policy', () => {
  test('is named as one and shows the privacy-policy rules’ deviations and terms', async () => {
    await open(deps(tab(githubPrivacy)));
    expect(screen.getByText('Privacy policy')).toBeTruthy();
    expect(deviationItems().map((li) => li.dataset.rule)).toEqual(githubPrivacy.deviations.map((d) => d.rule));
    expect(screen.getByText('Response to data subjects')).toBeTruthy();
    expect(screen.getByText('requests answered within 45 days')).toBeTruthy();
  });
});

describe('no deviations', () => {
  test('a privacy policy that meets the baseline says so', async () => {
    expect(infrasec.deviations).toEqual([]);
    await open(deps(tab(infrasec)));
    expect(screen.getByText(/No deviations: this document meets your baseline/)).toBeTruthy();
    expect(deviationItems()).toHaveLength(0);
    expect(screen.getByText('3 years, 7 years')).toBeTruthy();
  });

  test('a DPA judged against a baseline it meets', async () => {
    const relaxed: Baseline = cloneBaseline(presetById('lenient')!);
    relaxed.name = 'Relaxed';
    for (const r of ['governing-law', 'audit-notice-days', 'deletion-days'] as const) relaxed.rules[r].enabled = false;
    await open(deps(tab(connectel), { activeBaseline: async () => relaxed }));
    expect(screen.getByText('Relaxed')).toBeTruthy();
    expect(screen.getByText(/No deviations/)).toBeTruthy();
  });
});

describe('a page that was not recognised', () => {
  test('says so and offers to analyze it anyway; the forced report is then shown', async () => {
    const forced = report('corpus/other/github-terms.md', { force: true });
    let state: TabState | null = null;
    const d = deps(null, {
      tabState: vi.fn(async () => ({ ok: true as const, value: state })),
      analyzeAnyway: vi.fn(async () => {
        state = tab(forced, { forced: true });
        return { ok: true as const, value: null };
      }),
    });
    await open(d);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('does not read as a DPA or a privacy policy');
    expect(screen.queryByRole('button', { name: 'Copy summary' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Analyze this page anyway' }));
    await screen.findByText('Not a DPA or privacy policy');
    expect(d.analyzeAnyway).toHaveBeenCalledTimes(1);
    expect(screen.getByText(/Analyzed on request/)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(forced.title);
  });

  test('a page seen but not recognised is reported the same way', async () => {
    await open(deps(tab(null, { url: 'https://vendor.example/blog', detected: false })));
    expect(screen.getByText('https://vendor.example/blog')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Analyze this page anyway' })).toBeTruthy();
  });

  test('when the page cannot be analyzed, the reason is announced', async () => {
    await open(deps(null, { analyzeAnyway: async () => ({ ok: false, error: 'Could not establish connection' }) }));
    fireEvent.click(screen.getByRole('button', { name: 'Analyze this page anyway' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Could not establish connection');
  });
});

describe('keyboard and screen reader', () => {
  test('every clickable entry is a button, and its name carries severity, finding and expectation', async () => {
    await open(deps(tab(connectel)));
    const button = within(deviationItems()[0]).getByRole('button');
    expect(button.tagName).toBe('BUTTON');
    expect(button.textContent).toMatch(/^High.*Breach notice.*72 hours.*Your baseline expects at most 48 hours/);
  });

  test('the reading order is: what the page is, deviations, key terms, the highlights, unstated terms', async () => {
    await open(deps(tab(connectel)));
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings).toEqual([connectel.title, `Deviations ${connectel.deviations.length}`, 'Key terms', 'Highlights', 'Not stated in the document']);
  });
});

describe('the highlights: page and site switches, the legend', () => {
  const counts = (r: Report) => {
    const m = new Map<string, number>();
    for (const c of r.clauses) for (const id of c.categories) m.set(id, (m.get(id) ?? 0) + 1);
    return m;
  };

  test('out of the box the key-term categories are on and the rest off; a switch sends the new choice', async () => {
    const setShown = vi.fn(async (_t: string, categories: string[]) => ({ ok: true as const, value: { categories } }));
    await open(deps(tab(connectel), { shownCategories: async () => ({}), setShown: setShown as PopupDeps['setShown'] }));
    const legend = screen.getByRole('group', { name: 'Categories to highlight' });
    const boxes = within(legend).getAllByRole('checkbox') as HTMLInputElement[];
    // Every category the document has, with its clause count, and no other.
    expect(boxes).toHaveLength(counts(connectel).size);
    const checked = (name: string) => (within(legend).getByRole('checkbox', { name: new RegExp(`^${name}`) }) as HTMLInputElement).checked;
    expect(checked('Breach notification')).toBe(true);
    if (counts(connectel).has('security-measures')) expect(checked('Security measures')).toBe(false);
    fireEvent.click(within(legend).getByRole('checkbox', { name: /^Breach notification/ }));
    expect(setShown).toHaveBeenCalledTimes(1);
    expect(setShown.mock.calls[0][0]).toBe('dpa');
    expect(setShown.mock.calls[0][1]).not.toContain('breach-notification');
    expect(setShown.mock.calls[0][1]).toContain('subprocessors');
    await screen.findByText(/^Highlighting \d+ categories\.$/);
    expect(checked('Breach notification')).toBe(false);
    // "Key terms only" puts the defaults back.
    fireEvent.click(screen.getByRole('button', { name: 'Key terms only' }));
    expect(setShown.mock.calls[1][1]).toContain('breach-notification');
  });

  test('a privacy policy starts from its own set', async () => {
    await open(deps(tab(githubPrivacy), { shownCategories: async () => ({}), setShown: vi.fn() }));
    const legend = screen.getByRole('group', { name: 'Categories to highlight' });
    const on = (within(legend).getAllByRole('checkbox') as HTMLInputElement[]).filter((b) => b.checked).map((b) => b.closest('label')!.dataset.category);
    expect(on).toContain('data-collection');
    expect(on).not.toContain('breach-notification');
    expect(on).not.toContain('contact');
  });

  test('the stored choice is what the legend shows', async () => {
    await open(deps(tab(connectel), { shownCategories: async () => ({ dpa: ['audit'] }), setShown: vi.fn() }));
    const legend = screen.getByRole('group', { name: 'Categories to highlight' });
    const on = (within(legend).getAllByRole('checkbox') as HTMLInputElement[]).filter((b) => b.checked).map((b) => b.closest('label')!.dataset.category);
    expect(on).toEqual(['audit']);
  });

  test('the page and site switches ask the background and show the new state', async () => {
    let state = tab(connectel);
    const setHighlighting = vi.fn(async (scope: 'page' | 'site', enabled: boolean) => {
      state = { ...state, highlighting: enabled, siteHighlighting: scope === 'site' ? enabled : state.siteHighlighting };
      return { ok: true as const, value: null };
    });
    await open(deps(state, { tabState: async () => ({ ok: true, value: state }), setHighlighting }));
    const site = screen.getByRole('checkbox', { name: /On every page of vendor\.example/ }) as HTMLInputElement;
    expect(site.checked).toBe(true);
    fireEvent.click(site);
    expect(setHighlighting).toHaveBeenCalledWith('site', false);
    await screen.findByText('Highlights off on this site.');
    expect((screen.getByRole('checkbox', { name: /On every page of/ }) as HTMLInputElement).checked).toBe(false);
    expect((screen.getByRole('checkbox', { name: 'On this page' }) as HTMLInputElement).checked).toBe(false);
  });
});

describe('the summary as a file', () => {
  test('"Download .md" hands the Markdown summary and a file name from the title to the browser', async () => {
    const download = vi.fn();
    await open(deps(tab(connectel), { download }));
    fireEvent.click(screen.getByRole('button', { name: /Download \.md/ }));
    expect(download).toHaveBeenCalledWith('data-processing-agreement-clauselens.md', markdownSummary(connectel));
    await screen.findByText('Summary saved as data-processing-agreement-clauselens.md.');
  });
});
