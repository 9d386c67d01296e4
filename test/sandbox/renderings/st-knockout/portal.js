// developer.servicetitan.io as ServiceTitan's public fork of the API Management developer portal
// renders it (community/widgets/api-apps/ko/runtime): a Knockout widget whose `route` observable
// switches between the app list, the editor (New App / Edit) and App Connections in place — the URL
// stays /custom/my-apps/. View models after api-apps-runtime.ts, apiAppEditorVm.ts,
// apiAppClientListVm.ts and modal.ts; values from the sandbox backend (`/__sandbox__/…`).
(function () {
  var SESSION = 'st-developer-portal-session';
  var MY_APPS = '/custom/my-apps/';
  var DEVELOPER = 'I, the app developer, will configure the credentials on behalf of each tenant';
  var TENANTS = 'Tenants will configure the credentials themselves';
  var ACCOUNT_EMAILS = ['engineer@heavyset.tech', 'support@heavyset.tech'];
  var PREFIXES = 'st-developer-portal-secret-prefixes';

  function api(path, method, body) {
    return fetch('/__sandbox__/' + path, {
      method: method || 'GET',
      headers: body ? { 'content-type': 'application/json' } : undefined,
      body: body ? JSON.stringify(body) : undefined,
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) {
        if (!r.ok) throw new Error((json && json.error && json.error.message) || 'Request failed: ' + r.status);
        return json;
      });
    });
  }

  function guid() {
    return 'xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx'.replace(/[xy]/g, function (c) {
      var r = (Math.random() * 16) | 0;
      return (c === 'x' ? r : (r & 0x3) | 0x8).toString(16);
    });
  }

  // The scope groups and app categories the portal's page contract carries.
  var SCOPE_GROUPS = window.ST_SCOPE_GROUPS.map(function (g) {
    var module = g[0].toLowerCase().replace(/[^a-z]+/g, '-');
    return {
      displayName: g[0],
      scopes: g[1].map(function (s) { return { name: 'tn.' + module + '.' + s.toLowerCase().replace(/[^a-z]+/g, '-'), displayName: s }; }),
    };
  });
  var APP_CATEGORIES = [
    { id: 1, name: 'Customer Experience', children: [{ id: 11, name: 'Customer Portal', children: [] }, { id: 12, name: 'Reviews & Reputation', children: [] }, { id: 13, name: 'Surveys', children: [] }] },
    { id: 2, name: 'Marketing', children: [{ id: 21, name: 'Call Tracking', children: [] }, { id: 22, name: 'Lead Generation', children: [] }, { id: 23, name: 'Marketing Automation', children: [] }] },
    { id: 3, name: 'Scheduling', children: [{ id: 31, name: 'Online Booking', children: [] }, { id: 32, name: 'Web Scheduler', children: [] }, { id: 33, name: 'Route Optimization', children: [] }] },
    { id: 4, name: 'Back Office', children: [{ id: 41, name: 'Accounting', children: [] }, { id: 42, name: 'Payroll', children: [] }, { id: 43, name: 'Reporting & Analytics', children: [] }] },
    { id: 5, name: 'CRM', children: [] },
  ];
  function categoryName(id) {
    var found = '';
    (function walk(list) { list.forEach(function (c) { if (String(c.id) === String(id)) found = c.name; walk(c.children); }); })(APP_CATEGORIES);
    return found;
  }
  function categoryId(name) {
    var found = null;
    (function walk(list) { list.forEach(function (c) { if (c.name === name) found = c.id; walk(c.children); }); })(APP_CATEGORIES);
    return found;
  }
  function scopeByName(displayName) {
    for (var i = 0; i < SCOPE_GROUPS.length; i++) {
      for (var j = 0; j < SCOPE_GROUPS[i].scopes.length; j++) if (SCOPE_GROUPS[i].scopes[j].displayName === displayName) return SCOPE_GROUPS[i].scopes[j];
    }
    return { name: displayName, displayName: displayName };
  }

  /** The backend's app as the portal's ApiAppContract. */
  function contract(a) {
    var names = a.scopes.read.concat(a.scopes.write.filter(function (s) { return a.scopes.read.indexOf(s) < 0; }));
    return {
      id: Number(a.id),
      publicId: a.id,
      name: a.name,
      organizationName: a.organization,
      homepageUrl: a.homepage,
      email: a.email,
      description: a.description,
      appCategoryId: categoryId(a.category),
      scopesVersions: [{ version: 1 }],
      authScopes: names.map(scopeByName),
      readScopeNames: a.scopes.read,
      writeScopeNames: a.scopes.write,
      applicationKey1: a.applicationKey,
      externalDataGuid: guid(),
      tenantAppAvailabilityList: [{ resourceOwner: a.tenantId, note: '' }],
      networkAppAvailabilityList: [],
      secretManagementOption: a.credentialsManagement === DEVELOPER || a.credentialsManagement === 'developer' ? 1 : 0,
      raw: a,
    };
  }

  // ------------------------------------------------------------------ editor (apiAppEditorVm.ts)
  function ApiAppEditorVm(app, defaults, close) {
    var vm = this;
    vm.id = app.id;
    vm.publicId = app.publicId;
    vm.isLoading = ko.observable(false);
    vm.errorMessage = ko.observable('');
    vm.name = ko.observable(app.name);
    vm.organizationName = ko.observable(app.organizationName);
    vm.homepageUrl = ko.observable(app.homepageUrl);
    vm.email = ko.observable(app.email || '');
    vm.description = ko.observable(app.description || '');
    vm.appCategoryId = ko.observable(app.appCategoryId ? String(app.appCategoryId) : '');
    vm.applicationKey1 = ko.observable(app.applicationKey1);
    vm.readScopeNames = app.readScopeNames || [];
    vm.writeScopeNames = app.writeScopeNames || [];
    vm.externalDataGuid = ko.observable(app.externalDataGuid || guid());
    vm.secretManagementOption = ko.observable(String(app.secretManagementOption));
    vm.appAvailabilityList = ko.observableArray((app.tenantAppAvailabilityList || defaults).map(function (t) { return { resourceOwner: ko.observable(t.resourceOwner), note: ko.observable(t.note || '') }; }));
    vm.networkAvailabilityList = ko.observableArray([]);
    vm.allScopeGroups = SCOPE_GROUPS;
    vm.authScopes = ko.observableArray([]);
    vm.confirmDelete = ko.observable(false);
    vm.saveButtonEnabled = ko.observable(true);
    vm.submitted = ko.observable(false);
    function required(obs, message) {
      return ko.computed(function () { return vm.submitted() && !String(obs()).trim() ? message : ''; });
    }
    vm.nameValidation = required(vm.name, 'Application name is required.');
    vm.organizationNameValidation = required(vm.organizationName, 'Organization is required.');
    vm.homepageUrlValidation = ko.computed(function () {
      if (!vm.submitted()) return '';
      return /^https?:\/\/[^\s.]+\.[^\s]+$/.test(vm.homepageUrl().trim()) ? '' : 'Homepage must be a valid URL.';
    });
    vm.emailValidation = required(vm.email, 'Email address is required.');
    vm.descriptionValidation = required(vm.description, 'Description is required.');
    vm.appCategoryValidation = required(vm.appCategoryId, 'App category is required.');
    vm.authScopesValidation = ko.computed(function () { return vm.submitted() && vm.id === 0 && vm.authScopes().length === 0 ? 'Select at least one scope.' : ''; });

    vm.clickCancel = function () { close(false); };
    vm.clickAddAppAvailability = function () { vm.appAvailabilityList.push({ resourceOwner: ko.observable(''), note: ko.observable('') }); };
    vm.clickDeleteAppAvailability = function (item) { vm.appAvailabilityList.remove(item); };
    vm.clickAddNetworkAvailability = function () { vm.networkAvailabilityList.push({ resourceOwner: ko.observable('') }); };
    vm.clickResetExternalDataGuid = function () { vm.externalDataGuid(guid()); };
    vm.clickSelectScopeGroup = function (group) {
      var add = [];
      group.scopes.forEach(function (s) { add.push(s.name + ':r', s.name + ':w'); });
      vm.authScopes(vm.authScopes().filter(function (x) { return add.indexOf(x) < 0; }).concat(add));
    };
    vm.clickUnselectScopeGroup = function (group) {
      var drop = [];
      group.scopes.forEach(function (s) { drop.push(s.name + ':r', s.name + ':w'); });
      vm.authScopes(vm.authScopes().filter(function (x) { return drop.indexOf(x) < 0; }));
    };
    vm.clickDelete = function () { vm.confirmDelete(true); };
    vm.clickCancelDelete = function () { vm.confirmDelete(false); };
    vm.clickSave = function () {
      vm.submitted(true);
      var invalid = [vm.nameValidation(), vm.organizationNameValidation(), vm.homepageUrlValidation(), vm.emailValidation(), vm.descriptionValidation(), vm.appCategoryValidation(), vm.authScopesValidation()].some(Boolean);
      if (!vm.secretManagementOption()) invalid = true;
      if (invalid) { vm.errorMessage('All fields are required.'); window.scrollTo(0, 0); return; }
      if (vm.id > 0) { close(true); return; }
      var read = [];
      var write = [];
      SCOPE_GROUPS.forEach(function (g) {
        g.scopes.forEach(function (s) {
          if (vm.authScopes().indexOf(s.name + ':r') >= 0) read.push(s.displayName);
          if (vm.authScopes().indexOf(s.name + ':w') >= 0) write.push(s.displayName);
        });
      });
      vm.isLoading(true);
      api('apps', 'POST', {
        name: vm.name().trim(),
        organization: vm.organizationName().trim(),
        homepage: vm.homepageUrl().trim(),
        email: vm.email(),
        description: vm.description(),
        category: categoryName(vm.appCategoryId()),
        credentialsManagement: vm.secretManagementOption() === '1' ? DEVELOPER : TENANTS,
        scopes: { read: read, write: write },
      }).then(function () { close(true); }, function (e) { vm.isLoading(false); vm.errorMessage(e.message); });
    };
  }

  // ------------------------------------------------------------------ App Connections (apiAppClientListVm.ts)
  var ModalInstance = { None: 0, GenerateSecret: 1, SecretValue: 2, ManageSecrets: 3 };

  function prefixes() {
    try { return JSON.parse(localStorage.getItem(PREFIXES) || '{}'); } catch (e) { return {}; }
  }

  function clientOf(a) {
    var known = prefixes()[a.id];
    return {
      resourceOwner: a.tenantId,
      resourceOwnerTerm: '',
      environmentName: '',
      clientId: a.allowedByTenant ? a.clientId : '',
      enabled: a.allowedByTenant,
      currentScopesVersion: 1,
      clientSecrets: a.hasClientSecret ? [{ valuePrefix: known ? known.prefix : 'cs1.', createdOn: known ? known.at : a.createdAt }] : [],
      appId: a.id,
    };
  }

  function ApiAppClientListVm(app, close) {
    var vm = this;
    vm.id = app.id;
    vm.publicId = app.publicId;
    vm.name = app.name;
    vm.currentScopesVersion = 1;
    vm.secretManagementOption = app.secretManagementOption;
    vm.clients = ko.observableArray([]);
    vm.isLoading = ko.observable(true);
    vm.modalInstance = ModalInstance;
    vm.activeModal = ko.observable(ModalInstance.None);
    vm.selectedClient = ko.observable(null);
    vm.generatingSecret = ko.observable(false);
    vm.secretValue = ko.observable('');
    api('apps/' + app.publicId).then(function (a) { vm.clients([clientOf(a)]); }).finally(function () { vm.isLoading(false); });

    vm.clickBack = function () { close(); };
    vm.clickCloseModal = function () {
      vm.activeModal(ModalInstance.None);
      vm.selectedClient(null);
    };
    vm.clickGenerateSecret = function (client) {
      if (client) vm.selectedClient(client);
      vm.activeModal(ModalInstance.GenerateSecret);
    };
    vm.clickManageSecrets = function (client) {
      vm.selectedClient(client);
      vm.activeModal(ModalInstance.ManageSecrets);
    };
    vm.clickConfirmGenerateSecret = function () {
      vm.generatingSecret(true);
      var selected = vm.selectedClient();
      api('apps/' + selected.appId + '/secret', 'POST', {})
        .then(function (res) {
          vm.secretValue(res.clientSecret);
          var all = prefixes();
          all[selected.appId] = { prefix: res.clientSecret.slice(0, 7), at: new Date().toISOString() };
          localStorage.setItem(PREFIXES, JSON.stringify(all));
          return api('apps/' + selected.appId);
        })
        .then(function (a) {
          var updated = clientOf(a);
          vm.clients.replace(selected, updated);
          vm.selectedClient(updated);
          vm.activeModal(ModalInstance.SecretValue);
        })
        .finally(function () { vm.generatingSecret(false); });
    };
  }

  function ApiAppApiUsageReportVm(app, close) {
    this.name = app.name;
    this.clickBack = function () { close(); };
  }

  // ------------------------------------------------------------------ the widget (api-apps-runtime.ts)
  function ApiAppsRuntime() {
    var vm = this;
    vm.isLoading = ko.observable(false);
    vm.route = ko.observable('list');
    vm.apiAppEditor = ko.observable();
    vm.apiAppClientList = ko.observable();
    vm.apiAppApiUsageReport = ko.observable();
    vm.pageContract = ko.observable(null);
    vm.errorMessage = ko.observable('');
    vm.accountEmails = ACCOUNT_EMAILS;
    vm.appCategories = APP_CATEGORIES;

    vm.initialize = function () {
      vm.isLoading(true);
      vm.pageContract(null);
      return api('apps')
        .then(function (apps) {
          var tenant = apps.length ? apps[0].tenantId : '';
          vm.pageContract({
            apps: apps.map(contract),
            defaultTenantAppAvailabilityList: tenant ? [{ resourceOwner: tenant, note: '' }] : [],
          });
        }, function (e) { vm.errorMessage(e.message); })
        .finally(function () { vm.isLoading(false); });
    };

    vm.clickCreateApiApp = function () {
      vm.clickEditApiApp({
        id: 0,
        publicId: '',
        name: '',
        organizationName: '',
        homepageUrl: '',
        scopesVersions: [],
        authScopes: [],
        applicationKey1: '',
        externalDataGuid: '',
        tenantAppAvailabilityList: vm.pageContract().defaultTenantAppAvailabilityList,
        networkAppAvailabilityList: [],
        secretManagementOption: 1,
      });
    };
    vm.clickEditApiApp = function (app) {
      vm.apiAppEditor(new ApiAppEditorVm(app, vm.pageContract().defaultTenantAppAvailabilityList, function () { vm.route('list'); vm.initialize(); }));
      vm.route('editor');
    };
    vm.clickViewApiAppClients = function (app) {
      vm.apiAppClientList(new ApiAppClientListVm(app, function () { vm.route('list'); }));
      vm.route('clients');
    };
    vm.clickDownloadApiAppApiUsageReport = function (app) {
      vm.apiAppApiUsageReport(new ApiAppApiUsageReportVm(app, function () { vm.route('list'); }));
      vm.route('api-usage-report');
    };
  }

  // <modal> (modal.ts): title, close.
  ko.components.register('modal', {
    template: document.getElementById('modalTemplate').innerHTML,
    viewModel: function (params) {
      return {
        title: params.title,
        close: params.close,
        clickClose: function (parent) { params.close.call(parent); },
      };
    },
  });

  // ------------------------------------------------------------------ pages
  var signedIn = localStorage.getItem(SESSION) === 'production';
  var userMenu = document.getElementById('user-menu');
  var widgetRoot = document.getElementById('widget-root');
  var path = location.pathname;

  if (signedIn) {
    userMenu.innerHTML = '<a class="nav-item" href="/signin" data-bind="click: signOut">Sign out</a>';
    ko.applyBindings({ signOut: function () { localStorage.removeItem(SESSION); return true; } }, userMenu);
  } else {
    userMenu.innerHTML = '<a class="nav-item" href="/signin">Sign in</a>';
  }

  if (path === '/signin') {
    document.title = 'Sign in - ServiceTitan Developer Portal';
    widgetRoot.innerHTML = '<div data-bind="template: { name: \'signIn\' }"></div>';
    ko.applyBindings({
      clickLogin: function (environment) {
        localStorage.setItem(SESSION, environment);
        var returnUrl = new URLSearchParams(location.search).get('returnUrl') || '/';
        location.assign(environment === 'production' ? returnUrl : '/');
      },
    }, widgetRoot);
  } else if (path === MY_APPS || path === '/custom/my-apps') {
    if (!signedIn) {
      // "Add api-apps sign in page redirect for unauthorized users"
      location.replace('/signin?returnUrl=' + encodeURIComponent(MY_APPS));
      return;
    }
    var runtime = new ApiAppsRuntime();
    ko.applyBindings(runtime, widgetRoot);
    runtime.initialize();
  } else {
    document.title = 'ServiceTitan Developer Portal';
    widgetRoot.innerHTML = '<h1>Welcome to the ServiceTitan Developer Portal</h1><p>Build integrations with the ServiceTitan APIs. Register your application under <a href="/custom/my-apps/">My Apps</a>.</p>';
  }
})();
