// Zoho consent in French, plain forms: the organization picker is a <select> with an
// <input type=button value="Valider">, the consent is a <label> wrapping its checkbox, Accepter is an
// <input type=submit> of the consent form, permissions in a table.
(function () {
  var page = document.getElementById('page');
  var q = new URLSearchParams(location.search);
  var dc = window.ZOHO_DC;
  var state = q.get('state') || '';
  var account = q.get('sandbox_account') || 'single';
  var appName = q.get('client_id') === '1000.43ZTRRY4BWJYTZSL03CM4FVBUWOVKI' ? 'HeavySet Tech' : 'Application inconnue';
  var SCOPES = {
    'ZohoCRM.modules.ALL': ['Modules CRM', 'Créer, lire, modifier et supprimer les enregistrements de tous les modules'],
    'ZohoCRM.settings.ALL': ['Paramètres CRM', 'Lire et modifier les paramètres, mises en page et champs'],
    'ZohoCRM.users.READ': ['Utilisateurs CRM', 'Lire les utilisateurs de votre organisation CRM'],
    'ZohoCRM.org.READ': ['Organisation CRM', 'Lire les informations de votre organisation CRM'],
  };
  function redirect(params) {
    var url = new URL(q.get('redirect_uri') || '');
    Object.keys(params).forEach(function (k) { url.searchParams.set(k, params[k]); });
    location.href = url.toString();
  }
  function esc(s) { return String(s).replace(/[&<>"]/g, function (c) { return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }[c]; }); }

  function noOrg() {
    page.innerHTML = '<form><h3>Aucun compte Zoho CRM trouvé</h3><p>' + esc(appName) + ' a besoin de Zoho CRM, mais le compte admin@acmeroofing.com n’a pas d’organisation Zoho CRM.</p><input type="button" class="main" value="Retour à l\'application"></form>';
    page.querySelector('input').addEventListener('click', function () { redirect({ error: 'no_org', state: state }); });
  }

  function picker() {
    page.innerHTML = '<form><h3>Sélectionnez une organisation</h3><p class="note">' + esc(appName) + ' souhaite accéder à Zoho CRM.</p>' +
      '<div class="row">Organisation<br><select><option value="">— Choisir —</option>' +
      '<option value="Acme Roofing">Production — Acme Roofing (60012345678)</option>' +
      '<option value="Acme Roofing (Sandbox)">Sandbox — Acme Roofing (Sandbox) (60012345679)</option>' +
      '<option value="Acme Dev Edition">Développeur — Acme Dev Edition (60099887766)</option></select></div>' +
      '<input type="button" class="main" value="Valider"></form>';
    page.querySelector('input[type=button]').addEventListener('click', function () {
      var v = page.querySelector('select').value;
      if (v) consent(v);
    });
  }

  function consent(orgName) {
    var rows = (q.get('scope') || '').split(',').map(function (s) {
      var t = SCOPES[s] || [s, ''];
      return '<tr><td>' + esc(t[0]) + '</td><td>' + esc(t[1]) + '</td></tr>';
    }).join('');
    page.innerHTML = '<form><h3>' + esc(appName) + ' demande l’accès à votre compte Zoho</h3>' +
      '<p class="note">Organisation : ' + esc(orgName) + ' — Centre de données : ' + esc(dc.accountsHost) + '</p>' +
      '<table class="perm">' + rows + '</table>' +
      '<label class="ok"><input type="checkbox" name="ok"> J’autorise ' + esc(appName) + ' à accéder aux données ci-dessus depuis mon compte Zoho</label>' +
      '<input type="submit" class="main" value="Accepter"><input type="button" value="Refuser"></form>';
    var form = page.querySelector('form');
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      if (!form.ok.checked) { alert('Veuillez cocher la case pour continuer.'); return; }
      fetch('/__sandbox__/codes', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ state: state, location: dc.location }) })
        .then(function (r) { return r.json(); })
        .then(function (j) { redirect({ code: j.code, location: dc.location, 'accounts-server': 'https://' + dc.accountsHost, state: state }); });
    });
    form.querySelector('input[type=button]').addEventListener('click', function () { redirect({ error: 'access_denied', state: state }); });
  }

  if (account === 'nocrm') noOrg();
  else if (account === 'multi') picker();
  else consent('Acme Roofing');
})();
