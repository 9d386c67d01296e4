// The server-rendered token page in the Fancybox iframe: "Copy to Clipboard" copies the token and
// closes the modal at once (the top page then reloads).
(function () {
  var code = document.getElementById('generatedToken');
  var copy = document.getElementById('copyToken');
  if (!code || !copy) return;
  copy.addEventListener('click', function () {
    var range = document.createRange();
    range.selectNodeContents(code);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try { document.execCommand('copy'); } catch (e) { /* the person copies by hand */ }
    selection.removeAllRanges();
    parent.$.fancybox.close();
  });
})();
