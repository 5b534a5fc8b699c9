// The options page: wiring only; the editor is components/options/OptionsApp.
import { render } from 'preact';
import OptionsApp from '@/components/options/OptionsApp';
import PdfSetting, { type PdfSettingDeps } from '@/components/options/PdfSetting';
import { openPdfsInReader, setOpenPdfsInReader } from '@/lib/extension/pdf-setting';
import { loadStore, saveStore, watchStore } from '@/lib/extension/baselines';
import '@/components/common/base.css';
import './style.css';

const pdfSetting: PdfSettingDeps = {
  load: () => openPdfsInReader.getValue(),
  set: (on) =>
    setOpenPdfsInReader(on).then(
      (value) => ({ ok: true as const, value }),
      (e: unknown) => ({ ok: false as const, error: e instanceof Error ? e.message : String(e) }),
    ),
};

render(
  <>
    <OptionsApp storage={{ load: loadStore, save: saveStore, watch: watchStore }} />
    <PdfSetting deps={pdfSetting} />
  </>,
  document.getElementById('app')!,
);
