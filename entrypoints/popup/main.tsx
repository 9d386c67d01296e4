import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { preloadPopupState } from '../../components/usePopupState';
import '../../components/styles/base.css';
import '../../components/styles/popup.css';

// The first render shows the background's snapshot: values appear without waiting for the worker.
await preloadPopupState();
render(<PopupApp />, document.getElementById('app')!);
