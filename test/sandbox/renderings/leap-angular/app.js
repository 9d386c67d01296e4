// The JobProgress (Leap) app: AngularJS 1.8 + angular-ui-bootstrap. Hash routes without the
// "!" prefix AngularJS 1.6+ adds by default (JobProgress links read `#/...`).
(function () {
  'use strict';

  var SETTINGS_MENU = [
    { page: '', label: 'Company Information' },
    { page: 'users', label: 'Users' },
    { page: 'workflow', label: 'Workflow Stages' },
    { page: 'appointment-results', label: 'Appointment Results' },
    { page: 'email-templates', label: 'Email Templates' },
    { page: 'integrations', label: 'Integrations' },
    { page: 'developers', label: 'Developers' },
  ];

  angular
    .module('jobProgress', ['ui.bootstrap'])
    .config(['$locationProvider', function ($locationProvider) {
      $locationProvider.hashPrefix('');
    }])
    .factory('tokens', ['$http', function ($http) {
      return {
        list: function () {
          return $http.get('/__sandbox__/tokens').then(function (r) { return r.data; });
        },
        create: function (name) {
          return $http.post('/__sandbox__/tokens', { name: name }).then(function (r) { return r.data; });
        },
      };
    }])
    .controller('ShellController', ['$location', '$rootScope', function ($location, $rootScope) {
      var shell = this;
      shell.user = { name: 'Dana Whitfield', initials: 'DW' };
      shell.alerts = [];
      shell.settingsMenu = SETTINGS_MENU;

      function parts() {
        return $location.path().split('/').filter(Boolean);
      }
      shell.section = function () { return parts()[0] || 'dashboard'; };
      shell.settingsPage = function () { return parts()[1] || ''; };
      shell.settingsLabel = function () {
        var page = shell.settingsPage();
        var item = SETTINGS_MENU.filter(function (i) { return i.page === page; })[0];
        return item ? item.label : 'Settings';
      };
      shell.template = function () {
        return shell.section() === 'settings' ? 'views/settings.html' : 'views/dashboard.html';
      };
      shell.settingsTemplate = function () {
        var page = shell.settingsPage();
        if (page === '') return 'views/settings/company.html';
        if (page === 'developers') return 'views/settings/developers.html';
        return 'views/settings/other.html';
      };
      if (!$location.path() || $location.path() === '/') $location.path('/dashboard');
      $rootScope.$on('jp:notify', function (_e, text) { shell.alerts.push(text); });
    }])
    .controller('DevelopersController', ['tokens', '$uibModal', function (tokens, $uibModal) {
      var vm = this;
      vm.loading = true;
      vm.tokens = [];

      function load() {
        return tokens.list().then(function (list) {
          vm.tokens = list;
        }).finally(function () { vm.loading = false; });
      }
      load();

      vm.openGenerate = function () {
        $uibModal.open({
          templateUrl: 'views/generate-token-modal.html',
          controller: 'GenerateTokenController',
          controllerAs: 'm',
          backdrop: 'static',
        }).result.then(load, load);
      };
    }])
    .controller('GenerateTokenController', ['tokens', '$rootScope', '$scope', '$document', '$timeout', function (tokens, $rootScope, $scope, $document, $timeout) {
      var m = this;
      m.name = '';
      m.token = null;
      m.busy = false;

      m.generate = function () {
        if (!m.name || m.busy) return;
        m.busy = true;
        m.error = null;
        tokens.create(m.name).then(function (created) {
          m.token = created.token;
        }, function (response) {
          var body = response.data || {};
          m.error = (body.error && body.error.message) || 'The token could not be generated.';
        }).finally(function () { m.busy = false; });
      };

      // The classic select + execCommand copy, then the pop-up closes by itself.
      m.copyAndClose = function () {
        var input = $document[0].querySelector('.modal .jp-token');
        if (input) {
          input.select();
          try { $document[0].execCommand('copy'); } catch (_e) { /* nothing to copy to */ }
        }
        $scope.$close('copied');
        $timeout(function () { $rootScope.$emit('jp:notify', 'Token copied to clipboard.'); });
      };
    }]);
})();
