// The options page: wiring only; the editor is components/OptionsApp.
import { render } from 'preact';
import OptionsApp from '@/components/OptionsApp';
import '@/components/base.css';
import './style.css';

render(<OptionsApp />, document.getElementById('app')!);
