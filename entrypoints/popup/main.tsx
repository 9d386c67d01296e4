import { render } from 'preact';
import { i18n } from '#i18n';
import { PopupApp } from '../../components/PopupApp';
import { preloadPopupState } from '../../components/usePopupState';
import '../../components/styles/base.css';
import '../../components/styles/popup.css';

// The first render shows the background's snapshot: values appear without waiting for the worker.
// The page speaks the catalogue's language (screen readers pronounce by it).
performance.mark('popup:modules-ran'); // the bench tells the page's loading from our first render by it
document.documentElement.lang = i18n.t('locale').replace('_', '-');
document.title = i18n.t('popupHeader.title');
await preloadPopupState();
render(<PopupApp />, document.getElementById('app')!);
