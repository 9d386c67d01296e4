// ServiceTitan main app, Anvil + Kendo look, hash routes (#/Settings/...): Booking Providers with
// the Add Tag <dialog>, API Application Access with Connect New App → Connect → restriction → Accept.
(() => {
  const root = document.getElementById('root');
  const api = async (path, body) => {
    const r = await fetch('/__sandbox__/' + path, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const j = await r.json();
    if (!r.ok) throw new Error((j.error && j.error.message) || 'Request failed');
    return j;
  };
  const h = (tag, attrs = {}, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (k === 'value') e.value = v;
      else if (v !== false && v !== undefined && v !== null) e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of kids.flat(3)) if (c !== null && c !== undefined && c !== false) e.append(c);
    return e;
  };
  let uid = 0;
  const field = (label, control, opts = {}) => {
    control.id = control.id || 'g' + ++uid;
    return h('div', { class: 'a-field' }, h('label', { for: control.id }, label, opts.required ? h('span', { class: 'req' }, ' *') : null), control, opts.help ? h('div', { class: 'a-help' }, opts.help) : null);
  };
  const grid = (columns, rows, label) => {
    const cols = () => h('colgroup', {}, columns.map((c) => h('col', { style: `width:${c.width}` })));
    return h('div', { class: 'k-grid', role: 'grid', 'aria-label': label, 'aria-colcount': String(columns.length) },
      h('div', { class: 'k-grid-header' }, h('table', { role: 'presentation' }, cols(), h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' }, columns.map((c, i) => h('th', { role: 'columnheader', 'aria-colindex': String(i + 1) }, c.title)))))),
      h('div', { class: 'k-grid-content' }, h('table', { role: 'presentation' }, cols(), h('tbody', { role: 'rowgroup' }, rows.map((r) => h('tr', { role: 'row' }, r.map((cell, i) => h('td', { role: 'gridcell', 'aria-colindex': String(i + 1) }, cell))))))));
  };
  const dialog = (title, body, buttons) => {
    const d = h('dialog', { class: 'a-dialog', 'aria-labelledby': 'go-dlg' },
      h('header', {}, h('h2', { id: 'go-dlg' }, title), h('button', { type: 'button', class: 'a-btn ghost', 'aria-label': 'Close', onclick: () => d.close() }, '✕')),
      h('div', { class: 'a-dialog-body' }, body), h('footer', {}, buttons));
    d.addEventListener('close', () => d.remove());
    document.body.append(d);
    d.showModal();
    return d;
  };

  const RAIL = [['Dashboard', '#/Dashboard'], ['Calls', '#/Calls'], ['Dispatch', '#/Dispatch'], ['Customers', '#/Customers'], ['Reports', '#/Reports'], ['Settings', '#/Settings']];
  const SETTINGS = [
    ['Operations', [['Business Units', '#/Settings/BusinessUnits'], ['Job Types', '#/Settings/JobTypes']]],
    ['Integrations', [['API Application Access', '#/Settings/Api-Apps'], ['Booking Providers', '#/Settings/Integrations/BookingProviders'], ['Marketing Integrations', '#/Settings/Integrations/Marketing']]],
    ['People', [['Employees', '#/Settings/Employees'], ['Technicians', '#/Settings/Technicians']]],
  ];

  const frame = (hash, content) => h('div', { class: 'go-shell' },
    h('nav', { class: 'go-rail', 'aria-label': 'Main' }, RAIL.map(([label, href]) => h('a', { href, class: hash.startsWith(href) ? 'on' : '' }, label))),
    hash.startsWith('#/Settings')
      ? h('div', { class: 'go-settings' },
        h('nav', { class: 'go-settings-nav', 'aria-label': 'Settings' }, SETTINGS.map(([grp, items]) => [h('div', { class: 'grp' }, grp), items.map(([label, href]) => h('a', { href, class: hash === href ? 'on' : '', 'aria-current': hash === href ? 'page' : false }, label))])),
        h('main', { class: 'a-page', style: 'margin:0' }, content))
      : h('main', { class: 'a-page' }, content));

  function bookingProviders() {
    const holder = h('div', {}, 'Loading…');
    const load = async () => {
      const tags = await api('tags');
      holder.replaceChildren(grid([{ title: 'Name', width: '30%' }, { title: 'Description', width: '45%' }, { title: 'Booking Provider ID', width: '25%' }],
        tags.map((t) => [h('strong', {}, t.name), t.description || '—', h('span', { class: 'mono' }, t.id)]), 'Booking provider tags'));
    };
    const addTag = () => {
      const name = h('input', { type: 'text', name: 'name', autocomplete: 'off' });
      const description = h('input', { type: 'text', name: 'description', placeholder: 'Add description (Optional)' });
      const error = h('div', { class: 'a-help', style: 'color:#d0021b' });
      const add = h('button', { type: 'button', class: 'a-btn primary' }, 'Add');
      const d = dialog('Add Booking Provider Tag', [h('p', { class: 'a-sub' }, 'Fill out details to create a tag'), field('Name', name, { required: true }), field('Description', description), error],
        [h('button', { type: 'button', class: 'a-btn', onclick: () => d.close() }, 'Cancel'), add]);
      add.addEventListener('click', async () => {
        try {
          await api('tags', { name: name.value, description: description.value });
          d.close();
          load();
        } catch (err) { error.textContent = err.message; }
      });
    };
    load();
    return [h('div', { class: 'a-bar' }, h('div', {}, h('h1', {}, 'Booking Providers'), h('p', { class: 'a-sub' }, 'Tags that mark where a booking came from.')), h('button', { type: 'button', class: 'a-btn primary', onclick: addTag }, 'Add Tag')), holder];
  }

  function apiApps() {
    const holder = h('div', {}, 'Loading…');
    const load = async () => {
      const [apps, tags] = await Promise.all([api('apps'), api('tags')]);
      const connected = apps.filter((a) => a.allowedByTenant);
      holder.replaceChildren(connected.length
        ? grid([{ title: 'Application', width: '35%' }, { title: 'Developer', width: '30%' }, { title: 'Status', width: '15%' }, { title: 'Booking restriction', width: '20%' }],
          connected.map((a) => [h('strong', {}, a.name), a.organization, 'Connected', (tags.find((t) => t.id === a.bookingProviderTagId) || {}).name || '—']), 'Connected applications')
        : h('div', { class: 'a-card' }, 'No applications are connected to this tenant.'));
      return { apps, tags };
    };
    const connectNew = async () => {
      const { apps, tags } = await load();
      const available = apps.filter((a) => !a.allowedByTenant);
      const d = dialog('Connect New App', available.length
        ? grid([{ title: 'Application', width: '45%' }, { title: 'Developer', width: '35%' }, { title: '', width: '20%' }],
          available.map((a) => [h('strong', {}, a.name), a.organization, h('button', { type: 'button', class: 'a-btn', onclick: () => { d.close(); review(a, tags); } }, 'Connect')]), 'Available applications')
        : h('p', {}, 'No applications are available. Apps created in the Developer Portal appear here.'),
      [h('button', { type: 'button', class: 'a-btn', onclick: () => d.close() }, 'Cancel')]);
    };
    const review = (app, tags) => {
      const restriction = h('select', { name: 'restriction' }, h('option', { value: '' }, 'No restriction'), tags.map((t) => h('option', { value: t.id }, t.name)));
      const accept = h('button', { type: 'button', class: 'a-btn primary' }, 'Accept');
      const error = h('div', { class: 'a-help', style: 'color:#d0021b' });
      const d = dialog(`Connect ${app.name}`, [
        h('p', {}, h('strong', {}, app.name), ` by ${app.organization} asks to read ${app.scopes.read.length} and write ${app.scopes.write.length} kinds of data.`),
        field('Restriction by booking_provider for Bookings', restriction, { help: 'Bookings created by this app are tagged with this booking provider.' }),
        h('h3', { style: 'font-size:14px;margin:12px 0 6px' }, 'Terms and Conditions'),
        h('div', { class: 'terms' }, 'By accepting, you allow this application to access your ServiceTitan data within the scopes listed. You can disconnect it at any time from API Application Access. ServiceTitan is not responsible for third-party applications. Data accessed by the application is subject to the developer’s privacy policy.'),
        error],
      [h('button', { type: 'button', class: 'a-btn', onclick: () => d.close() }, 'Decline'), accept]);
      accept.addEventListener('click', async () => {
        try {
          await api(`apps/${app.id}/connect`, restriction.value ? { bookingProviderTagId: restriction.value } : {});
          d.close();
          load();
        } catch (err) { error.textContent = err.message; }
      });
    };
    load();
    return [h('div', { class: 'a-bar' }, h('div', {}, h('h1', {}, 'API Application Access'), h('p', { class: 'a-sub' }, 'Applications allowed to use this tenant’s data through the ServiceTitan API.')), h('button', { type: 'button', class: 'a-btn primary', onclick: connectNew }, 'Connect New App')), holder];
  }

  function render() {
    const hash = location.hash || '#/Dashboard';
    let content;
    if (hash === '#/Settings/Integrations/BookingProviders') content = bookingProviders();
    else if (hash === '#/Settings/Api-Apps') content = apiApps();
    else if (hash === '#/Settings') content = [h('h1', {}, 'Settings'), h('p', { class: 'a-sub' }, 'Choose a section on the left.')];
    else if (hash === '#/Dashboard') content = [h('h1', {}, 'Dashboard'), h('p', { class: 'a-sub' }, 'Revenue this week: $48,210 · 37 jobs booked.')];
    else content = [h('h1', {}, hash.split('/').pop()), h('p', { class: 'a-sub' }, 'Not part of the sandbox.')];
    root.replaceChildren(frame(hash, content));
  }
  window.addEventListener('hashchange', render);
  render();
})();
