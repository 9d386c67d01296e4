// Zoho Accounts (pt-BR), one page that renders its views in place (the URL stays /oauth/v2/auth):
// - chooser: "Organização" an <input role=combobox aria-expanded aria-controls aria-autocomplete=list>;
//   its <ul role=listbox> is created when it opens and removed when it closes; typing filters the
//   options (accents and case ignored); each <li role=option> shows the name, the environment, the
//   edition and the data centre; arrows / Enter / Escape. "Continuar" an <a href="#" class="btn
//   btn-primary"> with aria-disabled="true" until an organization is chosen.
// - consent: app, account, organization, data centre; the scopes as <details> (summary "scope — words");
//   the consent a <button role=switch aria-checked> named by a sibling <span id> (aria-labelledby);
//   "Aceitar" a <div role=button tabindex=0> that, while the switch is off, only shows an inline
//   error "Ative a permissão para continuar"; "Rejeitar" the same kind of div. Actions in a sticky bar.
// - no CRM: the app's request, a warning and only "Voltar ao aplicativo" (error=no_org).
(() => {
  const root = document.getElementById('root');
  const q = new URLSearchParams(location.search);
  const dc = window.ZOHO_DC;
  const redirectUri = q.get('redirect_uri') || '';
  const state = q.get('state') || '';
  const account = q.get('sandbox_account') || 'single';
  const EMAIL = 'admin@acmeroofing.com';
  const appName = q.get('client_id') === '1000.43ZTRRY4BWJYTZSL03CM4FVBUWOVKI' ? 'HeavySet Tech' : 'Aplicativo não verificado';
  const DC_NAMES = {
    us: 'Estados Unidos', eu: 'Europa', in: 'Índia', au: 'Austrália', jp: 'Japão',
    ca: 'Canadá', cn: 'China', sa: 'Arábia Saudita', uk: 'Reino Unido',
  };
  const dcName = `${DC_NAMES[dc.location] || dc.location} (${dc.location.toUpperCase()})`;
  const SCOPES = {
    'ZohoCRM.modules.ALL': ['Acessar todos os módulos do CRM', 'Criar, ler, atualizar e excluir registros de Leads, Contatos, Negócios, Eventos e dos demais módulos.'],
    'ZohoCRM.settings.ALL': ['Gerenciar as configurações do CRM', 'Layouts, campos, listas de opções e demais configurações dos módulos.'],
    'ZohoCRM.users.READ': ['Ler os usuários do CRM', 'Nomes, e-mails, perfis e funções dos usuários da organização.'],
    'ZohoCRM.org.READ': ['Ler os dados da organização', 'Nome da empresa, fuso horário, moeda e edição.'],
  };
  const ORGS = [
    { id: '7481930021', name: 'Acme Roofing', env: 'Produção', edition: 'Enterprise' },
    { id: '7481930377', name: 'Acme Roofing Sandbox', env: 'Sandbox', edition: 'Enterprise' },
  ];

  let uid = 0;
  const nextId = (p) => `${p}-${++uid}`;
  const h = (tag, attrs, ...kids) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v === true ? '' : v);
    }
    e.append(...kids.flat().filter((c) => c !== null && c !== undefined && c !== false));
    return e;
  };
  const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  const back = (params) => {
    const url = new URL(redirectUri);
    for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
    location.href = url.toString();
  };
  /** A div or link that behaves as a button: click, Enter, Space. */
  const activate = (el, fn) => {
    el.addEventListener('click', (e) => { e.preventDefault(); fn(); });
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); fn(); }
    });
    return el;
  };

  function shell(...content) {
    const lang = h('select', { class: 'lang', 'aria-label': 'Idioma' },
      ...[['pt-BR', 'Português (Brasil)'], ['en', 'English'], ['es', 'Español'], ['fr', 'Français'], ['de', 'Deutsch'], ['ja', '日本語']]
        .map(([v, t]) => h('option', { value: v, selected: v === 'pt-BR' }, t)));
    return h('div', { class: 'za' },
      h('header', { class: 'za-top' },
        h('a', { class: 'za-logo', href: '#', 'aria-label': 'Zoho' }, h('i', { class: 'l1' }), h('i', { class: 'l2' }), h('i', { class: 'l3' }), h('i', { class: 'l4' }), h('b', {}, 'Accounts')),
        h('div', { class: 'za-user' }, h('span', { class: 'za-avatar', 'aria-hidden': 'true' }, 'A'), h('span', {}, EMAIL))),
      h('main', { class: 'za-main' }, ...content),
      h('footer', { class: 'za-foot' }, h('span', {}, '© 2026, Zoho Corporation Pvt. Ltd. Todos os direitos reservados.'), lang));
  }

  function appBlock(lead) {
    return h('div', { class: 'za-app' },
      h('div', { class: 'za-app-icon', 'aria-hidden': 'true' }, appName.slice(0, 1)),
      h('div', {},
        h('h1', { class: 'za-title' }, `${appName} quer acessar sua conta Zoho`),
        h('p', { class: 'za-sub' }, lead)));
  }

  // ------------------------------------------------------------------ organization chooser
  function chooser() {
    const inputId = nextId('org-combobox');
    const listId = nextId('org-listbox');
    let open = false;
    let active = -1;
    let shown = ORGS;
    let chosen = null;

    const input = h('input', {
      id: inputId, type: 'text', class: 'cb-input', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
      'aria-expanded': 'false', 'aria-controls': listId, 'aria-autocomplete': 'list', 'aria-haspopup': 'listbox',
      placeholder: 'Pesquisar organização',
    });
    const toggle = h('span', { class: 'cb-caret', 'aria-hidden': 'true' });
    const field = h('div', { class: 'cb-field' }, input, toggle);
    const wrap = h('div', { class: 'cb' }, field);
    const picked = h('p', { class: 'cb-picked', 'aria-live': 'polite' });
    const next = h('a', { href: '#', class: 'btn btn-primary', 'aria-disabled': 'true' }, 'Continuar');

    const optionId = (i) => `${listId}-opt-${i}`;
    function renderList() {
      wrap.querySelector('ul')?.remove();
      if (!open) return;
      const list = h('ul', { id: listId, role: 'listbox', class: 'cb-list', 'aria-label': 'Organizações' });
      if (!shown.length) list.append(h('li', { class: 'cb-empty' }, 'Nenhuma organização encontrada'));
      shown.forEach((org, i) => {
        const li = h('li', {
          id: optionId(i), role: 'option', class: 'cb-opt' + (i === active ? ' active' : ''),
          'aria-selected': chosen === org ? 'true' : 'false',
          onmousedown: (e) => e.preventDefault(),
          onclick: () => choose(org),
          onmousemove: () => { if (active !== i) { active = i; mark(); } },
        },
        h('span', { class: 'cb-name' }, h('span', { class: 'cb-org' }, org.name), h('span', { class: 'chip chip-' + (org.env === 'Produção' ? 'prod' : 'sbx') }, org.env)),
        h('span', { class: 'cb-meta' }, `Edição: ${org.edition}`),
        h('span', { class: 'cb-meta' }, `Centro de dados: ${dcName}`));
        list.append(li);
      });
      wrap.append(list);
    }
    function mark() {
      wrap.querySelectorAll('[role=option]').forEach((li, i) => li.classList.toggle('active', i === active));
      if (active >= 0 && open) input.setAttribute('aria-activedescendant', optionId(active));
      else input.removeAttribute('aria-activedescendant');
    }
    function setOpen(v) {
      open = v;
      input.setAttribute('aria-expanded', String(v));
      if (!v) active = -1;
      renderList();
      mark();
    }
    function filter() {
      const words = fold(input.value.trim());
      shown = ORGS.filter((o) => fold(`${o.name} ${o.env} ${o.edition}`).includes(words));
      active = shown.length ? 0 : -1;
      renderList();
      mark();
    }
    function choose(org) {
      chosen = org;
      input.value = org.name;
      shown = ORGS;
      setOpen(false);
      picked.replaceChildren(h('span', {}, `${org.name} · ${org.env} · Edição: ${org.edition}`));
      next.setAttribute('aria-disabled', 'false');
      next.classList.remove('is-disabled');
    }
    next.classList.add('is-disabled');

    input.addEventListener('focus', () => { if (!open) setOpen(true); });
    input.addEventListener('click', () => { if (!open) setOpen(true); });
    input.addEventListener('blur', () => setOpen(false));
    input.addEventListener('input', () => {
      if (chosen && input.value !== chosen.name) {
        chosen = null;
        picked.replaceChildren();
        next.setAttribute('aria-disabled', 'true');
        next.classList.add('is-disabled');
      }
      if (!open) { open = true; input.setAttribute('aria-expanded', 'true'); }
      filter();
    });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        if (!open) { setOpen(true); return; }
        if (!shown.length) return;
        active = (active + (e.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
        mark();
      } else if (e.key === 'Enter') {
        if (open && active >= 0) { e.preventDefault(); choose(shown[active]); }
      } else if (e.key === 'Escape') {
        setOpen(false);
      }
    });
    toggle.addEventListener('mousedown', (e) => {
      e.preventDefault();
      if (document.activeElement !== input) input.focus();
      else setOpen(!open);
    });
    activate(next, () => {
      if (next.getAttribute('aria-disabled') === 'true' || !chosen) return;
      consent(chosen);
    });

    render(
      h('section', { class: 'za-card' },
        appBlock(`${appName} está solicitando acesso ao Zoho CRM. Escolha em qual organização os dados serão acessados.`),
        h('h2', { class: 'za-h2' }, 'Escolha uma organização'),
        h('label', { for: inputId, class: 'cb-label' }, 'Organização'),
        wrap,
        picked,
        h('p', { class: 'za-hint' }, 'Só as organizações do Zoho CRM das quais você é membro aparecem aqui.'),
        h('div', { class: 'za-actions' }, next)));
  }

  // ------------------------------------------------------------------ consent
  function consent(org) {
    const labelId = nextId('consent-label');
    const errId = nextId('consent-error');
    const sw = h('button', { type: 'button', role: 'switch', class: 'switch', 'aria-checked': 'false', 'aria-labelledby': labelId }, h('span', { class: 'switch-knob' }));
    const words = h('span', { id: labelId, class: 'switch-words' }, `Permito que ${appName} acesse os dados acima`);
    const error = h('p', { id: errId, class: 'za-error', role: 'alert' });
    const on = () => sw.getAttribute('aria-checked') === 'true';
    sw.addEventListener('click', () => {
      sw.setAttribute('aria-checked', String(!on()));
      if (on()) { error.textContent = ''; sw.removeAttribute('aria-describedby'); }
    });
    let sending = false;
    const accept = activate(h('div', { role: 'button', tabindex: '0', class: 'btn btn-primary' }, 'Aceitar'), async () => {
      if (sending) return;
      if (!on()) {
        error.textContent = 'Ative a permissão para continuar';
        sw.setAttribute('aria-describedby', errId);
        return;
      }
      sending = true;
      accept.classList.add('is-busy');
      const r = await fetch('/__sandbox__/codes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ state, location: dc.location }) });
      const { code } = await r.json();
      back({ code, location: dc.location, 'accounts-server': `https://${dc.accountsHost}`, state });
    });
    const reject = activate(h('div', { role: 'button', tabindex: '0', class: 'btn btn-secondary' }, 'Rejeitar'), () => back({ error: 'access_denied', state }));

    const scopes = (q.get('scope') || '').split(',').filter(Boolean).map((s, i) => {
      const [title, text] = SCOPES[s] || ['Escopo adicional', ''];
      return h('details', { class: 'scope', open: i === 0 },
        h('summary', {}, h('code', {}, s), ` — ${title}`),
        h('p', {}, text));
    });

    render(
      h('section', { class: 'za-card' },
        appBlock(`${appName} gostaria de acessar os dados abaixo da sua conta Zoho.`),
        h('dl', { class: 'za-facts' },
          h('div', {}, h('dt', {}, 'Conta'), h('dd', {}, EMAIL)),
          h('div', {}, h('dt', {}, 'Organização'), h('dd', {}, org ? `${org.name} (${org.env})` : 'Acme Roofing')),
          h('div', {}, h('dt', {}, 'Centro de dados'), h('dd', {}, `${dcName} · ${dc.accountsHost}`))),
        h('h2', { class: 'za-h2' }, 'Zoho CRM', h('span', { class: 'za-count' }, `${scopes.length} permissões`)),
        h('div', { class: 'scopes' }, ...scopes),
        h('div', { class: 'za-sticky' },
          h('div', { class: 'switch-row' }, sw, words),
          error,
          h('div', { class: 'za-actions' }, reject, accept))));
  }

  // ------------------------------------------------------------------ account without Zoho CRM
  function noCrm() {
    const backBtn = h('button', { type: 'button', class: 'btn btn-primary' }, 'Voltar ao aplicativo');
    backBtn.addEventListener('click', () => back({ error: 'no_org', state }));
    render(
      h('section', { class: 'za-card' },
        appBlock(`${appName} está solicitando acesso ao Zoho CRM.`),
        h('div', { class: 'za-warn' },
          h('span', { class: 'za-warn-icon', 'aria-hidden': 'true' }, '!'),
          h('div', {},
            h('h2', { class: 'za-h2' }, 'Nenhuma organização do Zoho CRM'),
            h('p', {}, `A conta ${EMAIL} não faz parte de nenhuma organização do Zoho CRM, por isso não é possível conceder acesso a ${appName}.`),
            h('p', {}, 'Entre com uma conta que use o Zoho CRM ou peça ao administrador da sua empresa para convidar você.'))),
        h('div', { class: 'za-actions' }, backBtn)));
  }

  function render(view) {
    root.replaceChildren(shell(view));
  }

  // A single-page app: a moment of "Carregando…" while it asks who is signed in.
  setTimeout(() => {
    if (account === 'nocrm') noCrm();
    else if (account === 'multi') chooser();
    else consent(null);
  }, 350);
})();
