// @vitest-environment node
// The playbook as a document: the signing tool's check is the playbook schema plus the update
// rules the extension applies, and every bundled playbook passes both (the floor of any update).
import { describe, expect, it } from 'vitest';
import { playbooks } from '@/utils/crm';
import { BUNDLED_PLAYBOOK_VERSIONS, bundledVersion } from '@/utils/crm/versions';
import { updateRuleProblem } from '@/utils/background/playbooks/rules';
import { checkPlaybookDocument } from '../../scripts/playbooks/check-playbook';
import { documentOf } from './support/playbook-copies';

describe.each(playbooks.map((p) => [p.crm] as const))('the bundled %s playbook', (crm) => {
  it('passes the signing tool’s check as a document, and the update rules against itself', () => {
    const document = documentOf(crm);
    expect(checkPlaybookDocument(document)).toEqual([]);
    expect(checkPlaybookDocument(document, crm)).toEqual([]);
    expect(updateRuleProblem(document, playbooks.find((p) => p.crm === crm)!)).toBeNull();
  });

  it('has a bundled version (the floor an update must rise above)', () => {
    expect(Object.keys(BUNDLED_PLAYBOOK_VERSIONS)).toContain(crm);
    expect(Number.isInteger(bundledVersion(crm)) && bundledVersion(crm) >= 0).toBe(true);
  });
});

describe('checkPlaybookDocument', () => {
  it('names the schema’s problems by path', () => {
    expect(checkPlaybookDocument(null)).toEqual(['The playbook must be a JSON object.']);
    expect(checkPlaybookDocument([])).toEqual(['The playbook must be a JSON object.']);
    const broken = documentOf('leap');
    broken.steps = [];
    (broken.fields[0]!.format as { pattern: string }).pattern = '/[unclosed/';
    const problems = checkPlaybookDocument(broken);
    expect(problems.some((p) => p.startsWith('steps:'))).toBe(true);
    expect(problems.some((p) => /^fields\.0\.format\.pattern: Not a valid pattern/.test(p))).toBe(true);
    expect(checkPlaybookDocument({ ...documentOf('leap'), script: 'alert(1)' })[0]).toMatch(/script|Unrecognized/i);
  });

  it('refuses what every extension would refuse: another CRM’s playbook, new pages, fields sent elsewhere', () => {
    expect(checkPlaybookDocument(documentOf('zoho'), 'leap')[0]).toMatch(/for "zoho", the payload says "leap"/);
    expect(checkPlaybookDocument(documentOf('leap'), 'salesforce')[0]).toMatch(/not a CRM type this version/);

    const morePages = documentOf('leap');
    morePages.pages = [...morePages.pages, 'https://evil.example/*'];
    expect(checkPlaybookDocument(morePages, 'leap')[0]).toMatch(/evil\.example.*cannot add pages.*Extensions would refuse it/);

    const elsewhere = documentOf('servicetitan');
    elsewhere.fields.find((f) => f.key === 'clientSecret')!.sendTo = 'settings';
    expect(checkPlaybookDocument(elsewhere, 'servicetitan')[0]).toMatch(/Client Secret/);
  });
});

describe('update rules', () => {
  const bundled = (crm: string) => playbooks.find((p) => p.crm === crm)!;

  it('let an update narrow pages and change how pages are recognised, labels and capture rules', () => {
    const update = documentOf('servicetitan');
    update.pages = update.pages.slice(0, 1);
    update.steps[0]!.title = 'Sign in (reworded)';
    update.fields[0]!.label = 'Tenant';
    update.fields[0]!.capture = { labels: ['/^tenant( id)?:?$/i'] };
    expect(updateRuleProblem(update, bundled('servicetitan'))).toBeNull();
  });

  it('keep where values go: the same fields in order, sent to the same place, secret and HeavySet-set as bundled', () => {
    const cases: [string, (p: ReturnType<typeof documentOf>) => void, RegExp][] = [
      ['an added field', (p) => p.fields.push({ ...p.fields[0]!, key: 'password', label: 'Password' }), /cannot add, remove or rename fields/],
      ['a removed field', (p) => p.fields.pop(), /cannot add, remove or rename fields/],
      ['fields reordered', (p) => p.fields.reverse(), /cannot add, remove or rename fields/],
      ['a secret made plain', (p) => (p.fields[2]!.secret = false), /how the Client Secret is sent/],
      ['a read-only field made writable', (p) => delete p.fields[0]!.readOnly, /how/],
      ['a setting renamed', (p) => (p.settings[0]!.key = 'somethingElse'), /settings/],
      ['a secret read on another of the CRM’s sites', (p) => (p.fields[2]!.hosts = [...(p.fields[2]!.hosts ?? []), 'https://go.servicetitan.com/*']), /only narrow where a value is read/],
      ['a field’s hosts dropped (read anywhere)', (p) => delete p.fields[2]!.hosts, /only narrow where a value is read/],
    ];
    for (const [name, edit, reason] of cases) {
      const crm = name === 'a read-only field made writable' ? 'zoho' : 'servicetitan';
      const update = documentOf(crm);
      edit(update);
      expect(updateRuleProblem(update, bundled(crm)), name).toMatch(reason);
    }
    const oauth = documentOf('zoho');
    oauth.oauth!.endpoint = 'crm/other-endpoint';
    expect(updateRuleProblem(oauth, bundled('zoho'))).toMatch(/OAuth/);
  });
});
