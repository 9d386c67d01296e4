// ServiceTitan main app as a modern ARIA-rich SPA: Settings in a tree, Booking Providers as an ARIA
// grid whose rows are display: contents (the ID is a cell of a CSS grid), Add Tag in a div dialog
// whose fields are named by placeholders and aria-label only, API Application Access with a listbox
// of apps and a custom combobox for the booking restriction. Hash routes (#/Settings/...).
(() => {
  const app = document.getElementById('app');
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
      else if (k === 'style' && typeof v === 'object') Object.assign(e.style, v);
      else if (v !== false && v !== undefined && v !== null) e.setAttribute(k, v === true ? '' : v);
    }
    for (const c of kids.flat(3)) if (c !== null && c !== undefined && c !== false) e.append(c);
    return e;
  };
  let n = 0;
  const uid = (p) => `${p}${++n}`;
  const modal = (title, body, foot) => {
    const back = h('div', { class: 'modal-back' });
    const tid = uid('m');
    const box = h('div', { class: 'modal', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': tid }, h('h2', { id: tid }, title), h('div', { class: 'modal-body' }, body), h('div', { class: 'modal-foot' }, foot));
    document.body.append(back, box);
    return { box, close: () => { back.remove(); box.remove(); } };
  };

  const TREE = [['Integrations', [['API Application Access', '#/Settings/Api-Apps'], ['Booking Providers', '#/Settings/booking-providers'], ['Phone Systems', '#/Settings/phone']]], ['Operations', [['Business Units', '#/Settings/business-units']]]];

  const frame = (hash, ...content) => {
    app.replaceChildren(
      h('nav', { class: 'side', 'aria-label': 'Settings' }, h('div', { class: 'logo' }, 'ServiceTitan'),
        h('a', { href: '#/Home' }, '← Back to app'),
        h('ul', { role: 'tree', 'aria-label': 'Settings sections' }, TREE.map(([group, items]) =>
          h('li', { role: 'treeitem', 'aria-expanded': 'true' }, h('span', {}, group),
            h('ul', { role: 'group' }, items.map(([label, href]) => h('li', { role: 'treeitem' }, h('a', { href, 'aria-current': hash === href ? 'page' : false }, label)))))))),
      h('div', {}, h('div', { class: 'topbar' }, h('span', { class: 'lead', style: { margin: 0 } }, 'Acme Roofing')), h('main', { class: 'content' }, content)));
  };

  function home() {
    app.replaceChildren(
      h('nav', { class: 'side', 'aria-label': 'Main' }, h('div', { class: 'logo' }, 'ServiceTitan'),
        ['Home', 'Dispatch', 'Customers', 'Reports'].map((t) => h('a', { href: '#/' + t, 'aria-current': t === 'Home' ? 'page' : false }, t)),
        h('a', { href: '#/Settings' }, '⚙ Settings')),
      h('main', { class: 'content' }, h('h1', {}, 'Good morning, Jane'), h('p', { class: 'lead' }, '12 jobs scheduled today.')));
  }

  function bookingProviders() {
    const holder = h('div', {}, 'Loading…');
    const load = async () => {
      const tags = await api('tags');
      const grid = h('div', { role: 'grid', class: 'grid', 'aria-label': 'Booking provider tags', 'aria-rowcount': String(tags.length + 1), style: { gridTemplateColumns: '1.2fr 1.6fr 1fr' } },
        h('div', { role: 'row', 'aria-rowindex': '1' }, ['Tag name', 'Description', 'Booking Provider ID'].map((t) => h('div', { role: 'columnheader' }, t))));
      tags.forEach((t, i) => grid.append(h('div', { role: 'row', 'aria-rowindex': String(i + 2) },
        h('div', { role: 'rowheader' }, t.name), h('div', { role: 'gridcell' }, t.description || '—'), h('div', { role: 'gridcell' }, t.id))));
      holder.replaceChildren(grid);
    };
    const addTag = () => {
      const name = h('input', { type: 'text', placeholder: 'Tag name', 'aria-label': 'Name', style: { width: '100%', padding: '8px 10px', marginBottom: '10px' } });
      const description = h('input', { type: 'text', placeholder: 'Add description (Optional)', 'aria-label': 'Description', style: { width: '100%', padding: '8px 10px' } });
      const error = h('p', { role: 'alert', style: { color: '#b42318' } });
      const m = modal('Add Booking Provider Tag', [h('p', { class: 'lead' }, 'Fill out details to create a tag'), name, description, error],
        [h('button', { type: 'button', class: 'btn', onclick: () => m.close() }, 'Cancel'), h('button', { type: 'button', class: 'btn primary', onclick: async () => {
          try { await api('tags', { name: name.value, description: description.value }); m.close(); load(); } catch (err) { error.textContent = err.message; }
        } }, 'Add')]);
      name.focus();
    };
    load();
    frame('#/Settings/booking-providers', h('div', { class: 'toolbar' }, h('div', {}, h('h1', {}, 'Booking Providers'), h('p', { class: 'lead' }, 'Tags that tell ServiceTitan where a booking came from.')),
      h('button', { type: 'button', class: 'btn primary', onclick: addTag }, 'Add Tag')), holder);
  }

  function apiApps() {
    const holder = h('div', {}, 'Loading…');
    const load = async () => {
      const apps = await api('apps');
      const connected = apps.filter((x) => x.allowedByTenant);
      holder.replaceChildren(connected.length
        ? h('ul', { role: 'list', style: { paddingLeft: '18px' } }, connected.map((x) => h('li', {}, h('strong', {}, x.name), ' — connected')))
        : h('p', { class: 'lead' }, 'No apps connected yet.'));
      return apps;
    };
    const connectNew = async () => {
      const apps = (await load()).filter((x) => !x.allowedByTenant);
      let chosen = null;
      const connect = h('button', { type: 'button', class: 'btn primary', disabled: true }, 'Connect');
      const list = h('ul', { role: 'listbox', 'aria-label': 'Available apps' }, apps.map((x) => h('li', { role: 'option', 'aria-selected': 'false', onclick: (e) => {
        chosen = x;
        list.querySelectorAll('[role=option]').forEach((o) => o.setAttribute('aria-selected', String(o === e.currentTarget)));
        connect.disabled = false;
      } }, `${x.name} · ${x.organization}`)));
      const m = modal('Connect New App', [h('p', {}, 'Choose the app to connect to Acme Roofing:'), apps.length ? list : h('p', {}, 'No apps available.')],
        [h('button', { type: 'button', class: 'btn', onclick: () => m.close() }, 'Cancel'), connect]);
      connect.addEventListener('click', () => { if (chosen) { m.close(); review(chosen); } });
    };
    const review = async (x) => {
      const tags = await api('tags');
      const labelId = uid('rl');
      const listId = uid('rb');
      let tagId = '';
      const combo = h('button', { type: 'button', role: 'combobox', 'aria-labelledby': labelId, 'aria-controls': listId, 'aria-expanded': 'false' }, 'None');
      const options = h('ul', { role: 'listbox', id: listId, hidden: true }, tags.map((t) => h('li', { role: 'option', 'aria-selected': 'false', onclick: () => {
        tagId = t.id;
        combo.textContent = t.name;
        options.hidden = true;
        combo.setAttribute('aria-expanded', 'false');
      } }, t.name)));
      combo.addEventListener('click', () => { options.hidden = !options.hidden; combo.setAttribute('aria-expanded', String(!options.hidden)); });
      const error = h('p', { role: 'alert', style: { color: '#b42318' } });
      const m = modal(`Allow ${x.name}`, [
        h('p', {}, `${x.name} will read and write the data its scopes name.`),
        h('div', { class: 'fld' }, h('span', { class: 'lbl', id: labelId }, 'Restriction by booking_provider for Bookings'), h('div', { class: 'combo' }, combo, options)),
        h('p', { style: { fontWeight: 600, margin: '10px 0 4px' } }, 'Terms and Conditions'),
        h('div', { class: 'terms', tabindex: '0' }, 'You authorize this application to access and modify your ServiceTitan data within the granted scopes. Access can be revoked at any time. ServiceTitan does not warrant third-party applications.'),
        error],
      [h('button', { type: 'button', class: 'btn', onclick: () => m.close() }, 'Cancel'), h('button', { type: 'button', class: 'btn primary', onclick: async () => {
        try { await api(`apps/${x.id}/connect`, tagId ? { bookingProviderTagId: tagId } : {}); m.close(); load(); } catch (err) { error.textContent = err.message; }
      } }, 'Accept')]);
    };
    load();
    frame('#/Settings/Api-Apps', h('div', { class: 'toolbar' }, h('div', {}, h('h1', {}, 'API Application Access'), h('p', { class: 'lead' }, 'Third-party apps allowed to use the ServiceTitan API for this tenant.')),
      h('button', { type: 'button', class: 'btn primary', onclick: connectNew }, 'Connect New App')), holder);
  }

  function render() {
    const hash = location.hash || '#/Home';
    if (hash === '#/Settings/booking-providers') bookingProviders();
    else if (hash === '#/Settings/Api-Apps') apiApps();
    else if (hash.startsWith('#/Settings')) frame(hash, h('h1', {}, 'Settings'), h('p', { class: 'lead' }, 'Choose a section.'));
    else home();
  }
  window.addEventListener('hashchange', render);
  render();
})();
