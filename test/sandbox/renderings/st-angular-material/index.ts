// The ServiceTitan main app as Angular Material 15+ (MDC-based) renders it: custom element tags with
// _nghost/_ngcontent attributes, mat-toolbar, mat-sidenav with a mat-nav-list, mat-table tables
// (native <table mat-table> for the tags, the <mat-table> element flavour for connected apps), dialogs
// in the cdk overlay container (backdrop, global wrapper, pane, mat-dialog-container role=dialog
// aria-modal, the rest of <body> aria-hidden), mat-form-fields with floating labels, a mat-select whose
// listbox opens in the overlay, a mat-checkbox gating Accept, snackbars, mat-chips.
import { fileSite, ST_APP_HOSTS } from '../serve';

const dir = new URL('.', import.meta.url);

export const stAngularMaterialSites = [
  fileSite({
    crm: 'servicetitan',
    hosts: ST_APP_HOSTS,
    dir,
    routes: { '/': 'go.html', '/static/material.css': 'material.css', '/static/ng-kit.js': 'ng-kit.js', '/static/go.js': 'go.js' },
  }),
];
