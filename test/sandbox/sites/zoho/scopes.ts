// OAuth scopes (`ZohoCRM.modules.ALL`) in the words the consent page lists them.
export interface ScopeGroup {
  service: string;
  items: string[];
}

const SERVICE_NAMES: Record<string, string> = {
  ZohoCRM: 'Zoho CRM',
  ZohoCalendar: 'Zoho Calendar',
  ZohoSearch: 'Zoho Search',
  ZohoFiles: 'Zoho WorkDrive',
  AaaServer: 'Zoho Accounts',
  profile: 'Your profile',
};

const RESOURCE_NAMES: Record<string, string> = {
  modules: 'Records in all modules (Leads, Contacts, Events, …)',
  settings: 'Settings (modules, fields and layouts)',
  users: 'Users',
  org: 'Organization details',
  coql: 'Record queries',
  bulk: 'Bulk export and import',
  notifications: 'Notifications',
  calendar: 'Calendars',
  event: 'Calendar events',
  freebusy: 'Free/busy times',
  profile: 'Profile',
  userinfo: 'Name and e-mail address',
};

const OPERATION_WORDS: Record<string, string> = {
  ALL: 'full access (view, create, edit and delete)',
  READ: 'view',
  CREATE: 'create',
  WRITE: 'create and edit',
  UPDATE: 'edit',
  DELETE: 'delete',
};

const SCOPE_PATTERN = /^([A-Za-z]+)\.([A-Za-z0-9_.]+)\.([A-Za-z]+)$/;

function humanize(word: string): string {
  const spaced = word.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

function describeResource(path: string): string {
  const parts = path.split('.');
  const [head, ...rest] = parts;
  // `modules.leads` is one module; deeper paths are rare and shown as written.
  if (head === 'modules' && rest.length > 0) return `${rest.map(humanize).join(' ')} module records`;
  return RESOURCE_NAMES[path] ?? parts.map(humanize).join(' ');
}

export function splitScopes(raw: string): string[] {
  return raw
    .split(/[\s,]+/)
    .map((scope) => scope.trim())
    .filter((scope) => scope.length > 0);
}

/** Groups by service, in the order the scopes were requested. Unknown shapes are listed verbatim. */
export function describeScopes(raw: string): ScopeGroup[] {
  const groups = new Map<string, string[]>();
  const add = (service: string, item: string): void => {
    const items = groups.get(service) ?? [];
    if (!items.includes(item)) items.push(item);
    groups.set(service, items);
  };
  for (const scope of splitScopes(raw)) {
    const match = SCOPE_PATTERN.exec(scope);
    if (!match) {
      add('Other', scope);
      continue;
    }
    const [, service = '', resource = '', operation = ''] = match;
    const what = describeResource(resource);
    const how = OPERATION_WORDS[operation.toUpperCase()] ?? operation.toLowerCase();
    add(SERVICE_NAMES[service] ?? humanize(service), `${what}: ${how}`);
  }
  return [...groups].map(([service, items]) => ({ service, items }));
}
