import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/styles/base.css';
import '../../components/styles/options.css';

render(<OptionsApp />, document.getElementById('app')!);
