// JobProgress, classic rendering: no ARIA at all, divs with click handlers, a home-made modal.
(function () {
  const view = document.getElementById('view');
  const meMenu = document.getElementById('me-menu');

  function api(path, body) {
    const init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch('/__sandbox__/' + path, init).then((r) => r.json().then((j) => {
      if (!r.ok) throw new Error((j.error && j.error.message) || 'Something went wrong');
      return j;
    }));
  }
  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function shortDate(iso) {
    const d = new Date(iso);
    return (d.getMonth() + 1) + '/' + d.getDate() + '/' + d.getFullYear();
  }
  // The list never has token values: it shows a masked tail made from the token's id and name.
  function maskedTail(t) {
    let h = 7;
    for (const c of t.id + t.name + t.createdAt) h = (h * 31 + c.charCodeAt(0)) >>> 0;
    return '••••' + h.toString(36).slice(-4).padStart(4, 'x');
  }
  function toast(text) {
    const t = el('div', 'jp-toast', text);
    document.body.appendChild(t);
    setTimeout(() => t.remove(), 2500);
  }

  document.getElementById('me').addEventListener('click', (e) => {
    e.stopPropagation();
    meMenu.classList.toggle('open');
  });
  document.addEventListener('click', () => meMenu.classList.remove('open'));
  document.querySelectorAll('[data-go]').forEach((item) => item.addEventListener('click', () => {
    meMenu.classList.remove('open');
    location.hash = item.getAttribute('data-go');
  }));

  const SECTIONS = [
    ['Company Info', '#/settings'],
    ['Users', '#/settings/users'],
    ['Job Workflow', '#/settings/workflow'],
    ['Email Templates', '#/settings/email-templates'],
    ['Integrations', '#/settings/integrations'],
    ['Developers', '#/settings/developers'],
  ];

  function settings(active, body) {
    const wrap = el('div', 'jp-settings');
    const menu = el('div', 'jp-settings-menu');
    for (const [name, hash] of SECTIONS) {
      const item = el('div', hash === active ? 'on' : '', name);
      item.addEventListener('click', () => { location.hash = hash; });
      menu.appendChild(item);
    }
    const main = el('div', 'jp-settings-body');
    main.appendChild(body);
    wrap.append(menu, main);
    return wrap;
  }

  function companyInfo() {
    const card = el('div', 'jp-card');
    card.appendChild(el('div', 'jp-title', 'Company Info'));
    for (const [label, value] of [['Company Name', 'Acme Roofing'], ['Phone', '(555) 201-4410'], ['Address', '88 Ridge Rd, Springfield']]) {
      card.appendChild(el('div', 'jp-lbl', label));
      const input = el('input', 'jp-in');
      input.value = value;
      card.appendChild(input);
      card.appendChild(el('div', 'jp-err'));
    }
    return card;
  }

  function developers() {
    const card = el('div', 'jp-card');
    const bar = el('div', 'jp-bar');
    const titles = el('div');
    titles.appendChild(el('div', 'jp-title', 'Developers'));
    titles.appendChild(el('div', 'jp-sub', 'Public API tokens let other applications work with your JobProgress account.'));
    const generate = el('a', 'jp-btn', 'Generate Token');
    generate.href = 'javascript:void(0)';
    generate.addEventListener('click', openGenerate);
    bar.append(titles, generate);
    card.appendChild(bar);
    const table = el('table', 'jp-table');
    const head = el('tr', 'head');
    for (const h of ['Token Name', 'Token', 'Created On', '']) head.appendChild(el('td', '', h));
    table.appendChild(head);
    card.appendChild(table);
    const loading = el('tr');
    loading.appendChild(el('td', '', 'Loading tokens…'));
    table.appendChild(loading);
    api('tokens').then((tokens) => {
      loading.remove();
      for (const t of tokens) {
        const row = el('tr');
        row.appendChild(el('td', '', t.name));
        row.appendChild(el('td', 'jp-mask', maskedTail(t)));
        row.appendChild(el('td', '', shortDate(t.createdAt)));
        const revoke = el('td', 'jp-link', 'Revoke');
        revoke.addEventListener('click', () => {
          if (confirm('Revoke the token "' + t.name + '"?')) api('tokens/' + t.id + '/revoke', {}).then(render);
        });
        row.appendChild(revoke);
        table.appendChild(row);
      }
    });
    return card;
  }

  function openGenerate() {
    const shade = el('div', 'jp-shade');
    const box = el('div', 'jp-box');
    const head = el('div', 'jp-box-head');
    head.appendChild(el('b', '', 'Generate Token'));
    const x = el('span', 'jp-x', '×');
    head.appendChild(x);
    const body = el('div', 'jp-box-body');
    const foot = el('div', 'jp-box-foot');
    box.append(head, body, foot);
    const close = () => { shade.remove(); box.remove(); render(); };
    x.addEventListener('click', close);

    body.appendChild(el('div', 'jp-lbl', 'Token Name'));
    const name = el('input', 'jp-in');
    name.type = 'text';
    name.placeholder = 'e.g. Zapier';
    body.appendChild(name);
    const err = el('div', 'jp-err');
    body.appendChild(err);
    const cancel = el('div', 'jp-btn grey', 'Cancel');
    cancel.addEventListener('click', close);
    const go = el('div', 'jp-btn', 'Generate');
    let busy = false;
    go.addEventListener('click', () => {
      if (busy) return;
      if (!name.value.trim()) { err.textContent = 'Please enter a token name.'; return; }
      busy = true;
      api('tokens', { name: name.value }).then((created) => {
        body.textContent = '';
        foot.textContent = '';
        body.appendChild(el('div', 'jp-lbl', 'Access Token'));
        const shown = el('input', 'jp-in mono');
        shown.type = 'text';
        shown.readOnly = true;
        body.appendChild(shown);
        // Set by script: the page never writes the token into an attribute.
        shown.value = created.token;
        body.appendChild(el('div', 'jp-warn', 'Make sure to copy your access token now. You won’t be able to see it again!'));
        const copy = el('div', 'jp-btn', 'Copy to Clipboard');
        copy.addEventListener('click', () => {
          const done = () => { close(); toast('Token copied to clipboard'); };
          (navigator.clipboard ? navigator.clipboard.writeText(created.token) : Promise.reject()).then(done, done);
        });
        foot.appendChild(copy);
      }, (e) => { busy = false; err.textContent = e.message; });
    });
    foot.append(cancel, go);
    document.body.append(shade, box);
    name.focus();
  }

  function placeholder(title) {
    const card = el('div', 'jp-card');
    card.appendChild(el('div', 'jp-title', title));
    card.appendChild(el('div', 'jp-sub', 'Nothing to show here in this sandbox.'));
    return card;
  }

  function render() {
    const hash = location.hash || '#/dashboard';
    view.textContent = '';
    document.querySelectorAll('.jp-side-item').forEach((i) => i.classList.toggle('on', i.getAttribute('data-go') === hash));
    if (hash === '#/settings') view.appendChild(settings(hash, companyInfo()));
    else if (hash === '#/settings/developers') view.appendChild(settings(hash, developers()));
    else if (hash.startsWith('#/settings/')) {
      const section = SECTIONS.find((s) => s[1] === hash);
      view.appendChild(settings(hash, placeholder(section ? section[0] : 'Settings')));
    } else if (hash === '#/dashboard') {
      const card = placeholder('Dashboard');
      card.appendChild(el('div', '', 'Good morning, Jane. 4 appointments today, 2 estimates awaiting signature.'));
      view.appendChild(card);
    } else view.appendChild(placeholder(hash.slice(2).replace(/^./, (c) => c.toUpperCase())));
  }
  window.addEventListener('hashchange', render);
  render();
})();
