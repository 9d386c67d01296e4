// Zoho consent in German with rich ARIA: the organization picker is a radiogroup of native radios
// inside labels with a "Weiter" link-button; the consent checkbox is a span role=checkbox named by
// aria-labelledby pointing at its sibling text; Akzeptieren is aria-disabled until it is ticked.
(() => {
  const main = document.getElementById('main');
  const q = new URLSearchParams(location.search);
  const dc = window.ZOHO_DC;
  const state = q.get('state') || '';
  const account = q.get('sandbox_account') || 'single';
  const appName = q.get('client_id') === '1000.43ZTRRY4BWJYTZSL03CM4FVBUWOVKI' ? 'HeavySet Tech' : 'Unbekannte Anwendung';
  const SCOPES = {
    'ZohoCRM.modules.ALL': ['CRM-Module', 'Datensätze in allen Modulen erstellen, lesen, ändern und löschen'],
    'ZohoCRM.settings.ALL': ['CRM-Einstellungen', 'Einstellungen, Layouts und Felder lesen und ändern'],
    'ZohoCRM.users.READ': ['CRM-Benutzer', 'Benutzer Ihrer CRM-Organisation lesen'],
    'ZohoCRM.org.READ': ['CRM-Organisation', 'Angaben zu Ihrer CRM-Organisation lesen'],
  };
  const h = (tag, attrs = {}, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (v !== false && v !== undefined) e.setAttribute(k, v === true ? '' : v);
    }
    e.append(...kids.flat());
    return e;
  };
  const redirect = (params) => {
    const url = new URL(q.get('redirect_uri') || '');
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    location.assign(url.toString());
  };
  const linkButton = (text, onclick, cls = '') => {
    const b = h('a', { href: '#', role: 'button', class: cls, onclick: (e) => { e.preventDefault(); if (b.getAttribute('aria-disabled') !== 'true') onclick(); } }, text);
    return b;
  };

  function noOrg() {
    main.replaceChildren(h('h1', {}, 'Kein Zoho CRM-Konto gefunden'),
      h('p', {}, `${appName} benötigt Zugriff auf Zoho CRM, aber zu admin@acmeroofing.com gehört keine Zoho CRM-Organisation.`),
      h('div', { class: 'actions' }, linkButton('Zurück zur App', () => redirect({ error: 'no_org', state }), 'primary')));
  }

  function picker() {
    const orgs = [['Produktion', 'Acme Roofing', '60012345678'], ['Sandbox', 'Acme Roofing (Sandbox)', '60012345679'], ['Entwickler', 'Acme Dev Edition', '60099887766']];
    const next = linkButton('Weiter', () => {
      const picked = main.querySelector('input[name=org]:checked');
      consent(picked.value);
    }, 'primary');
    next.setAttribute('aria-disabled', 'true');
    main.replaceChildren(h('h1', { id: 'org-h' }, 'Organisation auswählen'),
      h('p', {}, `${appName} möchte auf Zoho CRM zugreifen. Wählen Sie die Organisation, die verwendet werden soll.`),
      h('fieldset', { role: 'radiogroup', 'aria-labelledby': 'org-h' },
        orgs.map(([env, name, id]) => h('label', { class: 'org' }, h('input', { type: 'radio', name: 'org', value: name, onchange: () => next.setAttribute('aria-disabled', 'false') }), h('span', {}, h('strong', {}, env), ' ', h('small', {}, `${name} · ${id}`))))),
      h('div', { class: 'actions' }, next));
  }

  function consent(orgName) {
    const box = h('span', { role: 'checkbox', 'aria-checked': 'false', tabindex: '0', class: 'box', 'aria-labelledby': 'agree-text' });
    const accept = h('button', { type: 'button', class: 'primary', 'aria-disabled': 'true' }, 'Akzeptieren');
    const toggle = () => {
      const on = box.getAttribute('aria-checked') !== 'true';
      box.setAttribute('aria-checked', String(on));
      box.textContent = on ? '✓' : '';
      accept.setAttribute('aria-disabled', String(!on));
    };
    box.addEventListener('click', toggle);
    box.addEventListener('keydown', (e) => { if (e.key === ' ') { e.preventDefault(); toggle(); } });
    accept.addEventListener('click', async () => {
      if (accept.getAttribute('aria-disabled') === 'true') return;
      accept.setAttribute('aria-disabled', 'true');
      const r = await fetch('/__sandbox__/codes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ state, location: dc.location }) });
      const { code } = await r.json();
      redirect({ code, location: dc.location, 'accounts-server': `https://${dc.accountsHost}`, state });
    });
    main.replaceChildren(
      h('h1', {}, `${appName} bittet um Zugriff auf Ihr Zoho-Konto`),
      h('dl', { class: 'meta' }, h('dt', {}, 'Organisation'), h('dd', {}, orgName), h('dt', {}, 'Rechenzentrum'), h('dd', {}, dc.accountsHost)),
      h('ul', { class: 'scopes', 'aria-label': 'Angeforderte Berechtigungen' }, (q.get('scope') || '').split(',').map((s) => {
        const [title, text] = SCOPES[s] || [s, ''];
        return h('li', {}, h('strong', {}, title), h('small', {}, text));
      })),
      h('div', { class: 'agree' }, box, h('span', { id: 'agree-text' }, `Ich erlaube ${appName}, auf die oben genannten Daten aus meinem Zoho-Konto zuzugreifen`)),
      h('div', { class: 'actions' }, accept, h('button', { type: 'button', onclick: () => redirect({ error: 'access_denied', state }) }, 'Ablehnen')));
  }

  if (account === 'nocrm') noOrg();
  else if (account === 'multi') picker();
  else consent('Acme Roofing');
})();
