// The API Scopes table of the Developer Portal's New App form: endpoint groups as the real portal
// lists them, alphabetically: look-alikes come first ("Booking Provider Tags" before "Bookings",
// "Job Cancel Reasons" before "Jobs"). Some endpoints offer no write access.
(function () {
  'use strict';
  const readOnly = { write: false };
  window.PortalScopes = [
    {
      group: 'Accounting',
      endpoints: ['AP Bills', 'AP Credits', 'AP Payments', 'Bank Deposits', 'Credit Memos', 'GL Accounts', 'Inventory Adjustments', 'Inventory Bills', 'Inventory Receipts', 'Inventory Transfers', 'Invoices', 'Journal Entries', 'Payments', 'Payment Terms', 'Tax Zones'],
    },
    { group: 'CRM', endpoints: ['Booking Provider Tags', 'Bookings', 'Bulk Tags', 'Contacts', 'Customers', 'Leads', 'Locations'] },
    { group: 'Dispatch', endpoints: ['Appointment Assignments', 'Arrival Windows', 'Capacity', 'Non-Job Appointments', 'Teams', 'Technician Shifts', 'Zones'] },
    { group: 'Equipment Systems', endpoints: ['Installed Equipment'] },
    { group: 'Forms', endpoints: ['Forms', 'Form Submissions'] },
    { group: 'Inventory', endpoints: ['Purchase Orders', 'Receipts', 'Returns', 'Trucks', 'Vendors', 'Warehouses'] },
    { group: 'Job Booking', endpoints: ['Call Reasons'] },
    { group: 'Job Planning', endpoints: ['Appointments', 'Job Cancel Reasons', 'Job Hold Reasons', 'Job Types', 'Jobs', 'Projects'] },
    { group: 'Marketing', endpoints: ['Campaigns', 'Campaign Categories', 'Campaign Costs', 'Suppressions'] },
    { group: 'Marketing Reputation', endpoints: [['Reviews', readOnly]] },
    { group: 'Memberships', endpoints: ['Memberships', 'Membership Types', 'Recurring Services'] },
    { group: 'Payroll', endpoints: ['Activity Codes', 'Gross Pay Items', 'Payroll Adjustments', 'Payrolls', 'Timesheets'] },
    { group: 'Pricebook', endpoints: ['Pricebook Categories', 'Discounts and Fees', 'Equipment', 'Materials', 'Services'] },
    { group: 'Reporting', endpoints: [['Reports', readOnly], ['Report Categories', readOnly]] },
    { group: 'Sales & Estimates', endpoints: ['Estimates'] },
    { group: 'Settings', endpoints: ['Business Units', 'Employees', 'Tag Types', 'Technicians', 'User Roles'] },
    { group: 'Task Management', endpoints: ['Tasks'] },
    { group: 'Telecom', endpoints: [['Calls', readOnly]] },
  ].map((group) => ({
    group: group.group,
    endpoints: group.endpoints.map((entry) => (Array.isArray(entry) ? { name: entry[0], write: entry[1].write } : { name: entry, write: true })),
  }));
})();
