// JobProgress as a plain-JS single-page app with History API routes (no framework). Every view is
// rendered into <main id="view"> from the path: /app/dashboard, /app/jobs, /app/settings,
// /app/settings/developers (the token list), /app/settings/developers/tokens/new (a full page, not a
// dialog) and /app/settings/developers/tokens/<id>. Generate POSTs to the sandbox backend, then
// pushState()s to the token's own route, which shows "Loading…" while it "fetches" (a real await),
// then the new token once. Any later visit of that route shows the token masked.
(function () {
  'use strict';

  var view = document.getElementById('view');
  var asInput = location.hostname.indexOf('www.') !== 0; // jobprogress.com: the token in a read-only input; www: in a <code> block
  var justCreated = {}; // id → the created token (with its value), kept until its page has shown it once

  function api(path, body) {
    var init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch('/__sandbox__/' + path, init).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) throw new Error((j.error && j.error.message) || 'Request failed');
        return j;
      });
    });
  }
  var wait = function (ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); };

  function h(tag, props, kids) {
    var el = document.createElement(tag);
    Object.keys(props || {}).forEach(function (k) {
      var v = props[k];
      if (v === undefined || v === null || v === false) return;
      if (k === 'class') el.className = v;
      else if (k === 'text') el.textContent = v;
      else if (k === 'value') el.value = v;
      else if (k.indexOf('on') === 0) el.addEventListener(k.slice(2).toLowerCase(), v);
      else el.setAttribute(k, v === true ? '' : v);
    });
    [].concat(kids === undefined ? [] : kids).forEach(function (kid) {
      if (kid === null || kid === undefined || kid === false) return;
      el.appendChild(typeof kid === 'string' ? document.createTextNode(kid) : kid);
    });
    return el;
  }

  function maskedTail(t) {
    var n = 7;
    var s = t.id + ':' + t.name;
    for (var i = 0; i < s.length; i++) n = (n * 31 + s.charCodeAt(i)) % 65536;
    return '••••' + n.toString(16).padStart(4, '0');
  }
  var fmtDate = function (iso) { return new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' }); };

  // ---- routing ----
  var generation = 0; // a render that awaited something only lands if no other route came since
  function navigate(path, replace) {
    if (replace) history.replaceState({}, '', path);
    else history.pushState({}, '', path);
    render();
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest && e.target.closest('a[href]');
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    var href = a.getAttribute('href');
    if (href.indexOf('/app/') !== 0) return;
    e.preventDefault();
    navigate(href);
  });
  window.addEventListener('popstate', render);

  function setView(title, kids) {
    document.title = title + ' · JobProgress';
    view.replaceChildren.apply(view, [].concat(kids));
    var section = location.pathname.split('/')[2] || '';
    document.querySelectorAll('.mainnav a').forEach(function (a) { a.classList.toggle('current', a.getAttribute('data-nav') === section); });
  }

  function render() {
    var gen = ++generation;
    var path = location.pathname.replace(/\/+$/, '');
    var m;
    if (path === '/app' || path === '/app/index.html') return navigate('/app/dashboard', true);
    if (path === '/app/dashboard') return dashboard();
    if (path === '/app/jobs') return jobs();
    if (path === '/app/settings') return settings(company());
    if (path === '/app/settings/users') return settings(users());
    if (path === '/app/settings/developers') return settings(developers(gen));
    if (path === '/app/settings/developers/tokens/new') return settings(newToken(gen));
    if ((m = /^\/app\/settings\/developers\/tokens\/([^/]+)$/.exec(path))) return settings(tokenPage(decodeURIComponent(m[1]), gen));
    setView('Not found', [h('h1', { text: 'Page not found' }), h('p', {}, [h('a', { href: '/app/dashboard', text: 'Go to the dashboard' })])]);
  }

  // ---- views ----
  function dashboard() {
    setView('Dashboard', [
      h('h1', { text: 'Dashboard' }),
      h('p', { text: 'Good morning, Jane. 3 appointments today.' }),
      h('div', { class: 'cards' }, [
        h('div', {}, [h('strong', { text: 'Open jobs' }), h('p', { text: '14' })]),
        h('div', {}, [h('strong', { text: 'Estimates sent' }), h('p', { text: '6 this week' })]),
        h('div', {}, [h('strong', { text: 'Jobs sold' }), h('p', { text: '4 this month' })]),
      ]),
    ]);
  }

  function jobs() {
    setView('Jobs', [
      h('h1', { text: 'Jobs' }),
      h('table', { class: 'list' }, [
        h('thead', {}, h('tr', {}, [h('th', { text: 'Job' }), h('th', { text: 'Customer' }), h('th', { text: 'Stage' })])),
        h('tbody', {}, [
          h('tr', {}, [h('td', { text: 'JP-2291 Roof replacement' }), h('td', { text: 'M. Alvarez' }), h('td', { text: 'Estimate' })]),
          h('tr', {}, [h('td', { text: 'JP-2288 Gutter repair' }), h('td', { text: 'T. Nguyen' }), h('td', { text: 'Sold' })]),
        ]),
      ]),
    ]);
  }

  function settings(pane) {
    var path = location.pathname;
    var link = function (href, label) {
      var current = href === '/app/settings' ? path === href : path.indexOf(href) === 0;
      return h('a', { href: href, class: current ? 'current' : null }, label);
    };
    setView(pane.title, [
      h('div', { class: 'settings' }, [
        h('nav', { 'aria-label': 'Settings' }, [
          h('strong', { text: 'Settings' }),
          link('/app/settings', 'Company Profile'),
          link('/app/settings/users', 'Users & Roles'),
          link('/app/settings/developers', 'Developers'),
        ]),
        h('section', {}, pane.body),
      ]),
    ]);
  }

  function company() {
    return { title: 'Company Profile', body: [h('h1', { text: 'Company Profile' }), h('dl', { class: 'details' }, [h('dt', { text: 'Company' }), h('dd', { text: 'Acme Roofing' }), h('dt', { text: 'Phone' }), h('dd', { text: '(555) 010-2200' })])] };
  }

  function users() {
    return { title: 'Users & Roles', body: [h('h1', { text: 'Users & Roles' }), h('p', { text: 'Jane Cooper — Administrator' }), h('p', { text: 'Sam Ortiz — Standard user' })] };
  }

  function developers(gen) {
    var tbody = h('tbody', {}, h('tr', {}, h('td', { colspan: '3', text: 'Loading…' })));
    api('tokens').then(function (tokens) {
      if (gen !== generation) return;
      tbody.replaceChildren.apply(tbody, tokens.map(function (t) {
        return h('tr', {}, [
          h('td', {}, h('a', { href: '/app/settings/developers/tokens/' + encodeURIComponent(t.id), text: t.name })),
          h('td', {}, h('code', { text: maskedTail(t) })),
          h('td', { text: fmtDate(t.createdAt) }),
        ]);
      }));
      if (!tokens.length) tbody.replaceChildren(h('tr', {}, h('td', { colspan: '3', text: 'No tokens yet.' })));
    }, function (e) {
      tbody.replaceChildren(h('tr', {}, h('td', { colspan: '3', class: 'error', text: e.message })));
    });
    return {
      title: 'Developers',
      body: [
        h('div', { class: 'headrow' }, [h('h1', { text: 'Developers' }), h('a', { class: 'btn', href: '/app/settings/developers/tokens/new', text: 'Generate Token' })]),
        h('h2', { text: 'Public API Tokens' }),
        h('p', { class: 'hint', text: 'Tokens let other applications use the JobProgress API on behalf of your company.' }),
        h('table', { class: 'list' }, [
          h('thead', {}, h('tr', {}, [h('th', { text: 'Name' }), h('th', { text: 'Token' }), h('th', { text: 'Created' })])),
          tbody,
        ]),
      ],
    };
  }

  function newToken(gen) {
    var input = h('input', { id: 'token-name', name: 'name', type: 'text', autocomplete: 'off', maxlength: '100' });
    var error = h('p', { class: 'error' });
    var submit = h('button', { class: 'btn', type: 'submit', text: 'Generate' });
    var busy = false;
    var form = h('form', {
      onSubmit: function (e) {
        e.preventDefault();
        if (busy) return;
        var name = input.value.trim();
        if (!name) { error.textContent = 'Enter a token name.'; return; }
        busy = true;
        submit.disabled = true;
        submit.textContent = 'Generating…';
        error.textContent = '';
        api('tokens', { name: name }).then(function (created) {
          justCreated[created.id] = created;
          if (gen === generation) navigate('/app/settings/developers/tokens/' + encodeURIComponent(created.id));
        }, function (err) {
          busy = false;
          submit.disabled = false;
          submit.textContent = 'Generate';
          error.textContent = err.message;
        });
      },
    }, [
      h('div', { class: 'field' }, [h('label', { for: 'token-name', text: 'Token name' }), input, h('span', { class: 'hint', text: 'For example, the name of the application that will use it.' })]),
      error,
      h('div', { class: 'actions' }, [submit, h('a', { href: '/app/settings/developers', text: 'Cancel' })]),
    ]);
    setTimeout(function () { if (gen === generation) input.focus(); }, 0);
    return {
      title: 'New API Token',
      body: [h('p', {}, h('a', { href: '/app/settings/developers', text: '← Developers' })), h('h1', { text: 'New API Token' }), form],
    };
  }

  function tokenPage(id, gen) {
    var holder = h('div', {}, h('p', { class: 'loading', text: 'Loading…' }));
    var created = justCreated[id];
    // As the real app would: the route fetches what it shows (the list, for the name and date), then renders.
    Promise.all([api('tokens'), wait(created ? 550 : 250)]).then(function (answers) {
      if (gen !== generation) return;
      var meta = answers[0].filter(function (t) { return t.id === id; })[0];
      if (created) {
        delete justCreated[id];
        holder.replaceChildren.apply(holder, createdView(created));
      } else if (meta) {
        holder.replaceChildren.apply(holder, maskedView(meta));
      } else {
        holder.replaceChildren(h('p', { class: 'error', text: 'This token does not exist or was revoked.' }), h('p', {}, h('a', { href: '/app/settings/developers', text: 'Back to tokens' })));
      }
    }, function (e) {
      if (gen === generation) holder.replaceChildren(h('p', { class: 'error', text: e.message }));
    });
    return { title: 'API token', body: [holder] };
  }

  function createdView(t) {
    var copied = h('span', { class: 'hint', role: 'status' });
    var value;
    var tokenBlock;
    if (asInput) {
      value = h('input', { id: 'token-value', type: 'text', readonly: true, spellcheck: 'false', value: t.token });
      tokenBlock = h('div', { class: 'field', style: 'max-width:none' }, [h('label', { for: 'token-value', text: 'Token' }), value]);
    } else {
      value = h('code', { class: 'token', text: t.token });
      tokenBlock = h('div', {}, [h('h2', { text: 'Token' }), value]);
    }
    var copy = function () {
      var done = function () { copied.textContent = 'Copied'; };
      var fallback = function () {
        try {
          if (asInput) value.select();
          else { var r = document.createRange(); r.selectNodeContents(value); var s = getSelection(); s.removeAllRanges(); s.addRange(r); }
          document.execCommand('copy');
        } catch (e) { /* nothing to do */ }
        done();
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(t.token).then(done, fallback);
      else fallback();
    };
    return [
      h('h1', { text: 'API token created' }),
      h('p', { class: 'warn', text: 'This token is shown only once. Copy it now and keep it somewhere safe: if you lose it, you will have to generate a new one.' }),
      h('dl', { class: 'details' }, [h('dt', { text: 'Name' }), h('dd', { text: t.name }), h('dt', { text: 'Created' }), h('dd', { text: fmtDate(t.createdAt) })]),
      tokenBlock,
      h('div', { class: 'actions' }, [
        h('button', { class: 'btn', type: 'button', text: 'Copy', onClick: copy }),
        h('a', { class: 'btn plain', href: '/app/settings/developers', text: 'Back to tokens' }),
        copied,
      ]),
    ];
  }

  function maskedView(t) {
    return [
      h('h1', { text: t.name }),
      h('dl', { class: 'details' }, [
        h('dt', { text: 'Token' }), h('dd', {}, h('code', { text: maskedTail(t) })),
        h('dt', { text: 'Created' }), h('dd', { text: fmtDate(t.createdAt) }),
      ]),
      h('p', { class: 'hint', text: 'A token is shown in full only once, when it is generated. If it was lost, generate a new one.' }),
      h('p', {}, h('a', { href: '/app/settings/developers', text: 'Back to tokens' })),
    ];
  }

  render();
})();
