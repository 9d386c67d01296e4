// Zoho consent, classic English rendering without ARIA: an organization picker whose rows are divs
// and whose Submit is a div; the consent checkbox's words sit in a sibling <span> (not a label).
// Accept asks the sandbox for a grant code and redirects to redirect_uri with code, location,
// accounts-server and state; Reject and "Back to app" redirect with error=…
(() => {
  const card = document.getElementById('card');
  const q = new URLSearchParams(location.search);
  const dc = window.ZOHO_DC;
  const redirectUri = q.get('redirect_uri') || '';
  const state = q.get('state') || '';
  const account = q.get('sandbox_account') || 'single';
  const appName = q.get('client_id') === '1000.43ZTRRY4BWJYTZSL03CM4FVBUWOVKI' ? 'HeavySet Tech' : 'Unknown application';
  const SCOPES = {
    'ZohoCRM.modules.ALL': ['CRM modules', 'Create, read, update and delete records in all modules'],
    'ZohoCRM.settings.ALL': ['CRM settings', 'Read and change CRM settings, layouts and fields'],
    'ZohoCRM.users.READ': ['CRM users', 'Read the users of your CRM organization'],
    'ZohoCRM.org.READ': ['CRM organization', 'Read your CRM organization details'],
  };
  const el = (tag, cls, text) => { const e = document.createElement(tag); if (cls) e.className = cls; if (text !== undefined) e.textContent = text; return e; };
  const back = (params) => {
    const url = new URL(redirectUri);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    location.href = url.toString();
  };

  function noOrg() {
    card.replaceChildren(el('div', 'zh-head', 'No Zoho CRM account found'),
      el('div', 'zh-sub', `${appName} needs access to Zoho CRM, but admin@acmeroofing.com has no Zoho CRM organization.`));
    const b = el('div', 'zh-div-btn', 'Back to app');
    b.addEventListener('click', () => back({ error: 'no_org', state }));
    card.append(b);
  }

  function picker() {
    card.replaceChildren(el('div', 'zh-head', 'Choose an organization'), el('div', 'zh-sub', `${appName} wants to access Zoho CRM. Select the organization to use.`));
    let chosen = null;
    const submit = el('div', 'zh-div-btn off', 'Submit');
    [['Production', 'Acme Roofing', '60012345678'], ['Sandbox', 'Acme Roofing (Sandbox)', '60012345679'], ['Developer', 'Acme Dev Edition', '60099887766']].forEach(([env, name, id]) => {
      const row = el('div', 'zh-org');
      row.append(el('span', 'zh-radio'), el('span', 'zh-env', env), el('span', '', `${name} · ${id}`));
      row.addEventListener('click', () => {
        card.querySelectorAll('.zh-org').forEach((r) => r.classList.remove('on'));
        row.classList.add('on');
        chosen = name;
        submit.classList.remove('off');
      });
      card.append(row);
    });
    submit.addEventListener('click', () => { if (chosen) consent(chosen); });
    card.append(submit);
  }

  function consent(orgName) {
    card.replaceChildren();
    const app = el('div', 'zh-app');
    app.append(el('div', 'zh-icon', appName.slice(0, 2).toUpperCase()), el('div', 'zh-head', `${appName} would like to access your Zoho account`));
    card.append(app, el('div', 'zh-sub', `Organization: ${orgName} · Data centre: ${dc.accountsHost}`));
    const list = el('div', 'zh-scopes');
    for (const s of (q.get('scope') || '').split(',')) {
      const [title, text] = SCOPES[s] || [s, ''];
      const item = el('div', 'zh-scope');
      item.append(el('b', '', title), el('span', '', text));
      list.append(item);
    }
    card.append(list);
    const row = el('div', 'zh-consent');
    const box = el('input');
    box.type = 'checkbox';
    row.append(box, el('span', '', `I allow ${appName} to access the above data from my Zoho account`));
    card.append(row);
    const actions = el('div', 'zh-actions');
    const accept = el('button', 'go', 'Accept');
    accept.disabled = true;
    const reject = el('button', '', 'Reject');
    box.addEventListener('change', () => { accept.disabled = !box.checked; });
    accept.addEventListener('click', async () => {
      accept.disabled = true;
      const r = await fetch('/__sandbox__/codes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ state, location: dc.location }) });
      const { code } = await r.json();
      back({ code, location: dc.location, 'accounts-server': `https://${dc.accountsHost}`, state });
    });
    reject.addEventListener('click', () => back({ error: 'access_denied', state }));
    actions.append(accept, reject);
    card.append(actions);
  }

  if (account === 'nocrm') noOrg();
  else if (account === 'multi') picker();
  else consent('Acme Roofing');
})();
