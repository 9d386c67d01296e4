// The main app as an Angular Material (MDC) app renders it: <st-root ng-version>, mat-toolbar,
// mat-sidenav-container with a mat-nav-list (Settings groups), hash routes
// #/settings/integrations/booking-provider-tags and #/settings/integrations/api-application-access.
// Tags: native <table mat-table> (Name, Description, Status chip, ID) + mat-paginator; Add Tag →
// mat-dialog "Add Booking Provider Tag" → snackbar. API Application Access: the <mat-table> element
// flavour of connected apps (status mat-chip), Connect New App → mat-dialog listing the apps →
// Connect → mat-dialog "Connect HeavySet Tech" (scopes, mat-select restriction, Terms, mat-checkbox
// gating Accept).
(function () {
  var N = window.NG;
  var h = N.h;
  var root = document.querySelector('st-root');
  root.setAttribute('ng-version', '15.2.9');
  root.setAttribute('_nghost-ng-c0', '');
  var MENU = [
    ['Company', [['Business Units', '#/settings/company/business-units'], ['Users', '#/settings/company/users']]],
    ['Integrations', [['Booking Provider Tags', '#/settings/integrations/booking-provider-tags'], ['API Application Access', '#/settings/integrations/api-application-access'], ['Marketing', '#/settings/integrations/marketing']]],
  ];

  function shell(title, render) {
    var toolbar = N.component('st-top-bar', {}, function () {
      return h('mat-toolbar', { color: 'primary', class: 'mat-toolbar mat-primary mat-toolbar-single-row' }, [
        N.button('', { kind: 'button', icon: 'menu' }),
        h('span', { class: 'st-brand' }, 'ServiceTitan'),
        h('span', { class: 'st-spacer' }),
        h('a', { class: 'st-top-link', href: '#/dispatch' }, 'Dispatch'),
        h('a', { class: 'st-top-link', href: '#/settings/integrations/booking-provider-tags' }, 'Settings'),
      ]);
    });
    var content;
    var container = h('mat-sidenav-container', { class: 'mat-drawer-container mat-sidenav-container mat-drawer-container-explicit-backdrop' }, [
      h('div', { class: 'mat-drawer-backdrop' }),
      comment('bindings={"ng-reflect-ng-if": "true"}'),
      h('mat-sidenav', { mode: 'side', opened: '', tabindex: '-1', class: 'mat-drawer mat-sidenav mat-drawer-side mat-drawer-opened', style: 'visibility: visible;' },
        h('div', { cdkscrollable: '', class: 'mat-drawer-inner-container' }, N.component('st-settings-nav', {}, function () {
          return h('mat-nav-list', { role: 'navigation', class: 'mat-mdc-nav-list mat-mdc-list-base mdc-list' }, [].concat.apply([], MENU.map(function (g) {
            return [h('h3', { 'mat-subheader': '', class: 'mat-mdc-subheader mdc-list-group__subheader' }, g[0])].concat(g[1].map(function (i) {
              var active = location.hash === i[1];
              return h('a', { 'mat-list-item': '', class: 'mat-mdc-list-item mdc-list-item mat-mdc-list-item-interactive mat-mdc-list-item-single-line mdc-list-item--with-one-line' + (active ? ' mdc-list-item--activated st-active' : ''), href: i[1], 'aria-current': active ? 'page' : 'false' }, [
                h('span', { class: 'mdc-list-item__content' }, h('span', { class: 'mat-mdc-list-item-unscoped-content mdc-list-item__primary-text' }, i[0])),
                h('div', { class: 'mat-mdc-focus-indicator' }),
              ]);
            })).concat([h('mat-divider', { role: 'separator', class: 'mat-divider mat-divider-horizontal', 'aria-orientation': 'horizontal' })]);
          })));
        }))),
      content = h('mat-sidenav-content', { cdkscrollable: '', class: 'mat-drawer-content mat-sidenav-content', style: 'margin-left: 256px;' }),
    ]);
    content.append(N.component(render.tag, { class: 'st-page' }, function () {
      return [h('h1', { class: 'mat-headline-5' }, title)].concat(render.body());
    }));
    root.replaceChildren(toolbar, container, comment('container'));
  }
  function comment(t) { return N.comment(t); }

  function tags() {
    shell('Booking Provider Tags', {
      tag: 'st-booking-provider-tags',
      body: function () {
        var holder = h('div', { class: 'mat-elevation-z2 st-table-card' }, h('mat-progress-bar', { mode: 'indeterminate', role: 'progressbar', 'aria-valuemin': '0', 'aria-valuemax': '100', class: 'mat-mdc-progress-bar mdc-linear-progress mdc-linear-progress--indeterminate' }));
        N.api('tags').then(function (list) { holder.replaceChildren(tagTable(list), paginator(list.length)); });
        return [
          h('div', { class: 'st-page-actions' }, [h('p', { class: 'st-muted' }, 'Tags tell ServiceTitan where a booking came from. Connected apps can be restricted to one tag.'), N.button('Add Tag', { kind: 'raised', color: 'primary', icon: 'add' }, addTag)]),
          holder,
        ];
      },
    });
  }

  function headerCell(col, text) {
    return h('th', { role: 'columnheader', 'mat-header-cell': '', class: 'mat-mdc-header-cell mdc-data-table__header-cell cdk-header-cell cdk-column-' + col + ' mat-column-' + col }, text);
  }
  function cell(col, kids) {
    return h('td', { role: 'cell', 'mat-cell': '', class: 'mat-mdc-cell mdc-data-table__cell cdk-cell cdk-column-' + col + ' mat-column-' + col }, kids);
  }
  function tagTable(list) {
    var cols = [['name', 'Name'], ['description', 'Description'], ['status', 'Status'], ['id', 'ID']];
    return h('table', { 'mat-table': '', role: 'table', class: 'mat-mdc-table mdc-data-table__table cdk-table mat-elevation-z0' }, [
      h('thead', { role: 'rowgroup' }, [h('tr', { role: 'row', 'mat-header-row': '', class: 'mat-mdc-header-row mdc-data-table__header-row cdk-header-row' }, cols.map(function (c) { return headerCell(c[0], c[1]); }).concat([comment('container')])), comment('container')]),
      h('tbody', { role: 'rowgroup', class: 'mdc-data-table__content' }, list.map(function (t) {
        var inactive = /\(old\)$/.test(t.name);
        return h('tr', { role: 'row', 'mat-row': '', class: 'mat-mdc-row mdc-data-table__row cdk-row' }, [
          cell('name', [' ', t.name, ' ']),
          cell('description', [' ', t.description || '', ' ']),
          cell('status', N.chip(inactive ? 'Inactive' : 'Active', inactive ? 'off' : 'on')),
          cell('id', [' ', t.id, ' ']),
          comment('container'),
        ]);
      }).concat([comment('container')])),
      h('tfoot', { role: 'rowgroup', class: 'mdc-data-table__content' }, comment('container')),
    ]);
  }
  function paginator(total) {
    return N.component('mat-paginator', { role: 'group', class: 'mat-mdc-paginator' }, function () {
      return h('div', { class: 'mat-mdc-paginator-outer-container' }, h('div', { class: 'mat-mdc-paginator-container' }, [
        h('div', { class: 'mat-mdc-paginator-page-size' }, [h('div', { class: 'mat-mdc-paginator-page-size-label' }, ' Items per page: '), h('div', { class: 'mat-mdc-paginator-page-size-value' }, '10')]),
        h('div', { class: 'mat-mdc-paginator-range-actions' }, [
          h('div', { 'aria-live': 'polite', class: 'mat-mdc-paginator-range-label' }, ' ' + (total ? '1 – ' + total : '0') + ' of ' + total + ' '),
          h('button', { 'mat-icon-button': '', type: 'button', class: 'mat-mdc-paginator-navigation-previous mdc-icon-button mat-mdc-icon-button mat-unthemed mat-mdc-button-base mat-mdc-button-disabled', 'aria-label': 'Previous page', disabled: true }, h('span', { class: 'st-chevron' }, '‹')),
          h('button', { 'mat-icon-button': '', type: 'button', class: 'mat-mdc-paginator-navigation-next mdc-icon-button mat-mdc-icon-button mat-unthemed mat-mdc-button-base mat-mdc-button-disabled', 'aria-label': 'Next page', disabled: true }, h('span', { class: 'st-chevron' }, '›')),
        ]),
      ]));
    });
  }

  function addTag() {
    var d = N.dialog('Add Booking Provider Tag', { name: 'add-tag', width: '480px' });
    var name = N.input('Name', { required: true });
    var desc = N.input('Description', { placeholder: 'Add description (Optional)' });
    var err = h('mat-error', { class: 'mat-mdc-form-field-error', role: 'alert' });
    d.content.append(h('p', { class: 'st-dialog-lead' }, 'Fill out details to create a tag'), name.field, desc.field, err);
    var add = N.button('Add', { kind: 'flat', color: 'primary' }, function () {
      add.setDisabled(true);
      N.api('tags', { name: name.input.value, description: desc.input.value }).then(function (t) {
        d.close();
        N.snackbar('Tag “' + t.name + '” created', 'Dismiss');
        tags();
      }, function (e) { err.textContent = e.message; add.setDisabled(false); });
    });
    d.actions.append(N.button('Cancel', { kind: 'button' }, d.close), add);
    var closeX = h('button', { 'mat-icon-button': '', 'mat-dialog-close': '', type: 'button', 'aria-label': 'Close dialog', class: 'mdc-icon-button mat-mdc-icon-button mat-unthemed mat-mdc-button-base st-dialog-x' }, N.icon('close'));
    closeX.addEventListener('click', d.close);
    d.element.querySelector('.mdc-dialog__surface').prepend(closeX);
  }

  function apiApps() {
    shell('API Application Access', {
      tag: 'st-api-application-access',
      body: function () {
        var holder = h('div', { class: 'mat-elevation-z2 st-table-card' }, 'Loading…');
        N.api('apps').then(function (apps) { holder.replaceChildren(appTable(apps.filter(function (a) { return a.allowedByTenant; }))); });
        return [
          h('div', { class: 'st-page-actions' }, [h('p', { class: 'st-muted' }, 'Applications allowed to access this tenant through the ServiceTitan API.'), N.button('Connect New App', { kind: 'raised', color: 'primary' }, chooseApp)]),
          holder,
        ];
      },
    });
  }
  function appTable(apps) {
    var mcell = function (col, kids) { return h('mat-cell', { role: 'cell', class: 'mat-mdc-cell mdc-data-table__cell cdk-cell cdk-column-' + col + ' mat-column-' + col }, kids); };
    var mhead = function (col, text) { return h('mat-header-cell', { role: 'columnheader', class: 'mat-mdc-header-cell mdc-data-table__header-cell cdk-header-cell cdk-column-' + col + ' mat-column-' + col }, text); };
    return h('mat-table', { role: 'table', class: 'mat-mdc-table mdc-data-table__table cdk-table' }, [
      h('mat-header-row', { role: 'row', class: 'mat-mdc-header-row mdc-data-table__header-row cdk-header-row' }, [mhead('name', 'Application'), mhead('developer', 'Developer'), mhead('status', 'Status'), comment('container')]),
      comment('container'),
    ].concat(apps.length ? apps.map(function (a) {
      return h('mat-row', { role: 'row', class: 'mat-mdc-row mdc-data-table__row cdk-row' }, [mcell('name', a.name), mcell('developer', a.organization), mcell('status', N.chip('Connected', 'on')), comment('container')]);
    }) : [h('div', { class: 'st-empty' }, 'No applications are connected yet.')]).concat([comment('container')]));
  }

  function chooseApp() {
    var d = N.dialog('Connect New App', { name: 'choose-app', width: '560px' });
    d.content.append(h('mat-progress-spinner', { mode: 'indeterminate', role: 'progressbar', class: 'mat-mdc-progress-spinner mdc-circular-progress', style: 'width: 32px; height: 32px;' }));
    d.actions.append(N.button('Close', { kind: 'button' }, d.close));
    N.api('apps').then(function (apps) {
      d.content.replaceChildren(
        h('p', { class: 'st-dialog-lead' }, 'Choose an application registered by a developer to connect to this tenant.'),
        h('mat-list', { role: 'list', class: 'mat-mdc-list mat-mdc-list-base mdc-list' }, apps.map(function (a) {
          return h('mat-list-item', { role: 'listitem', class: 'mat-mdc-list-item mdc-list-item mat-mdc-list-item-with-avatar? mdc-list-item--with-two-lines st-app-item'.replace(' mat-mdc-list-item-with-avatar?', '') }, [
            h('span', { class: 'mdc-list-item__content' }, [
              h('span', { matlistitemtitle: '', class: 'mat-mdc-list-item-title mdc-list-item__primary-text' }, a.name),
              h('span', { matlistitemline: '', class: 'mat-mdc-list-item-line mdc-list-item__secondary-text' }, 'by ' + a.organization),
            ]),
            h('span', { matlistitemmeta: '', class: 'mat-mdc-list-item-meta mdc-list-item__end' }, a.allowedByTenant ? N.chip('Connected', 'on') : N.button('Connect', { kind: 'stroked', color: 'primary' }, function () { d.close(); connect(a); })),
            h('div', { class: 'mat-mdc-focus-indicator' }),
          ]);
        })));
    });
  }

  function connect(a) {
    var d = N.dialog('Connect ' + a.name, { name: 'connect-app', width: '620px', disableClose: true });
    N.api('tags').then(function (list) {
      var chosen = '';
      var err = h('mat-error', { class: 'mat-mdc-form-field-error', role: 'alert' });
      var accept;
      var restriction = N.select('Restriction by booking_provider for Bookings', [{ value: '', label: 'No restriction' }].concat(list.map(function (t) { return { value: t.id, label: t.name }; })), function (v) { chosen = v; });
      var scopes = a.scopes.read.map(function (s) { return 'Read ' + s; }).concat(a.scopes.write.map(function (s) { return 'Write ' + s; }));
      d.content.append(
        h('p', { class: 'st-dialog-lead' }, a.name + ' (' + a.organization + ') requests access to:'),
        h('mat-list', { role: 'list', dense: '', class: 'mat-mdc-list mat-mdc-list-base mdc-list st-scopes' }, scopes.map(function (s) {
          return h('mat-list-item', { role: 'listitem', class: 'mat-mdc-list-item mdc-list-item mat-mdc-list-item-single-line mdc-list-item--with-one-line' }, h('span', { class: 'mdc-list-item__content' }, h('span', { class: 'mat-mdc-list-item-unscoped-content mdc-list-item__primary-text' }, s)));
        })),
        restriction.field,
        h('h3', { class: 'mat-subtitle-1' }, 'Terms and Conditions'),
        h('div', { class: 'st-terms', tabindex: '0' }, 'By connecting this application you allow it to read and change the data listed above on behalf of your company. ServiceTitan is not responsible for applications built by third parties. You can disconnect the application at any time from API Application Access.'),
        N.checkbox('I have read and agree to the Terms and Conditions', function (on) { accept.setDisabled(!on); }),
        err);
      accept = N.button('Accept', { kind: 'flat', color: 'primary' }, function () {
        accept.setDisabled(true);
        N.api('apps/' + a.id + '/connect', chosen ? { bookingProviderTagId: chosen } : {}).then(function () {
          d.close();
          N.snackbar(a.name + ' is now connected', 'OK');
          apiApps();
        }, function (e) { err.textContent = e.message; accept.setDisabled(false); });
      });
      accept.setDisabled(true);
      d.actions.append(N.button('Cancel', { kind: 'button' }, d.close), accept);
    });
  }

  function render() {
    var hash = location.hash || '#/dispatch';
    if (hash === '#/settings/integrations/booking-provider-tags') tags();
    else if (hash === '#/settings/integrations/api-application-access') apiApps();
    else shell(hash === '#/dispatch' ? 'Dispatch Board' : 'Settings', { tag: 'st-placeholder', body: function () { return [h('p', { class: 'st-muted' }, 'Nothing to show in this sandbox.')]; } });
  }
  window.addEventListener('hashchange', render);
  render();
})();
