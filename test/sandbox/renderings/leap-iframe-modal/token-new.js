// The "Generate Token" page inside the Fancybox iframe. The form is sent one of two ways
// (form[data-submit]): "post" asks the backend for the token, then submits the form for real (the
// frame loads the server's answer: a 303 to the token's page); "xhr" asks the backend and replaces
// the form by the token in a read-only input, set as a property.
(function () {
  var form = document.getElementById('newTokenForm');
  var name = document.getElementById('token_name');
  var error = document.getElementById('nameError');
  var button = document.getElementById('generateBtn');
  var busy = false;

  function createToken(value, done, fail) {
    var x = new XMLHttpRequest();
    x.open('POST', '/__sandbox__/tokens', true);
    x.setRequestHeader('Content-Type', 'application/json; charset=utf-8');
    x.onreadystatechange = function () {
      if (x.readyState !== 4) return;
      var data = null;
      try { data = JSON.parse(x.responseText); } catch (e) { data = null; }
      if (x.status >= 200 && x.status < 300) done(data);
      else fail((data && data.error && data.error.message) || 'The token could not be generated.');
    };
    x.send(JSON.stringify({ name: value }));
  }
  function esc(s) {
    return String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }

  function showToken(created) {
    var content = document.getElementById('frameContent');
    content.innerHTML =
      '<h3 class="frame-title">API Token Generated</h3>' +
      '<div class="alert alert-success">Token <strong>' + esc(created.name) + '</strong> was generated.</div>' +
      '<div class="control-group"><label class="control-label" for="api_token">API Token</label>' +
      '<div class="controls input-append"><input type="text" id="api_token" class="input-xlarge token-field" readonly>' +
      '<button type="button" class="btn" id="copyBtn">Copy</button></div>' +
      '<span class="help-inline copied" id="copiedMsg"></span></div>' +
      '<p class="text-warning"><i class="icon-warning-sign"></i> This is the only time the token is displayed: it will not be shown again.</p>' +
      '<div class="form-actions"><button type="button" class="btn btn-primary" id="doneBtn">Done</button></div>';
    var field = document.getElementById('api_token');
    field.value = created.token;
    field.addEventListener('focus', function () { field.select(); });
    document.getElementById('copyBtn').addEventListener('click', function () {
      field.focus();
      field.select();
      var ok = false;
      try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
      document.getElementById('copiedMsg').textContent = ok ? 'Copied!' : 'Press Ctrl+C to copy.';
    });
    document.getElementById('doneBtn').addEventListener('click', function () { parent.$.fancybox.close(); });
    if (parent.$ && parent.$.fancybox) parent.$.fancybox.update();
  }

  form.addEventListener('submit', function (e) {
    e.preventDefault();
    if (busy) return;
    var value = name.value.replace(/^\s+|\s+$/g, '');
    if (!value) { error.textContent = 'Please enter the token name.'; return; }
    error.textContent = '';
    busy = true;
    button.disabled = true;
    button.textContent = 'Generating...';
    createToken(value, function (created) {
      if (form.getAttribute('data-submit') === 'post') {
        form.elements.issued_token.value = created.token;
        form.elements.issued_at.value = created.createdAt;
        form.submit();
      } else {
        showToken(created);
      }
    }, function (message) {
      busy = false;
      button.disabled = false;
      button.textContent = 'Generate';
      error.textContent = message;
    });
  });
  name.focus();
})();
