// Leap (JobProgress) as an Ant Design v5 (React) SPA renders it, reproduced by hand in plain JS (no
// build step, no antd package): Layout with a dark Sider Menu, a header avatar Dropdown (hover
// trigger, the menu portaled to <body> and kept there hidden once closed), Settings as Tabs, the
// tokens in a Table (one real <table>, Spin while loading, masked previews "••••1a2b"), a portaled
// Modal (`.ant-modal-root` > mask + wrap > `.ant-modal[role=dialog][aria-labelledby]`, kept in the DOM
// hidden after closing) with a Form "Token Name" whose Input is controlled the React way (react-dom's
// value tracker: a value set through the element's own `value` setter does not reach the form), then
// the new token in a second Modal, and `message` toasts.
// How the token is shown depends on the host, one per walk:
// - www.jobprogress.com: `Typography.Paragraph code copyable` (the token in a <code>, the copy icon a
//   `span.ant-typography-copy[role=button][aria-label=Copy]`);
// - jobprogress.com: a read-only `Input.Password` (type=password, eye toggle) under a Form label
//   "API Token", with a "Copy" button beside it (Space.Compact).
import { fileSite } from '../serve';

const site = (hosts: string[], page: string) =>
  fileSite({
    crm: 'leap',
    hosts,
    dir: new URL('.', import.meta.url),
    routes: { '/app/': page, '/app/index.html': page, '/app/static/js/main.js': 'antd-app.js', '/app/static/css/main.css': 'antd.css' },
  });

export const leapAntdSites = [site(['www.jobprogress.com'], 'app.html'), site(['jobprogress.com'], 'app-password.html')];
