// Zoho consent as radio cards: each organization a <label> card holding a visually hidden radio
// and its words; "Next" a <button> disabled until one is chosen. The consent box has no <label>:
// its words are a <span> placed before it (CSS order), tied to it only by aria-describedby.
// Accept is an <input type=submit value="Accept"> of a <form>; "Deny" an <input type=button>.
(() => {
  const main = document.getElementById('main');
  const q = new URLSearchParams(location.search);
  const dc = window.ZOHO_DC;
  const redirectUri = q.get('redirect_uri') || '';
  const state = q.get('state') || '';
  const account = q.get('sandbox_account') || 'single';
  const appName = q.get('client_id') === '1000.43ZTRRY4BWJYTZSL03CM4FVBUWOVKI' ? 'HeavySet Tech' : 'Unknown application';
  const SCOPES = {
    'ZohoCRM.modules.ALL': ['Full access to CRM modules', 'Records of Leads, Contacts, Deals and every other module'],
    'ZohoCRM.settings.ALL': ['Full access to CRM settings', 'Layouts, fields and configuration'],
    'ZohoCRM.users.READ': ['Read CRM users', 'Names, roles and profiles'],
    'ZohoCRM.org.READ': ['Read CRM organization', 'Company details and time zone'],
  };
  const h = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') e.className = v;
      else if (k in e && typeof v !== 'string') e[k] = v;
      else e.setAttribute(k, v);
    }
    e.append(...kids.filter((k) => k !== null && k !== undefined));
    return e;
  };
  const back = (params) => {
    const url = new URL(redirectUri);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    location.href = url.toString();
  };

  function noOrg() {
    const back1 = h('input', { type: 'button', class: 'deny', value: 'Go back to ' + appName });
    back1.addEventListener('click', () => back({ error: 'no_org', state }));
    main.replaceChildren(h('h1', {}, 'No CRM organization'), h('p', { class: 'zc-lead' }, `admin@acmeroofing.com is not a member of any Zoho CRM organization. ${appName} needs one.`), h('div', { class: 'zc-buttons' }, back1));
  }

  function picker() {
    const next = h('button', { type: 'button', class: 'zc-next', disabled: true }, 'Next');
    const cards = h('div', { class: 'zc-cards' });
    let chosen = null;
    [['Production', 'Acme Roofing', '60012345678'], ['Sandbox', 'Acme Roofing (Sandbox)', '60012345679'], ['Developer', 'Acme Dev Edition', '60099887766']].forEach(([env, name, id]) => {
      const radio = h('input', { type: 'radio', name: 'org', value: id });
      const card = h('label', { class: 'zc-card' }, radio, h('div', { class: 'env' }, env), h('div', { class: 'org' }, name), h('div', { class: 'oid' }, 'Org ID ' + id));
      radio.addEventListener('change', () => {
        cards.querySelectorAll('.zc-card').forEach((c) => c.classList.toggle('chosen', c === card));
        chosen = name;
        next.disabled = false;
      });
      cards.append(card);
    });
    next.addEventListener('click', () => { if (chosen) consent(chosen); });
    main.replaceChildren(h('h1', {}, 'Which organization?'), h('p', { class: 'zc-lead' }, `${appName} is requesting access to Zoho CRM. Pick the CRM organization it may use.`), cards, next);
  }

  function consent(orgName) {
    const perms = (q.get('scope') || '').split(',').map((s) => {
      const [title, text] = SCOPES[s] || [s, ''];
      return h('div', { class: 'zc-perm' }, h('span', {}, ''), h('div', {}, title, h('small', {}, text)));
    });
    const box = h('input', { type: 'checkbox', 'aria-describedby': 'consent-words' });
    const words = h('span', { class: 'txt', id: 'consent-words' }, `I allow ${appName} to access the above data from my Zoho account`);
    const accept = h('input', { type: 'submit', class: 'accept', value: 'Accept', disabled: true });
    const deny = h('input', { type: 'button', class: 'deny', value: 'Deny' });
    box.addEventListener('change', () => { accept.disabled = !box.checked; });
    deny.addEventListener('click', () => back({ error: 'access_denied', state }));
    const form = h('form', { action: '#', method: 'post' },
      h('div', { class: 'zc-agree' }, box, words),
      h('div', { class: 'zc-buttons' }, accept, deny));
    form.addEventListener('submit', async (e) => {
      e.preventDefault();
      if (!box.checked) return;
      accept.disabled = true;
      const r = await fetch('/__sandbox__/codes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ state, location: dc.location }) });
      const { code } = await r.json();
      back({ code, location: dc.location, 'accounts-server': `https://${dc.accountsHost}`, state });
    });
    main.replaceChildren(
      h('div', { class: 'zc-app' }, h('div', { class: 'zc-logo' }, appName.slice(0, 1)), h('h1', {}, `${appName} is requesting access`)),
      h('p', { class: 'zc-lead' }, `${orgName} · ${dc.accountsHost}`),
      ...perms,
      form,
    );
  }

  if (account === 'nocrm') noOrg();
  else if (account === 'multi') picker();
  else consent('Acme Roofing');
})();
