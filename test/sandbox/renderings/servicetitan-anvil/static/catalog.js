// What the Developer Portal offers in its New App form: API scope groups and endpoints (the
// seed's Figure 6 starts with Accounting; the rest follows ServiceTitan's public API areas, look-alike
// names included: "Booking Provider Tags" next to "Bookings", "Job Types" next to "Jobs", …),
// app categories, and the account's e-mail addresses.
export const SCOPE_GROUPS = [
  ['Accounting', ['AP Bills', 'AP Credits', 'AP Payments', 'Bank Deposits', 'Credit Memos', 'GL Accounts', 'Inventory Adjustments', 'Inventory Bills', 'Inventory Receipts', 'Inventory Transfers', 'Invoices', 'Journal Entries', 'Payments', 'Payment Terms', 'Tax Zones']],
  ['CRM', ['Booking Provider Tags', 'Bookings', 'Contacts', 'Customers', 'Customer Notes', 'Leads', 'Lead Notes', 'Locations']],
  ['Dispatch', ['Appointment Assignments', 'Arrival Windows', 'Capacity', 'Non-Job Appointments', 'Technician Shifts', 'Teams', 'Zones']],
  ['Job Planning and Management', ['Appointments', 'Job Cancel Reasons', 'Job Hold Reasons', 'Job Notes', 'Job Types', 'Jobs', 'Projects']],
  ['Marketing', ['Campaign Categories', 'Campaign Costs', 'Campaigns']],
  ['Memberships', ['Memberships', 'Membership Types', 'Recurring Services']],
  ['Payroll', ['Gross Pay Items', 'Payrolls', 'Timesheets']],
  ['Pricebook', ['Categories', 'Equipment', 'Materials', 'Services']],
  ['Settings', ['Business Unit Tags', 'Business Units', 'Employees', 'Tag Types', 'Technician Ratings', 'Technicians', 'User Roles']],
  ['Telecom', ['Calls', 'Call Reasons']],
];

export const APP_CATEGORIES = [
  { group: 'Customer Experience', items: ['Customer Portal', 'Reviews & Reputation', 'Surveys'] },
  { group: 'Marketing', items: ['Call Tracking', 'Lead Generation', 'Marketing Automation'] },
  { group: 'Scheduling', items: ['Online Booking', 'Web Scheduler', 'Route Optimization'] },
  { group: 'Back Office', items: ['Accounting', 'Payroll', 'Reporting & Analytics'] },
];

export const ACCOUNT = { name: 'HeavySet Engineer', emails: ['engineer@heavyset.tech', 'support@heavyset.tech'] };
