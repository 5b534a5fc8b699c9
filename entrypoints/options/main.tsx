// The options page: wiring only; the editor is components/options/OptionsApp.
import { render } from 'preact';
import OptionsApp from '@/components/options/OptionsApp';
import { loadStore, saveStore, watchStore } from '@/lib/extension/baselines';
import '@/components/common/base.css';
import './style.css';

render(<OptionsApp storage={{ load: loadStore, save: saveStore, watch: watchStore }} />, document.getElementById('app')!);
