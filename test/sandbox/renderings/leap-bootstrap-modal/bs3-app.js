// JobProgress as its AngularJS + ui-bootstrap app renders it (markup reproduced by hand): a navbar
// dropdown under the user's name, Settings with a list-group menu, a striped table of tokens with
// asterisk-masked tails, a uib modal (role=dialog, .modal-backdrop) naming the token, then showing
// it in a <pre>; "Copy to Clipboard" copies and closes the modal at once.
(() => {
  const view = document.getElementById('view');
  const dropdown = document.getElementById('user-dropdown');

  const api = (path, body) => fetch('/__sandbox__/' + path, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    .then((r) => r.json().then((j) => { if (!r.ok) throw new Error((j.error && j.error.message) || 'Error'); return j; }));
  const html = (s) => { const t = document.createElement('template'); t.innerHTML = s.trim(); return t.content.firstElementChild; };
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]));
  const tail = (t) => {
    let n = 0;
    for (const c of t.name + t.id) n = (n * 33 + c.charCodeAt(0)) % 1679616;
    return '************' + n.toString(36).padStart(4, '0');
  };

  dropdown.querySelector('.dropdown-toggle').addEventListener('click', (e) => { e.preventDefault(); e.stopPropagation(); dropdown.classList.toggle('open'); });
  document.addEventListener('click', () => dropdown.classList.remove('open'));

  const MENU = [['company', 'Company Setup'], ['users', 'Users'], ['workflow', 'Workflow'], ['integrations', 'Third Party Integrations'], ['developers', 'Developers']];

  function settingsPage(section, body) {
    const page = html(`<div class="row"><div class="col-sm-3"><div class="list-group">${MENU.map(([id, label]) => `<a class="list-group-item${id === section ? ' active' : ''}" href="#/settings/${id}">${label}</a>`).join('')}</div></div><div class="col-sm-9"></div></div>`);
    page.querySelector('.col-sm-9').append(body);
    return page;
  }

  function developers() {
    const body = html(`<div>
      <div class="page-header"><h1>Developer Settings</h1></div>
      <div class="panel panel-default">
        <div class="panel-heading"><h3 class="panel-title">Public API Tokens</h3><button type="button" class="btn btn-primary btn-sm">Generate Token</button></div>
        <div class="panel-body"><p class="text-muted">Tokens give other applications access to your JobProgress data through the public API.</p>
          <table class="table table-striped"><thead><tr><th>Name</th><th>Token</th><th>Created</th><th></th></tr></thead><tbody><tr><td colspan="4">Loading…</td></tr></tbody></table>
        </div>
      </div></div>`);
    const tbody = body.querySelector('tbody');
    const load = () => api('tokens').then((tokens) => {
      tbody.innerHTML = tokens.map((t) => `<tr><td>${esc(t.name)}</td><td><span class="text-muted">${tail(t)}</span></td><td>${new Date(t.createdAt).toLocaleDateString('en-US')}</td><td><button class="btn btn-default btn-sm" data-id="${t.id}">Delete</button></td></tr>`).join('');
      tbody.querySelectorAll('[data-id]').forEach((b) => b.addEventListener('click', () => api('tokens/' + b.dataset.id + '/revoke', {}).then(load)));
    });
    body.querySelector('.panel-heading .btn').addEventListener('click', () => openModal(load));
    load();
    return body;
  }

  function openModal(reload) {
    const backdrop = html('<div class="modal-backdrop fade in" uib-modal-backdrop="modal-backdrop"></div>');
    const modal = html(`<div class="modal fade in" role="dialog" tabindex="-1" uib-modal-window="modal-window" style="display:block">
      <div class="modal-dialog"><div class="modal-content">
        <div class="modal-header"><button type="button" class="close">×</button><h3 class="modal-title">Generate Public API Token</h3></div>
        <form name="tokenForm" novalidate>
          <div class="modal-body"><div class="form-group"><label class="control-label" for="tokenName">Name</label><input id="tokenName" class="form-control" name="name" type="text" maxlength="100"><span class="help-block">Only letters, numbers and spaces.</span></div></div>
          <div class="modal-footer"><button type="button" class="btn btn-default">Cancel</button><input type="submit" class="btn btn-primary" value="Generate"></div>
        </form>
      </div></div></div>`);
    const close = () => { modal.remove(); backdrop.remove(); document.body.classList.remove('modal-open'); reload(); };
    modal.querySelector('.close').addEventListener('click', close);
    modal.querySelector('.btn-default').addEventListener('click', close);
    modal.querySelector('form').addEventListener('submit', (e) => {
      e.preventDefault();
      const input = modal.querySelector('#tokenName');
      const group = input.closest('.form-group');
      if (!input.value.trim()) { group.classList.add('has-error'); group.querySelector('.help-block').textContent = 'Name is required.'; return; }
      api('tokens', { name: input.value }).then((created) => {
        modal.querySelector('.modal-title').textContent = 'Your new API token';
        modal.querySelector('form').replaceWith(html(`<div>
          <div class="modal-body"><div class="alert alert-warning">This is the only time the API token is shown. Store it somewhere safe.</div><pre></pre></div>
          <div class="modal-footer"><button type="button" class="btn btn-default">Close</button><button type="button" class="btn btn-success">Copy to Clipboard</button></div></div>`));
        modal.querySelector('pre').textContent = created.token;
        modal.querySelector('.modal-footer .btn-default').addEventListener('click', close);
        modal.querySelector('.btn-success').addEventListener('click', () => {
          const done = () => {
            close();
            const ok = html('<div class="alert alert-success">Copied to clipboard.</div>');
            document.body.append(ok);
            setTimeout(() => ok.remove(), 2000);
          };
          (navigator.clipboard ? navigator.clipboard.writeText(created.token) : Promise.reject()).then(done, done);
        });
      }, (err) => { group.classList.add('has-error'); group.querySelector('.help-block').textContent = err.message; });
    });
    document.body.classList.add('modal-open');
    document.body.append(backdrop, modal);
    modal.querySelector('#tokenName').focus();
  }

  function blank(title) {
    return html(`<div><div class="page-header"><h1>${esc(title)}</h1></div><div class="panel panel-default"><div class="panel-body text-muted">Nothing here in this sandbox.</div></div></div>`);
  }

  function render() {
    const hash = location.hash || '#/';
    const m = /^#\/settings\/([\w-]+)/.exec(hash);
    if (m) {
      const label = (MENU.find(([id]) => id === m[1]) || [])[1] || 'Settings';
      view.replaceChildren(settingsPage(m[1], m[1] === 'developers' ? developers() : blank(label)));
    } else if (hash === '#/') view.replaceChildren(blank('Dashboard'));
    else view.replaceChildren(blank(hash.slice(2)));
  }
  window.addEventListener('hashchange', render);
  render();
})();
