import { render } from 'preact';
import { i18n } from '#i18n';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/styles/base.css';
import '../../components/styles/options.css';

// The page speaks the catalogue's language (screen readers pronounce by it).
document.documentElement.lang = i18n.t('locale').replace('_', '-');
document.title = i18n.t('options.title');
render(<OptionsApp />, document.getElementById('app')!);
