// Leap, "next" rendering: rich ARIA (menu button, landmarks, aria-current, a labelled native
// <dialog>), token cards as definition lists, and the new token shown inline under the Generate
// button as a CSS grid of sibling divs (label, value), not in a dialog.
(() => {
  const main = document.getElementById('main');
  const announcer = document.getElementById('announcer');
  const accountBtn = document.querySelector('.account-btn');
  const accountMenu = document.getElementById('account-menu');

  const api = async (path, body) => {
    const init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    const r = await fetch('/__sandbox__/' + path, init);
    const j = await r.json();
    if (!r.ok) throw new Error((j.error && j.error.message) || 'Request failed');
    return j;
  };
  const h = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (v !== false && v !== undefined) e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
    return e;
  };
  const date = (iso) => new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
  // Leap shows the start of a token, never the whole of it, in the list.
  const preview = (t) => 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.' + btoa(JSON.stringify({ sub: t.id, name: t.name })).replace(/=+$/, '').slice(0, 22) + '…';

  const setMenu = (open) => {
    accountBtn.setAttribute('aria-expanded', String(open));
    accountMenu.hidden = !open;
    if (open) accountMenu.querySelector('a').focus();
  };
  accountBtn.addEventListener('click', (e) => { e.stopPropagation(); setMenu(accountMenu.hidden); });
  document.addEventListener('click', () => setMenu(false));
  accountMenu.addEventListener('keydown', (e) => { if (e.key === 'Escape') { setMenu(false); accountBtn.focus(); } });

  const SECTIONS = [['general', 'General'], ['users', 'Users & Permissions'], ['stages', 'Workflow Stages'], ['integrations', 'Integrations'], ['developers', 'Developers']];

  const settingsLayout = (section, content) =>
    h('div', { class: 'settings' },
      h('nav', { 'aria-label': 'Settings' },
        h('ul', {}, SECTIONS.map(([id, label]) => h('li', {}, h('a', { href: '#/company-settings/' + id, 'aria-current': id === section ? 'page' : false }, label))))),
      content);

  function general() {
    return h('section', { class: 'panel', 'aria-labelledby': 'general-h' },
      h('h1', { id: 'general-h' }, 'General'),
      h('p', {}, 'Company profile, time zone and business hours.'),
      h('dl', {}, h('dt', {}, 'Company'), h('dd', {}, 'Acme Roofing'), h('dt', {}, 'Time zone'), h('dd', {}, 'America/Chicago')));
  }

  function developers() {
    const slot = h('div', {});
    const list = h('ul', { class: 'cards', role: 'list', 'aria-labelledby': 'tokens-h', 'aria-busy': 'true' }, h('li', {}, 'Loading tokens…'));
    const generate = h('button', { type: 'button', class: 'btn primary', onclick: () => askName(slot, load) }, 'Generate Token');
    const load = async () => {
      const tokens = await api('tokens');
      list.replaceChildren(...tokens.map((t) => h('li', { class: 'card', 'aria-labelledby': 'tok-' + t.id },
        h('h3', { id: 'tok-' + t.id }, t.name),
        h('dl', {}, h('dt', {}, 'Token'), h('dd', {}, h('code', {}, preview(t))), h('dt', {}, 'Created'), h('dd', {}, h('time', { datetime: t.createdAt }, date(t.createdAt)))),
        h('button', { type: 'button', class: 'btn', 'aria-label': 'Revoke ' + t.name, onclick: async () => { await api('tokens/' + t.id + '/revoke', {}); load(); } }, 'Revoke'))));
      list.removeAttribute('aria-busy');
    };
    load();
    return h('section', { class: 'panel', 'aria-labelledby': 'dev-h' },
      h('h1', { id: 'dev-h' }, 'Developers'),
      h('p', {}, 'Connect other software to Leap with a public API token.'),
      h('pre', { class: 'sample', 'aria-hidden': 'true' }, 'curl https://api.leap.example/v2/jobs \\\n  -H "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzYW1wbGUifQ.c2FtcGxlLXNpZ25hdHVyZS1ub3QtcmVhbA"'),
      h('div', { class: 'toolbar' }, h('h2', { id: 'tokens-h' }, 'Public API Tokens'), generate),
      slot,
      list);
  }

  function askName(slot, reload) {
    const error = h('div', { class: 'error', id: 'name-error', 'aria-live': 'assertive' });
    const input = h('input', { name: 'tokenName', required: true, autocomplete: 'off', 'aria-describedby': 'name-help name-error' });
    const dialog = h('dialog', { 'aria-labelledby': 'name-h', 'aria-describedby': 'name-help' },
      h('form', { method: 'dialog' },
        h('h2', { id: 'name-h' }, 'Name your new token'),
        h('p', { id: 'name-help' }, 'Pick a name that says which app will use it.'),
        h('label', {}, 'Token name', input, error),
        h('div', { class: 'dialog-actions' },
          h('button', { type: 'button', class: 'btn', onclick: () => dialog.close() }, 'Cancel'),
          h('button', { type: 'submit', class: 'btn primary' }, 'Generate'))));
    dialog.querySelector('form').addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!input.value.trim()) { error.textContent = 'Enter a name for the token.'; return; }
      try {
        const created = await api('tokens', { name: input.value });
        dialog.close();
        reveal(slot, created);
        announcer.textContent = 'Token generated. Copy it now.';
        reload();
      } catch (err) { error.textContent = err.message; }
    });
    dialog.addEventListener('close', () => dialog.remove());
    document.body.append(dialog);
    dialog.showModal();
  }

  function reveal(slot, created) {
    const copy = h('button', { type: 'button', class: 'btn primary' }, 'Copy to Clipboard');
    copy.addEventListener('click', async () => {
      try { await navigator.clipboard.writeText(created.token); } catch { /* the person copies by hand */ }
      copy.textContent = 'Copied ✓';
    });
    const grid = h('div', { class: 'reveal-grid' },
      h('div', { class: 'k' }, 'API Token'), h('div', { class: 'v mono' }, created.token),
      h('div', { class: 'k' }, 'Name'), h('div', { class: 'v' }, created.name),
      h('div', { class: 'k' }, 'Created'), h('div', { class: 'v' }, date(created.createdAt)));
    const panel = h('div', { class: 'reveal', role: 'region', 'aria-label': 'New API token' },
      h('p', {}, h('strong', {}, 'Copy this token now. '), 'For your security it is shown only this once.'),
      grid,
      h('div', { class: 'reveal-actions' }, copy, h('button', { type: 'button', class: 'btn', onclick: () => panel.remove() }, 'Done')));
    slot.replaceChildren(panel);
  }

  function simple(title, text) {
    return h('section', { class: 'panel' }, h('h1', {}, title), h('p', {}, text));
  }

  function render() {
    const hash = location.hash || '#/home';
    const settings = /^#\/company-settings\/([\w-]+)/.exec(hash);
    if (settings) {
      const section = settings[1];
      const label = (SECTIONS.find(([id]) => id === section) || [])[1] || 'Settings';
      const content = section === 'developers' ? developers() : section === 'general' ? general() : simple(label, 'Nothing to change here in this sandbox.');
      main.replaceChildren(settingsLayout(section, content));
    } else if (hash === '#/home') main.replaceChildren(simple('Home', 'Welcome back, Jane. You have 3 appointments today.'));
    else main.replaceChildren(simple(hash.slice(2).replace(/^./, (c) => c.toUpperCase()), 'Nothing here in this sandbox.'));
    document.title = 'Leap';
  }
  window.addEventListener('hashchange', render);
  render();
})();
