import { patternOf as re } from '../../utils/guide/text';
import { describe, expect, it } from 'vitest';
import { checkValue } from '@/utils/guide/values';
import { cleanValue } from '@/utils/value-text';
import { leapPlaybook } from '@/utils/crm/leap';
import type { Playbook } from '@/utils/guide/playbook';

const TOKEN = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJoZWF2eXNldCJ9.c2lnbmF0dXJlLXNhbmRib3gtdmFsdWU';

describe('checkValue', () => {
  it('trims pasted whitespace, NBSP and zero-width characters', () => {
    expect(cleanValue(`\u00a0 ${TOKEN}\n\u200b`)).toBe(TOKEN);
    const checked = checkValue(leapPlaybook.fields, 'apiToken', ` ${TOKEN}\t\n`);
    expect(checked).toMatchObject({ ok: true, value: TOKEN });
  });

  it('refuses a malformed token with the expected format in words', () => {
    const checked = checkValue(leapPlaybook.fields, 'apiToken', 'HeavySet Tech');
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problem).toMatch(/cannot contain spaces/);
    const short = checkValue(leapPlaybook.fields, 'apiToken', 'abc');
    expect(!short.ok && short.problem).toMatch(/is not a valid API Token: expected one unbroken string/);
  });

  it('flags a value that belongs to another field instead of storing it', () => {
    const twoFields: Playbook = {
      ...leapPlaybook,
      fields: [
        { key: 'clientId', label: 'Client ID', secret: false, sendTo: 'connection', format: { pattern: re(/^cid\.[a-z0-9]{20,30}$/), description: 'cid.…' }, detect: re(/^cid\.[a-z0-9]{25}$/) },
        { key: 'clientSecret', label: 'Client Secret', secret: true, sendTo: 'connection', format: { pattern: re(/^cs\d+\.[a-z0-9]{40,60}$/), description: 'cs1.…' }, detect: re(/^cs\d+\.[a-z0-9]{50}$/) },
      ],
    };
    const checked = checkValue(twoFields.fields, 'clientSecret', 'cid.abcdefghijklmnopqrstuvwxy');
    expect(checked).toMatchObject({ ok: false, looksLike: 'clientId' });
    expect(!checked.ok && checked.problem).toMatch(/looks like the Client ID, not the Client Secret/);
  });

  it('refuses unknown fields and empty values', () => {
    expect(checkValue(leapPlaybook.fields, 'nope', TOKEN).ok).toBe(false);
    expect(checkValue(leapPlaybook.fields, 'apiToken', '   ')).toMatchObject({ ok: false, problem: 'API Token is empty.' });
  });
});
