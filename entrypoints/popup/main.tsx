import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import '../../components/styles/base.css';
import '../../components/styles/popup.css';

render(<PopupApp />, document.getElementById('app')!);
