// Leap CRM sandbox: a small AngularJS-like single-page app. Views are rendered by script after
// a bootstrap delay and swapped on hash changes without reloads, as in the real app.
(function () {
  'use strict';

  var USER_KEY = 'leap.sandbox.user';
  var CREATORS_KEY = 'leap.sandbox.tokenCreators';
  var COMPANY = 'Summit Roofing & Exteriors';
  var USERS = {
    admin: { name: 'Jordan Miller', role: 'Administrator', initials: 'JM', email: 'jordan@summitroofing.example' },
    staff: { name: 'Sam Carter', role: 'Staff', initials: 'SC', email: 'sam@summitroofing.example' },
  };
  var TOP_NAV = [
    { route: 'dashboard', label: 'Dashboard' },
    { route: 'customers', label: 'Customers' },
    { route: 'jobs', label: 'Jobs' },
    { route: 'calendar', label: 'Calendar' },
    { route: 'settings', label: 'Settings' },
  ];
  var SETTINGS_MENU = [
    { route: 'company-profile', label: 'Company Profile', icon: 'building' },
    { route: 'users', label: 'Users', icon: 'users' },
    { route: 'workflow-stages', label: 'Workflow Stages', icon: 'flow' },
    { route: 'appointment-results', label: 'Appointment Results', icon: 'calendar' },
    { route: 'email-templates', label: 'Email Templates', icon: 'mail' },
    { route: 'integrations', label: 'Integrations', icon: 'plug' },
    { route: 'developers', label: 'Developers', icon: 'code', adminOnly: true },
    { route: 'billing', label: 'Billing', icon: 'card', adminOnly: true },
  ];
  var STAGES = ['Lead', 'Estimate Scheduled', 'Proposal Sent', 'Sold', 'Contract Signed', 'In Production', 'Completed', 'Paid', 'Closed Lost'];
  var RESULTS = ['Completed', 'Rescheduled', 'Cancelled', 'Cancelled by Customer', 'No Show', 'Follow-up Needed'];
  var JOBS = [
    ['1042', 'Patel Residence', 'Roof Replacement', 'Proposal Sent', '$18,400'],
    ['1041', 'Greenway Dental', 'Commercial Gutters', 'In Production', '$7,950'],
    ['1039', 'Hughes, Amanda', 'Siding Repair', 'Sold', '$4,200'],
    ['1036', 'Oak Street HOA', 'Roof Inspection', 'Estimate Scheduled', '$0'],
    ['1033', 'Nguyen, David', 'Storm Damage Claim', 'Completed', '$12,780'],
  ];
  var CUSTOMERS = [
    ['Amanda Hughes', '(555) 201-3349', 'amanda.h@example.com', 'Lakewood, CO', '2'],
    ['David Nguyen', '(555) 310-0921', 'dnguyen@example.com', 'Aurora, CO', '1'],
    ['Greenway Dental', '(555) 884-1200', 'office@greenway.example', 'Denver, CO', '3'],
    ['Oak Street HOA', '(555) 433-7810', 'board@oakstreet.example', 'Englewood, CO', '1'],
    ['Ravi Patel', '(555) 672-5531', 'ravi.patel@example.com', 'Littleton, CO', '1'],
  ];

  var root = document.querySelector('[ui-view="shell"]');
  var renderTicket = 0;

  // ---------- helpers ----------
  function esc(value) {
    return String(value).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }
  function currentUserKey() {
    return localStorage.getItem(USER_KEY) === 'staff' ? 'staff' : 'admin';
  }
  function currentUser() {
    return USERS[currentUserKey()];
  }
  function isAdmin() {
    return currentUserKey() === 'admin';
  }
  function delay(min, max) {
    return new Promise(function (resolve) {
      setTimeout(resolve, min + Math.floor(Math.random() * (max - min)));
    });
  }
  function parseRoute() {
    var path = (location.hash || '').replace(/^#\/?/, '').split('?')[0];
    var parts = path.split('/').filter(Boolean);
    return { section: parts[0] || '', sub: parts[1] || '' };
  }
  function formatDate(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) return '—';
    return d.toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric' }) + ' ' +
      d.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit' });
  }
  function readCreators() {
    try {
      return JSON.parse(localStorage.getItem(CREATORS_KEY) || '{}') || {};
    } catch (e) {
      return {};
    }
  }
  function rememberCreator(id, name) {
    var creators = readCreators();
    creators[id] = name;
    localStorage.setItem(CREATORS_KEY, JSON.stringify(creators));
  }
  function api(method, path, body) {
    return fetch('/__sandbox__/' + path, {
      method: method,
      headers: body ? { 'Content-Type': 'application/json', Accept: 'application/json' } : { Accept: 'application/json' },
      body: body ? JSON.stringify(body) : undefined,
      credentials: 'same-origin',
    }).then(function (response) {
      return response.text().then(function (text) {
        var data = null;
        try {
          data = text ? JSON.parse(text) : null;
        } catch (e) {
          data = null;
        }
        if (!response.ok) {
          var message = (data && data.error && data.error.message) || 'Request failed (' + response.status + ')';
          throw new Error(message);
        }
        return data;
      });
    });
  }
  function icon(name) {
    var paths = {
      building: 'M4 21V5l8-3 8 3v16M9 21v-4h6v4M8 9h2M14 9h2M8 13h2M14 13h2',
      users: 'M16 19v-1a4 4 0 0 0-4-4H7a4 4 0 0 0-4 4v1M9.5 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6M21 19v-1a4 4 0 0 0-3-3.8M16 4.2a3 3 0 0 1 0 5.6',
      flow: 'M4 6h6v4H4zM14 14h6v4h-6zM7 10v4a2 2 0 0 0 2 2h5',
      calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
      mail: 'M3 6h18v12H3zM3 7l9 6 9-6',
      plug: 'M9 3v5M15 3v5M6 8h12v3a6 6 0 0 1-12 0zM12 17v4',
      code: 'M8 7l-5 5 5 5M16 7l5 5-5 5M14 4l-4 16',
      card: 'M3 6h18v12H3zM3 10h18M7 15h3',
      plus: 'M12 5v14M5 12h14',
      key: 'M15 7a4 4 0 1 1-3.9 4.9L3 20v-3h3v-3h3l2.1-2.1A4 4 0 0 1 15 7z',
      warn: 'M12 3l10 18H2zM12 10v5M12 18v.5',
      chevron: 'M6 9l6 6 6-6',
    };
    return '<svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="' + paths[name] + '"/></svg>';
  }

  // ---------- shell ----------
  function renderShell() {
    var user = currentUser();
    var key = currentUserKey();
    root.innerHTML =
      '<header class="navbar navbar-fixed-top jp-header">' +
      '<div class="navbar-inner">' +
      '<a class="navbar-brand" href="#/dashboard" aria-label="Leap home"><span class="brand-mark" aria-hidden="true">L</span><span class="brand-name">Leap</span></a>' +
      '<nav class="main-nav" aria-label="Main">' +
      '<ul class="nav navbar-nav">' +
      TOP_NAV.map(function (item) {
        return '<li class="nav-item" ng-class="{active: $state.includes(\'' + item.route + '\')}"><a class="nav-link" data-route="' + item.route + '" href="#/' + item.route + '">' + item.label + '</a></li>';
      }).join('') +
      '</ul></nav>' +
      '<div class="navbar-right">' +
      '<div class="search-box"><input type="search" class="form-control input-sm" placeholder="Search customers, jobs…" aria-label="Search"></div>' +
      '<div class="dropdown user-menu">' +
      '<button type="button" class="btn user-menu__toggle" aria-haspopup="menu" aria-expanded="false">' +
      '<span class="avatar" aria-hidden="true">' + user.initials + '</span>' +
      '<span class="user-menu__name">' + esc(user.name) + '</span>' + icon('chevron') + '</button>' +
      '<ul class="dropdown-menu" role="menu" hidden>' +
      '<li role="none" class="dropdown-header">' + esc(user.email) + '<br><small>' + esc(user.role) + ' · ' + esc(COMPANY) + '</small></li>' +
      '<li role="none"><a role="menuitem" href="#/settings/company-profile">My Profile</a></li>' +
      '<li role="none"><a role="menuitem" href="#/settings">Settings</a></li>' +
      '<li role="none" class="divider"></li>' +
      '<li role="none"><a role="menuitem" href="#/dashboard">Sign Out</a></li>' +
      '</ul></div></div></div>' +
      '<div class="route-progress" aria-hidden="true"></div>' +
      '</header>' +
      '<main class="main-content" ui-view="content"></main>' +
      '<footer class="jp-footer">' +
      '<span>© 2026 Leap · ' + esc(COMPANY) + '</span>' +
      '<div class="sandbox-switch" role="group" aria-label="Sandbox user">' +
      '<span class="sandbox-switch__label">Sandbox user:</span>' +
      '<button type="button" class="sandbox-switch__option" data-user="admin" aria-pressed="' + (key === 'admin') + '">Admin</button>' +
      '<button type="button" class="sandbox-switch__option" data-user="staff" aria-pressed="' + (key === 'staff') + '">Staff</button>' +
      '</div></footer>';

    var toggle = root.querySelector('.user-menu__toggle');
    var menu = root.querySelector('.user-menu .dropdown-menu');
    toggle.addEventListener('click', function (event) {
      event.stopPropagation();
      var open = menu.hidden;
      menu.hidden = !open;
      toggle.setAttribute('aria-expanded', String(open));
    });
    menu.addEventListener('click', function () {
      menu.hidden = true;
      toggle.setAttribute('aria-expanded', 'false');
    });
    Array.prototype.forEach.call(root.querySelectorAll('.sandbox-switch__option'), function (button) {
      button.addEventListener('click', function () {
        localStorage.setItem(USER_KEY, button.getAttribute('data-user'));
        renderShell();
        renderRoute(true);
      });
    });
  }

  document.addEventListener('click', function () {
    var menu = document.querySelector('.user-menu .dropdown-menu');
    if (menu && !menu.hidden) {
      menu.hidden = true;
      document.querySelector('.user-menu__toggle').setAttribute('aria-expanded', 'false');
    }
  });

  function markActiveNav(section) {
    Array.prototype.forEach.call(root.querySelectorAll('.main-nav .nav-link'), function (link) {
      var active = link.getAttribute('data-route') === section;
      link.parentNode.classList.toggle('active', active);
      if (active) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
  }

  // ---------- routing ----------
  function renderRoute(immediate) {
    var route = parseRoute();
    if (!route.section) {
      history.replaceState(null, '', '#/dashboard');
      route = parseRoute();
    }
    var ticket = ++renderTicket;
    var header = root.querySelector('.jp-header');
    header.classList.add('is-loading');
    markActiveNav(route.section);
    // Route resolve, like ui-router waiting on its resolves before swapping the view.
    return (immediate ? Promise.resolve() : delay(60, 160)).then(function () {
      if (ticket !== renderTicket) return;
      header.classList.remove('is-loading');
      var view = root.querySelector('[ui-view="content"]');
      var page = pageFor(route);
      document.title = page.title + ' | Leap';
      view.className = 'main-content ng-scope view-' + route.section;
      view.innerHTML = page.html;
      window.scrollTo(0, 0);
      if (page.init) page.init(view, ticket);
    });
  }

  function pageFor(route) {
    switch (route.section) {
      case 'dashboard':
        return dashboardPage();
      case 'customers':
        return customersPage();
      case 'jobs':
        return jobsPage();
      case 'calendar':
        return calendarPage();
      case 'settings':
        return settingsPage(route.sub);
      default:
        return { title: 'Page not found', html: '<div class="container-fluid"><div class="panel empty-panel"><h1>Page not found</h1><p>The page you are looking for does not exist.</p><a class="btn btn-primary" href="#/dashboard">Go to Dashboard</a></div></div>' };
    }
  }

  // ---------- main pages ----------
  function dashboardPage() {
    var user = currentUser();
    var kpis = [
      ['New Leads', '42', '+12% vs last month', 'up'],
      ['Jobs in Progress', '18', '5 starting this week', ''],
      ["Today's Appointments", '6', '2 unassigned', 'warn'],
      ['Sold (MTD)', '$184,250', '+8% vs last month', 'up'],
    ];
    return {
      title: 'Dashboard',
      html:
        '<div class="container-fluid">' +
        '<div class="page-header"><div><h1>Dashboard</h1><p class="page-subtitle">Welcome back, ' + esc(user.name.split(' ')[0]) + '. Here is what is happening at ' + esc(COMPANY) + '.</p></div></div>' +
        '<div class="kpi-grid">' +
        kpis.map(function (k) {
          return '<div class="panel kpi"><div class="kpi__label">' + k[0] + '</div><div class="kpi__value">' + k[1] + '</div><div class="kpi__trend ' + k[3] + '">' + k[2] + '</div></div>';
        }).join('') +
        '</div>' +
        '<div class="grid-2">' +
        '<section class="panel"><div class="panel-heading"><h2>Recent Jobs</h2><a href="#/jobs">View all</a></div>' + jobsTable(JOBS.slice(0, 4)) + '</section>' +
        '<section class="panel"><div class="panel-heading"><h2>Upcoming Appointments</h2><a href="#/calendar">Calendar</a></div>' +
        '<ul class="list-group">' +
        [['9:00 AM', 'Roof inspection', 'Oak Street HOA'], ['11:30 AM', 'Estimate', 'Ravi Patel'], ['2:00 PM', 'Final walkthrough', 'David Nguyen']].map(function (a) {
          return '<li class="list-group-item"><span class="time">' + a[0] + '</span><div><strong>' + a[1] + '</strong><br><span class="muted">' + a[2] + '</span></div></li>';
        }).join('') +
        '</ul></section></div></div>',
    };
  }

  function stageBadge(stage) {
    var tone = /sold|completed|paid|signed/i.test(stage) ? 'success' : /lost/i.test(stage) ? 'danger' : /production/i.test(stage) ? 'info' : 'default';
    return '<span class="label label-' + tone + '">' + esc(stage) + '</span>';
  }
  function jobsTable(rows) {
    return '<table class="table jp-table"><thead><tr><th>Job #</th><th>Customer</th><th>Trade</th><th>Stage</th><th class="text-right">Value</th></tr></thead><tbody>' +
      rows.map(function (j) {
        return '<tr><td><a href="#/jobs">' + j[0] + '</a></td><td>' + esc(j[1]) + '</td><td>' + esc(j[2]) + '</td><td>' + stageBadge(j[3]) + '</td><td class="text-right">' + j[4] + '</td></tr>';
      }).join('') + '</tbody></table>';
  }
  function jobsPage() {
    return {
      title: 'Jobs',
      html: '<div class="container-fluid"><div class="page-header"><div><h1>Jobs</h1><p class="page-subtitle">All jobs across your workflow.</p></div><button type="button" class="btn btn-primary">' + icon('plus') + 'New Job</button></div>' +
        '<section class="panel">' + jobsTable(JOBS) + '</section></div>',
    };
  }
  function customersPage() {
    return {
      title: 'Customers',
      html: '<div class="container-fluid"><div class="page-header"><div><h1>Customers</h1><p class="page-subtitle">' + CUSTOMERS.length + ' customers</p></div><button type="button" class="btn btn-primary">' + icon('plus') + 'Add Customer</button></div>' +
        '<section class="panel"><table class="table jp-table"><thead><tr><th>Name</th><th>Phone</th><th>Email</th><th>City</th><th class="text-right">Jobs</th></tr></thead><tbody>' +
        CUSTOMERS.map(function (c) {
          return '<tr><td><a href="#/customers">' + esc(c[0]) + '</a></td><td>' + c[1] + '</td><td>' + esc(c[2]) + '</td><td>' + esc(c[3]) + '</td><td class="text-right">' + c[4] + '</td></tr>';
        }).join('') + '</tbody></table></section></div>',
    };
  }
  function calendarPage() {
    var days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'];
    var events = { Mon: ['9:00 Roof inspection'], Tue: ['11:30 Estimate', '15:00 Gutter install'], Thu: ['14:00 Final walkthrough'], Fri: ['8:00 Crew: Patel roof'] };
    return {
      title: 'Calendar',
      html: '<div class="container-fluid"><div class="page-header"><div><h1>Calendar</h1><p class="page-subtitle">This week</p></div></div>' +
        '<section class="panel calendar-week">' +
        days.map(function (d) {
          return '<div class="calendar-day"><div class="calendar-day__name">' + d + '</div>' +
            (events[d] || []).map(function (e) { return '<div class="calendar-event">' + esc(e) + '</div>'; }).join('') + '</div>';
        }).join('') + '</section></div>',
    };
  }

  // ---------- settings ----------
  function settingsPage(sub) {
    var menu = SETTINGS_MENU.filter(function (item) { return !item.adminOnly || isAdmin(); });
    var entry = SETTINGS_MENU.filter(function (item) { return item.route === sub; })[0];
    var content;
    if (!sub) content = settingsOverview(menu);
    else if (!entry) content = { title: 'Settings', html: '<div class="panel empty-panel"><h1>Page not found</h1></div>' };
    else if (entry.adminOnly && !isAdmin()) content = accessDenied();
    else content = settingsSection(entry);
    return {
      title: content.title === 'Settings' ? 'Settings' : content.title + ' | Settings',
      html:
        '<div class="settings-layout">' +
        '<aside class="settings-sidebar">' +
        '<div class="settings-sidebar__title">Settings</div>' +
        '<nav aria-label="Settings menu"><ul class="settings-nav">' +
        menu.map(function (item) {
          var active = item.route === sub;
          return '<li><a class="settings-nav__link' + (active ? ' active' : '') + '" href="#/settings/' + item.route + '"' + (active ? ' aria-current="page"' : '') + '>' + icon(item.icon) + '<span>' + item.label + '</span></a></li>';
        }).join('') +
        '</ul></nav></aside>' +
        '<div class="settings-content">' + content.html + '</div></div>',
      init: content.init,
    };
  }

  function settingsOverview(menu) {
    return {
      title: 'Settings',
      html: '<div class="page-header"><div><h1>Settings</h1><p class="page-subtitle">Manage your company, team and connected applications.</p></div></div>' +
        '<div class="settings-cards">' +
        menu.map(function (item) {
          return '<a class="panel settings-card" href="#/settings/' + item.route + '"><span class="settings-card__icon">' + icon(item.icon) + '</span><span><strong>' + item.label + '</strong><br><span class="muted">' + settingsBlurb(item.route) + '</span></span></a>';
        }).join('') + '</div>',
    };
  }
  function settingsBlurb(route) {
    return {
      'company-profile': 'Name, address, logo and license details',
      users: 'Invite teammates and manage roles',
      'workflow-stages': 'The stages a job moves through',
      'appointment-results': 'Outcomes recorded for appointments',
      'email-templates': 'Messages sent to your customers',
      integrations: 'Accounting, photos and measurements',
      developers: 'Public API tokens for other applications',
      billing: 'Plan, invoices and payment method',
    }[route];
  }
  function accessDenied() {
    return {
      title: 'Access Denied',
      html: '<div class="panel empty-panel"><span class="empty-panel__icon">' + icon('warn') + '</span><h1>Access Denied</h1><p>You don\'t have permission to view this page. Ask an administrator of ' + esc(COMPANY) + ' for access.</p></div>',
    };
  }

  function settingsSection(entry) {
    switch (entry.route) {
      case 'developers':
        return developersSection();
      case 'company-profile':
        return simpleSection(entry.label, 'Your company details as customers see them.',
          '<form class="form-horizontal panel-body"><div class="form-group"><label for="company-name">Company Name</label><input id="company-name" class="form-control" value="' + esc(COMPANY) + '"></div>' +
          '<div class="form-group"><label for="company-phone">Phone</label><input id="company-phone" class="form-control" value="(555) 240-7788"></div>' +
          '<div class="form-group"><label for="company-address">Address</label><input id="company-address" class="form-control" value="1480 Market St, Denver, CO 80202"></div>' +
          '<div class="form-actions"><button type="button" class="btn btn-primary">Save Changes</button></div></form>');
      case 'users':
        return simpleSection(entry.label, 'People who can sign in to ' + COMPANY + '.',
          '<table class="table jp-table"><thead><tr><th>Name</th><th>Email</th><th>Role</th><th>Status</th></tr></thead><tbody>' +
          [USERS.admin, USERS.staff, { name: 'Priya Shah', email: 'priya@summitroofing.example', role: 'Sales Rep' }].map(function (u) {
            return '<tr><td>' + esc(u.name) + '</td><td>' + esc(u.email) + '</td><td>' + esc(u.role) + '</td><td><span class="label label-success">Active</span></td></tr>';
          }).join('') + '</tbody></table>');
      case 'workflow-stages':
        return simpleSection(entry.label, 'Jobs move through these stages, in order.', listOf(STAGES));
      case 'appointment-results':
        return simpleSection(entry.label, 'Results your team can record when an appointment ends.', listOf(RESULTS));
      case 'integrations':
        return simpleSection(entry.label, 'Connect Leap with the tools you already use.',
          '<div class="integration-grid">' + [['QuickBooks Online', 'Connected'], ['CompanyCam', 'Not connected'], ['EagleView', 'Not connected'], ['Google Calendar', 'Connected']].map(function (i) {
            return '<div class="integration"><strong>' + i[0] + '</strong><span class="label ' + (i[1] === 'Connected' ? 'label-success' : 'label-default') + '">' + i[1] + '</span></div>';
          }).join('') + '</div>');
      default:
        return simpleSection(entry.label, settingsBlurb(entry.route) + '.', '<p class="panel-body muted">Nothing to configure here yet.</p>');
    }
  }
  function listOf(items) {
    return '<ol class="stage-list">' + items.map(function (s, i) { return '<li><span class="stage-list__index">' + (i + 1) + '</span>' + esc(s) + '</li>'; }).join('') + '</ol>';
  }
  function simpleSection(title, subtitle, body) {
    return {
      title: title,
      html: '<div class="page-header"><div><h1>' + esc(title) + '</h1><p class="page-subtitle">' + esc(subtitle) + '</p></div></div><section class="panel">' + body + '</section>',
    };
  }

  // ---------- developers: public API tokens ----------
  function developersSection() {
    return {
      title: 'Developers',
      html:
        '<div class="page-header">' +
        '<div><h1>Developers</h1><h2 class="page-subheading">Public API Tokens</h2>' +
        '<p class="page-subtitle">Tokens give other applications access to your Leap data through the public API. Keep them secret.</p></div>' +
        '<button type="button" class="btn btn-primary" ng-click="vm.openGenerateModal()">' + icon('plus') + 'Generate Token</button>' +
        '</div>' +
        '<section class="panel tokens-panel" ng-controller="ApiTokensCtrl as vm">' +
        '<div class="tokens-body"><div class="loading-row"><span class="spinner-sm" aria-hidden="true"></span>Loading tokens…</div></div>' +
        '</section>',
      init: function (view, ticket) {
        view.querySelector('.page-header .btn-primary').addEventListener('click', openGenerateDialog);
        loadTokens(ticket);
      },
    };
  }

  function loadTokens(ticket) {
    return api('GET', 'tokens').then(function (tokens) {
      if (ticket !== undefined && ticket !== renderTicket) return;
      renderTokens(Array.isArray(tokens) ? tokens : []);
    }).catch(function (error) {
      var body = document.querySelector('.tokens-body');
      if (body) body.innerHTML = '<div class="alert alert-danger" role="alert">Could not load tokens: ' + esc(error.message) + '</div>';
    });
  }

  function renderTokens(tokens) {
    var body = document.querySelector('.tokens-body');
    if (!body) return;
    var active = tokens.filter(function (t) { return !t.revokedAt && !t.revoked; });
    if (!active.length) {
      body.innerHTML = '<div class="empty-state">' + icon('key') + '<p><strong>No API tokens yet</strong></p><p class="muted">Generate a token to connect another application to Leap.</p></div>';
      return;
    }
    var creators = readCreators();
    body.innerHTML =
      '<table class="table jp-table tokens-table"><thead><tr><th>Token Name</th><th>Created On</th><th>Created By</th><th class="text-right">Actions</th></tr></thead><tbody>' +
      active.map(function (t) {
        return '<tr ng-repeat="token in vm.tokens"><td><span class="token-name">' + icon('key') + esc(t.name) + '</span></td><td>' + formatDate(t.createdAt) + '</td><td>' + esc(t.createdBy || creators[t.id] || USERS.admin.name) +
          '</td><td class="text-right"><button type="button" class="btn btn-link btn-revoke" data-id="' + esc(t.id) + '" data-name="' + esc(t.name) + '">Revoke</button></td></tr>';
      }).join('') + '</tbody></table>';
    Array.prototype.forEach.call(body.querySelectorAll('.btn-revoke'), function (button) {
      button.addEventListener('click', function () {
        openRevokeDialog(button.getAttribute('data-id'), button.getAttribute('data-name'));
      });
    });
  }

  // ---------- modals ----------
  var openModal = null;

  function showModal(html, onKey) {
    closeModal();
    var holder = document.createElement('div');
    holder.className = 'modal-holder';
    holder.innerHTML = '<div class="modal-backdrop fade in"></div><div class="modal fade in" role="dialog" aria-modal="true" tabindex="-1">' + html + '</div>';
    document.body.appendChild(holder);
    document.body.classList.add('modal-open');
    var dialog = holder.querySelector('[role="dialog"]');
    var keyHandler = function (event) {
      if (event.key === 'Escape') closeModal();
      else if (onKey) onKey(event);
    };
    document.addEventListener('keydown', keyHandler);
    openModal = { holder: holder, keyHandler: keyHandler };
    return dialog;
  }
  function closeModal() {
    if (!openModal) return;
    document.removeEventListener('keydown', openModal.keyHandler);
    openModal.holder.remove();
    openModal = null;
    document.body.classList.remove('modal-open');
  }
  function wireClose(dialog) {
    Array.prototype.forEach.call(dialog.querySelectorAll('[data-dismiss="modal"]'), function (button) {
      button.addEventListener('click', closeModal);
    });
  }

  function openGenerateDialog() {
    var dialog = showModal(
      '<div class="modal-dialog"><div class="modal-content">' +
      '<div class="modal-header"><h3 class="modal-title" id="generate-token-title">Generate Token</h3>' +
      '<button type="button" class="close" data-dismiss="modal" aria-label="Close">×</button></div>' +
      '<form class="generate-token-form" novalidate>' +
      '<div class="modal-body">' +
      '<div class="form-group"><label for="token-name-input" class="control-label">Token Name</label>' +
      '<input id="token-name-input" name="tokenName" type="text" class="form-control" autocomplete="off" maxlength="100" placeholder="e.g. Website integration">' +
      '<p class="help-block">A name that tells you later which application uses this token.</p>' +
      '<p class="help-block text-danger form-error" role="alert" hidden></p></div>' +
      '</div>' +
      '<div class="modal-footer"><button type="button" class="btn btn-default" data-dismiss="modal">Cancel</button>' +
      '<button type="submit" class="btn btn-primary">Generate Token</button></div>' +
      '</form></div></div>'
    );
    dialog.setAttribute('aria-labelledby', 'generate-token-title');
    wireClose(dialog);
    var form = dialog.querySelector('form');
    var input = dialog.querySelector('#token-name-input');
    var error = dialog.querySelector('.form-error');
    var submit = dialog.querySelector('button[type="submit"]');
    setTimeout(function () { input.focus(); }, 0);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var name = input.value.trim();
      if (!name) {
        error.textContent = 'Token name is required.';
        error.hidden = false;
        input.closest('.form-group').classList.add('has-error');
        return;
      }
      error.hidden = true;
      submit.disabled = true;
      submit.textContent = 'Generating…';
      api('POST', 'tokens', { name: name }).then(function (created) {
        if (!created || typeof created.token !== 'string') throw new Error('The server did not return a token.');
        rememberCreator(created.id, currentUser().name);
        showToken(dialog, created.token);
        loadTokens();
      }).catch(function (err) {
        submit.disabled = false;
        submit.textContent = 'Generate Token';
        error.textContent = 'Could not generate the token: ' + err.message;
        error.hidden = false;
      });
    });
  }

  function showToken(dialog, token) {
    dialog.querySelector('.modal-content').innerHTML =
      '<div class="modal-header"><h3 class="modal-title" id="token-created-title">Your API token</h3>' +
      '<button type="button" class="close" data-dismiss="modal" aria-label="Close">×</button></div>' +
      '<div class="modal-body">' +
      '<div class="alert alert-warning">' + icon('warn') + '<span>This token will only be shown once. Copy it now.</span></div>' +
      '<div class="form-group"><label for="created-token-value" class="control-label">API Token</label>' +
      '<input id="created-token-value" type="text" class="form-control token-value" readonly spellcheck="false"></div>' +
      '</div>' +
      '<div class="modal-footer"><button type="button" class="btn btn-primary btn-copy">Copy to Clipboard</button></div>';
    dialog.setAttribute('aria-labelledby', 'token-created-title');
    var field = dialog.querySelector('#created-token-value');
    field.value = token;
    wireClose(dialog);
    dialog.querySelector('.btn-copy').addEventListener('click', function () {
      var value = field.value;
      // Leap closes the dialog the moment the button is clicked; the token is gone for good.
      closeModal();
      copyText(value).then(function (copied) {
        toast(copied ? 'Token copied to clipboard' : 'Could not copy automatically. Generate a new token if you did not save it.', copied ? 'success' : 'danger');
      });
    });
  }

  function copyText(text) {
    var fallback = function () {
      var area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.style.position = 'fixed';
      area.style.opacity = '0';
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try {
        ok = document.execCommand('copy');
      } catch (e) {
        ok = false;
      }
      area.remove();
      return ok;
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      return navigator.clipboard.writeText(text).then(function () { return true; }, fallback);
    }
    return Promise.resolve(fallback());
  }

  function openRevokeDialog(id, name) {
    var dialog = showModal(
      '<div class="modal-dialog modal-sm"><div class="modal-content">' +
      '<div class="modal-header"><h3 class="modal-title" id="revoke-token-title">Revoke Token</h3>' +
      '<button type="button" class="close" data-dismiss="modal" aria-label="Close">×</button></div>' +
      '<div class="modal-body"><p>Revoke <strong>' + esc(name) + '</strong>? Applications using this token will stop working immediately.</p>' +
      '<p class="help-block text-danger form-error" role="alert" hidden></p></div>' +
      '<div class="modal-footer"><button type="button" class="btn btn-default" data-dismiss="modal">Cancel</button>' +
      '<button type="button" class="btn btn-danger btn-confirm-revoke">Revoke</button></div>' +
      '</div></div>'
    );
    dialog.setAttribute('aria-labelledby', 'revoke-token-title');
    wireClose(dialog);
    var confirm = dialog.querySelector('.btn-confirm-revoke');
    confirm.addEventListener('click', function () {
      confirm.disabled = true;
      api('POST', 'tokens/' + encodeURIComponent(id) + '/revoke').then(function () {
        closeModal();
        toast('Token "' + name + '" revoked', 'success');
        loadTokens();
      }).catch(function (err) {
        confirm.disabled = false;
        var error = dialog.querySelector('.form-error');
        error.textContent = 'Could not revoke the token: ' + err.message;
        error.hidden = false;
      });
    });
  }

  function toast(message, tone) {
    var node = document.createElement('div');
    node.className = 'toast toast-' + tone;
    node.setAttribute('role', 'status');
    node.textContent = message;
    document.body.appendChild(node);
    setTimeout(function () { node.classList.add('toast-hide'); }, 3200);
    setTimeout(function () { node.remove(); }, 3600);
  }

  // ---------- bootstrap ----------
  window.addEventListener('hashchange', function () {
    closeModal();
    renderRoute(false);
  });
  // Like angular.bootstrap after the app's modules and session have loaded.
  delay(150, 400).then(function () {
    var splash = document.getElementById('app-splash');
    if (splash) splash.remove();
    renderShell();
    renderRoute(true);
  });
})();
