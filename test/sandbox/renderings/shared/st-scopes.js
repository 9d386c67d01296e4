// The Developer Portal's API scope list (endpoints by module), as the New App form offers it. Data
// only: each ServiceTitan rendering draws it its own way. Look-alike names (Booking Provider Tags,
// Job Types, Technician Shifts, Campaign Categories…) sit next to the ones the guide asks for.
window.ST_SCOPE_GROUPS = [
  ['Accounting', ['AP Bills', 'AP Credits', 'AP Payments', 'Bank Deposits', 'Credit Memos', 'GL Accounts', 'Inventory Adjustments', 'Inventory Bills', 'Inventory Receipts', 'Inventory Transfers', 'Invoices', 'Journal Entries', 'Payments', 'Tax Zones']],
  ['CRM', ['Booking Provider Tags', 'Bookings', 'Contacts', 'Customers', 'Leads', 'Locations']],
  ['Dispatch', ['Appointment Assignments', 'Arrival Windows', 'Capacity', 'Non Job Appointments', 'Teams', 'Technician Shifts', 'Zones']],
  ['Job Planning and Management', ['Appointments', 'Job Cancel Reasons', 'Job Hold Reasons', 'Job Types', 'Jobs', 'Projects']],
  ['Marketing', ['Campaign Categories', 'Campaigns', 'Costs', 'Suppressions']],
  ['Memberships', ['Customer Memberships', 'Membership Types', 'Recurring Services']],
  ['Payroll', ['Gross Pay Items', 'Payroll Adjustments', 'Timesheets']],
  ['Pricebook', ['Categories', 'Equipment', 'Materials', 'Services']],
  ['Settings', ['Business Units', 'Employees', 'Tag Types', 'Technicians', 'User Roles']],
  ['Telecom', ['Calls', 'Opt-In/Out']],
];
