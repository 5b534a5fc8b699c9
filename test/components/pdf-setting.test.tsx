// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, test, vi } from 'vitest';
import PdfSetting from '../../components/options/PdfSetting';

afterEach(cleanup);

test('off by default; turning it on asks for the permission, and a refusal leaves it off and says why', async () => {
  const set = vi.fn(async () => ({ ok: true as const, value: false }));
  render(<PdfSetting deps={{ load: async () => false, set }} />);
  const box = (await screen.findByLabelText('Open PDFs from the web in the ClauseLens reader')) as HTMLInputElement;
  await waitFor(() => expect(box.disabled).toBe(false));
  expect(box.checked).toBe(false);
  fireEvent.change(box, { target: { checked: true } });
  await waitFor(() => expect(set).toHaveBeenCalledWith(true));
  expect((await screen.findByRole('alert')).textContent).toMatch(/did not grant the permission/);
  expect(box.checked).toBe(false);
});

test('granted: it stays on', async () => {
  const set = vi.fn(async (on: boolean) => ({ ok: true as const, value: on }));
  render(<PdfSetting deps={{ load: async () => false, set }} />);
  const box = (await screen.findByLabelText('Open PDFs from the web in the ClauseLens reader')) as HTMLInputElement;
  await waitFor(() => expect(box.disabled).toBe(false));
  fireEvent.change(box, { target: { checked: true } });
  await waitFor(() => expect(box.checked).toBe(true));
  expect(screen.queryByRole('alert')).toBeNull();
});
