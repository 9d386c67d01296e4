// The shell: hash routes choose the page the content iframe loads; the Settings tree expands and
// collapses its groups; the top URL does not follow what the iframe does by itself afterwards.
(function () {
  var ROUTES = {
    '#/Dashboard': '/legacy/dashboard',
    '#/Dispatch': '/legacy/settings/page?title=Dispatch%20Board',
    '#/Calls': '/legacy/settings/page?title=Calls',
    '#/Customers': '/legacy/settings/page?title=Customers',
    '#/Reports': '/legacy/settings/page?title=Reports',
    '#/Settings': '/legacy/settings/page?title=Company%20Profile',
    '#/Settings/Company/Profile': '/legacy/settings/page?title=Company%20Profile',
    '#/Settings/Company/BusinessUnits': '/legacy/settings/page?title=Business%20Units',
    '#/Settings/Company/Employees': '/legacy/settings/page?title=Employees',
    '#/Settings/Operations/JobTypes': '/legacy/settings/page?title=Job%20Types',
    '#/Settings/Operations/Campaigns': '/legacy/settings/page?title=Campaigns',
    '#/Settings/Operations/Technicians': '/legacy/settings/page?title=Technicians',
    '#/Settings/Integrations/BookingProviderTags': '/legacy/settings/booking-provider-tags',
    '#/Settings/Integrations/ApiApplicationAccess': '/legacy/settings/api-application-access',
    '#/Settings/Integrations/Marketing': '/legacy/settings/page?title=Marketing%20Integrations',
  };
  var frame = document.getElementById('contentFrame');
  var left = document.getElementById('leftPane');
  var content = document.getElementById('contentPane');

  function setExpanded(node, on) {
    node.className = 'node ' + (on ? 'expanded' : 'collapsed');
    node.getElementsByTagName('ul')[0].style.display = on ? '' : 'none';
  }
  var toggles = document.querySelectorAll('#settingsTree a.node-toggle');
  for (var i = 0; i < toggles.length; i++) {
    toggles[i].onclick = function () {
      var node = this.parentNode;
      setExpanded(node, node.className.indexOf('collapsed') >= 0);
      return false;
    };
  }

  function route() {
    var hash = location.hash || '#/Dashboard';
    if (!ROUTES[hash]) hash = '#/Dashboard';
    var settings = hash.indexOf('#/Settings') === 0;
    left.style.display = settings ? '' : 'none';
    content.className = settings ? 'with-menu' : '';
    var links = document.querySelectorAll('#mainNav a');
    for (var i = 0; i < links.length; i++) links[i].className = hash.indexOf('#/' + links[i].getAttribute('data-section')) === 0 ? 'selected' : '';
    var items = document.querySelectorAll('#settingsTree ul a');
    for (var j = 0; j < items.length; j++) {
      var on = items[j].getAttribute('href') === hash || (hash === '#/Settings' && items[j].getAttribute('href') === '#/Settings/Company/Profile');
      items[j].className = on ? 'selected' : '';
      if (on) setExpanded(items[j].parentNode.parentNode.parentNode, true);
    }
    frame.src = ROUTES[hash];
  }
  window.onhashchange = route;
  route();
})();
