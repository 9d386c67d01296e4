// Zoho consent in Japanese, rendered as Lyte UI renders it: custom elements in light DOM, no ARIA.
// - <lyte-button lt-prop-appearance="primary"> holding <button class="lyte-button lytePrimaryBtn">
//   with the words in <lyte-yield yield-name="text"><span>…</span></lyte-yield>; disabled through
//   lt-prop-disabled (the inner button gets `disabled`).
// - <lyte-checkbox> holds <label class="lyteCheckbox"><input type=checkbox (invisible)><span
//   class="lyteCheckBoxDefault"> (the drawn box)</label>; the consent words are a sibling <span>
//   outside the component (no label tie, no aria).
// - <lyte-dropdown> shows a <lyte-drop-button>; its <lyte-drop-box> (items <lyte-drop-item
//   data-value>) is appended to <body>, hidden with .lyteDropdownHidden, positioned under the
//   button when opened; clicking outside closes it.
(() => {
  const root = document.getElementById('oauth_container');
  const q = new URLSearchParams(location.search);
  const dc = window.ZOHO_DC;
  const state = q.get('state') || '';
  const account = q.get('sandbox_account') || 'single';
  const appName = q.get('client_id') === '1000.43ZTRRY4BWJYTZSL03CM4FVBUWOVKI' ? 'HeavySet Tech' : '不明なアプリケーション';
  const SCOPES = {
    'ZohoCRM.modules.ALL': ['CRM モジュールへのフルアクセス', 'すべてのモジュールのレコードの作成・参照・更新・削除'],
    'ZohoCRM.settings.ALL': ['CRM 設定へのフルアクセス', 'レイアウト、項目、各種設定の参照と変更'],
    'ZohoCRM.users.READ': ['CRM ユーザーの参照', 'ユーザー名、役職、権限の参照'],
    'ZohoCRM.org.READ': ['CRM 組織情報の参照', '会社情報とタイムゾーンの参照'],
  };
  const h = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else if (v !== false && v !== undefined) e.setAttribute(k, v === true ? '' : v);
    }
    e.append(...kids.flat().filter((k) => k !== null && k !== undefined));
    return e;
  };
  const redirect = (params) => {
    const url = new URL(q.get('redirect_uri') || '');
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    location.assign(url.toString());
  };

  /** <lyte-button>: a real <button> inside, the words yielded in a span. */
  function lyteButton(text, { primary = false, disabled = false, onclick } = {}) {
    const inner = h('button', { type: 'button', class: 'lyte-button' + (primary ? ' lytePrimaryBtn' : ' lyteDefaultBtn'), disabled },
      h('lyte-yield', { 'yield-name': 'text' }, h('span', {}, text)));
    const el = h('lyte-button', { 'lt-prop-appearance': primary ? 'primary' : 'default', 'lt-prop-disabled': String(disabled), class: 'lyteButton' }, inner);
    inner.addEventListener('click', (e) => { if (!inner.disabled && onclick) onclick(e); });
    el.setDisabled = (d) => { inner.disabled = d; el.setAttribute('lt-prop-disabled', String(d)); };
    return el;
  }

  /** <lyte-checkbox>: label > invisible input + drawn span; no words inside. */
  function lyteCheckbox(onchange) {
    const input = h('input', { type: 'checkbox', class: 'lyteCheckboxInput' });
    input.addEventListener('change', () => { el.setAttribute('lt-prop-checked', String(input.checked)); onchange(input.checked); });
    const el = h('lyte-checkbox', { 'lt-prop-type': 'default', 'lt-prop-checked': 'false' },
      h('label', { class: 'lyteCheckbox lyteDefault' }, input, h('span', { class: 'lyteCheckBoxDefault' })));
    return el;
  }

  /** <lyte-dropdown>: the button here, the box appended to <body>. */
  function lyteDropdown(placeholder, items, onselect) {
    const shown = h('span', { class: 'lyteMarginRight lyteDropPlaceholderNormal' }, placeholder);
    const button = h('lyte-drop-button', { class: 'lyteDummyEventContainer', tabindex: '0' }, shown, h('lyte-icon', { class: 'dropdown' }));
    const el = h('lyte-dropdown', { 'lt-prop-placeholder': placeholder, 'lt-prop-selected': '' }, h('div', { class: 'lyteDummyEventContainer' }, button));
    const body = h('lyte-drop-body', {});
    const box = h('lyte-drop-box', { class: 'lyteDropdownElem1 lyteDropdownHidden' }, body);
    const close = () => box.classList.add('lyteDropdownHidden');
    for (const [value, name, meta] of items) {
      const item = h('lyte-drop-item', { 'data-value': value }, h('span', { class: 'org_name' }, name), h('span', { class: 'org_meta' }, meta));
      item.addEventListener('click', (e) => {
        e.stopPropagation();
        body.querySelectorAll('lyte-drop-item').forEach((i) => i.classList.toggle('lyteDropdownSelection', i === item));
        shown.className = 'lyteMarginRight lyteDropdownLabel';
        shown.textContent = name;
        el.setAttribute('lt-prop-selected', value);
        close();
        onselect(value, name);
      });
      body.append(item);
    }
    document.body.append(box);
    button.addEventListener('click', (e) => {
      e.stopPropagation();
      if (!box.classList.contains('lyteDropdownHidden')) return close();
      const r = button.getBoundingClientRect();
      box.style.left = `${r.left + window.scrollX}px`;
      box.style.top = `${r.bottom + window.scrollY + 2}px`;
      box.style.width = `${r.width}px`;
      box.classList.remove('lyteDropdownHidden');
    });
    button.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); button.click(); } });
    document.addEventListener('click', close);
    el.destroy = () => { box.remove(); document.removeEventListener('click', close); };
    return el;
  }

  function noOrg() {
    root.replaceChildren(
      h('div', { class: 'oauth_title' }, h('span', {}, 'Zoho CRM の組織が見つかりません')),
      h('div', { class: 'oauth_desc' }, h('span', {}, `${appName} は Zoho CRM へのアクセスを必要としていますが、admin@acmeroofing.com はどの Zoho CRM 組織にも所属していません。`)),
      h('div', { class: 'oauth_actions' }, lyteButton('アプリに戻る', { primary: true, onclick: () => redirect({ error: 'no_org', state }) })));
  }

  function picker() {
    let chosen = null;
    const next = lyteButton('次へ', { primary: true, disabled: true, onclick: () => { if (chosen) { dropdown.destroy(); consent(chosen); } } });
    const dropdown = lyteDropdown('組織を選択', [
      ['60012345678', 'Acme Roofing', '本番環境 · 組織ID 60012345678'],
      ['60012345679', 'Acme Roofing (Sandbox)', 'サンドボックス · 組織ID 60012345679'],
      ['60099887766', 'Acme Dev Edition', '開発者エディション · 組織ID 60099887766'],
    ], (value, name) => { chosen = name; next.setDisabled(false); });
    root.replaceChildren(
      h('div', { class: 'oauth_title' }, h('span', {}, '組織を選択してください')),
      h('div', { class: 'oauth_desc' }, h('span', {}, `${appName} が Zoho CRM へのアクセスを求めています。使用する CRM 組織を選択してください。`)),
      h('span', { class: 'oauth_field_label' }, h('span', {}, 'CRM 組織')),
      dropdown,
      h('div', { class: 'oauth_actions' }, next));
  }

  function consent(orgName) {
    const accept = lyteButton('承認する', {
      primary: true,
      disabled: true,
      onclick: async () => {
        accept.setDisabled(true);
        const r = await fetch('/__sandbox__/codes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ state, location: dc.location }) });
        const { code } = await r.json();
        redirect({ code, location: dc.location, 'accounts-server': `https://${dc.accountsHost}`, state });
      },
    });
    const reject = lyteButton('拒否する', { onclick: () => redirect({ error: 'access_denied', state }) });
    const box = lyteCheckbox((on) => accept.setDisabled(!on));
    root.replaceChildren(
      h('div', { class: 'oauth_title' }, h('span', {}, `${appName} があなたの Zoho アカウントへのアクセスを求めています`)),
      h('div', { class: 'oauth_meta' },
        h('span', {}, h('span', {}, '組織：'), h('span', { class: 'v' }, orgName)),
        h('span', {}, h('span', {}, 'データセンター：'), h('span', { class: 'v' }, dc.accountsHost))),
      h('div', { class: 'oauth_desc' }, h('span', {}, '以下の権限が要求されています：')),
      h('div', { class: 'scope_list' }, (q.get('scope') || '').split(',').map((s) => {
        const [title, text] = SCOPES[s] || [s, ''];
        return h('div', { class: 'scope_item' }, h('span', { class: 'scope_title' }, title), h('span', { class: 'scope_desc' }, text));
      })),
      h('div', { class: 'consent_row' }, box,
        h('span', { class: 'consent_text' }, h('span', {}, `${appName} が私の Zoho アカウントから上記のデータにアクセスすることを許可します`))),
      h('div', { class: 'oauth_actions' }, accept, reject));
  }

  if (account === 'nocrm') noOrg();
  else if (account === 'multi') picker();
  else consent('Acme Roofing');
})();
