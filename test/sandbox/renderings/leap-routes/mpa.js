// The small scripts of the server-rendered JobProgress pages (leap-routes, multi-page): the token
// list (filled from the sandbox backend, masked previews), the New API Token form (creates the token
// in the backend, hands it to the server as the flash, then submits the form itself: the server
// answers 303 to the token's page), Copy on the token page, the masked details on later loads.
(function () {
  'use strict';

  function api(path, body) {
    var init = body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    return fetch('/__sandbox__/' + path, init).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) throw new Error((j.error && j.error.message) || 'Request failed');
        return j;
      });
    });
  }
  function maskedTail(t) {
    var n = 7;
    var s = t.id + ':' + t.name;
    for (var i = 0; i < s.length; i++) n = (n * 31 + s.charCodeAt(i)) % 65536;
    return '••••' + n.toString(16).padStart(4, '0');
  }
  var fmtDate = function (iso) { return new Date(iso).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' }); };
  function esc(s) { var d = document.createElement('div'); d.textContent = s; return d.innerHTML; }

  var list = document.querySelector('[data-token-list]');
  if (list) {
    api('tokens').then(function (tokens) {
      list.innerHTML = tokens.length
        ? tokens.map(function (t) {
            return '<tr><td><a href="/app/settings/developers/tokens/' + encodeURIComponent(t.id) + '">' + esc(t.name) + '</a></td><td><code>' + maskedTail(t) + '</code></td><td>' + fmtDate(t.createdAt) + '</td></tr>';
          }).join('')
        : '<tr><td colspan="3">No tokens yet.</td></tr>';
    }, function (e) {
      list.innerHTML = '<tr><td colspan="3" class="error">' + esc(e.message) + '</td></tr>';
    });
  }

  var details = document.querySelector('[data-token-details]');
  if (details) {
    var id = details.getAttribute('data-token-details');
    api('tokens').then(function (tokens) {
      var t = tokens.filter(function (x) { return x.id === id; })[0];
      details.innerHTML = t
        ? '<h1>' + esc(t.name) + '</h1><dl class="details"><dt>Token</dt><dd><code>' + maskedTail(t) + '</code></dd><dt>Created</dt><dd>' + fmtDate(t.createdAt) + '</dd></dl>'
        : '<p class="error">This token does not exist or was revoked.</p>';
    });
  }

  var form = document.querySelector('form[data-new-token]');
  if (form) {
    var busy = false;
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (busy) return;
      var error = form.querySelector('[data-error]');
      var name = form.elements.namedItem('api_token[name]').value.trim();
      if (!name) { error.textContent = 'Enter a token name.'; return; }
      var button = form.querySelector('button[type=submit]');
      busy = true;
      button.disabled = true;
      button.textContent = 'Generating…';
      api('tokens', { name: name }).then(function (created) {
        return fetch('/app/settings/developers/tokens/' + encodeURIComponent(created.id) + '/flash', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ token: created.token, name: created.name, createdAt: created.createdAt }),
        }).then(function () {
          form.elements.namedItem('api_token[id]').value = created.id;
          form.submit(); // a real form POST: the server answers 303 to the token's page
        });
      }).catch(function (err) {
        busy = false;
        button.disabled = false;
        button.textContent = 'Generate';
        error.textContent = err.message;
      });
    });
  }

  var copy = document.querySelector('[data-copy]');
  if (copy) {
    copy.addEventListener('click', function () {
      var value = document.getElementById(copy.getAttribute('data-copy'));
      var text = value.value !== undefined ? value.value : value.textContent;
      var said = document.querySelector('[data-copied]');
      var done = function () { said.textContent = 'Copied'; };
      var fallback = function () {
        try {
          if (value.select) value.select();
          else { var r = document.createRange(); r.selectNodeContents(value); var s = getSelection(); s.removeAllRanges(); s.addRange(r); }
          document.execCommand('copy');
        } catch (err) { /* nothing more to do */ }
        done();
      };
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(done, fallback);
      else fallback();
    });
  }
})();
