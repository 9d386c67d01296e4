// The Zoho playbook on consent-page markup we have never seen: the consent checkbox's label in
// pieces, Accept as an input, the organization picker as radios or a select, the no-org wording.
import { beforeEach, describe, expect, it } from 'vitest';
import type { GuideState } from '../../utils/messages';
import type { Locator } from '../../utils/guide/playbook';
import { currentStep } from '../../utils/guide/steps';
import { locate } from '../../utils/guide/locate';
import { HEAVYSET_ZOHO_CLIENT_ID, zohoPlaybook as playbook } from '../../utils/crm/zoho';

const STATE: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };
const URL_ = `https://accounts.zoho.eu/oauth/v2/auth?client_id=${HEAVYSET_ZOHO_CLIENT_ID}&response_type=code&scope=ZohoCRM.modules.ALL&state=s1`;
const stepOf = () => currentStep(playbook, { page: { root: document, url: URL_ }, state: STATE });
const targetOf = (id: string) => locate(playbook.steps.find((s) => s.id === id)!.target as Locator);
const tick = (el: Element | null) => (el as HTMLElement).click();

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('Zoho: the consent checkbox', () => {
  const scopes = '<h2>HeavySet Tech would like to access</h2><ul><li>Zoho CRM: Modules (Read, Create, Update)</li></ul>';
  const variants: [string, string][] = [
    ['a wrapping label split across spans', '<label><input type="checkbox"><span>I allow </span><b>HeavySet Tech</b><span> to access the above data from my Zoho account</span></label>'],
    ['a <label for> with a link inside', '<input type="checkbox" id="c"><label for="c">I allow <strong>HeavySet Tech</strong> to access the above data from my Zoho account, as described in its <a href="/privacy">privacy policy</a>.</label>'],
    ['aria-labelledby on a role=checkbox', '<span role="checkbox" aria-checked="false" tabindex="0" aria-labelledby="ct"></span><span id="ct">I allow HeavySet Tech to access the above data from my Zoho account</span>'],
    ['a checkbox followed by its words (no label element)', '<div class="consent"><input type="checkbox" name="consent"><span class="text">I allow HeavySet Tech to access the above data from my Zoho account.</span></div>'],
    ['a line break inside the label', '<label><input type="checkbox"> I allow HeavySet Tech to access the above data<br>from my Zoho account</label>'],
  ];
  const accepts: [string, string][] = [
    ['<button>', '<button type="submit">Accept</button>'],
    ['<input type=submit>', '<input type="submit" value="Accept">'],
    ['"Allow"', '<button class="btn primary"><span>Allow</span></button>'],
    ['an a.btn', '<a class="btn" role="button" href="#">Accept</a>'],
  ];

  it.each(variants)('as %s → "Tick" points at it; once ticked → "Press Accept"', (_name, box) => {
    document.body.innerHTML = `${scopes}${box}<button>Reject</button><input type="submit" value="Accept">`;
    for (const el of document.querySelectorAll('[role=checkbox]')) {
      el.addEventListener('click', () => el.setAttribute('aria-checked', String(el.getAttribute('aria-checked') !== 'true')));
    }
    expect(stepOf()?.id).toBe('allow');
    const target = targetOf('allow');
    expect(target?.matches('input[type=checkbox],[role=checkbox]')).toBe(true);
    tick(target);
    expect(stepOf()?.id).toBe('accept');
  });

  it.each(accepts)('Accept as %s is the target after ticking', (_name, button) => {
    document.body.innerHTML = `${scopes}<label><input type="checkbox" checked> I allow HeavySet Tech to access the above data from my Zoho account</label><button>Deny</button>${button}`;
    expect(stepOf()?.id).toBe('accept');
    expect(targetOf('accept')?.textContent || (targetOf('accept') as HTMLInputElement).value).toMatch(/^(accept|allow)$/i);
  });
});

describe('Zoho: the organization picker', () => {
  it.each([
    ['radios', '<h2>Choose the organization</h2><label><input type="radio" name="org"> Acme Roofing</label><label><input type="radio" name="org"> Acme Test</label><button>Submit</button>'],
    ['a select', '<label for="o">Organization</label><select id="o"><option>Acme Roofing</option><option>Acme Test</option></select><input type="submit" value="Submit">'],
    ['a listbox of cards', '<div role="radiogroup" aria-label="Organizations"><div role="radio" aria-checked="true">Acme Roofing</div><div role="radio" aria-checked="false">Acme Test</div></div><a role="button" href="#">Submit</a>'],
  ])('as %s → "Choose the organization", Submit ringed', (_name, page) => {
    document.body.innerHTML = page;
    expect(stepOf()?.id).toBe('choose-org');
    const target = targetOf('choose-org');
    expect(target?.textContent || (target as HTMLInputElement).value).toBe('Submit');
  });
});

describe('Zoho: no Zoho CRM in this account', () => {
  it.each([
    '<h1>No Zoho CRM account</h1>',
    '<h2>You don’t have a Zoho CRM account</h2><p>Sign up or use another account.</p>',
    '<div class="error-title">No organization found</div><p>This account is not part of any Zoho CRM organization.</p>',
    '<h1>Oops!</h1><p>There is no Zoho CRM organization associated with this account in this data center.</p>',
    '<h3>Zoho CRM is not set up for this account</h3>',
  ])('%s → "Use a Zoho account that has Zoho CRM"', (page) => {
    document.body.innerHTML = `${page}<a href="https://api.heavyset.tech/zoho/callback?error=no_org">Back to app</a>`;
    expect(stepOf()?.id).toBe('no-org');
  });

  it('an ordinary consent page is not taken for the no-org page', () => {
    document.body.innerHTML = '<h1>HeavySet Tech would like to access your Zoho CRM organization</h1><label><input type="checkbox"> I allow HeavySet Tech to access the above data from my Zoho account</label><button>Accept</button>';
    expect(stepOf()?.id).toBe('allow');
  });
});

describe('Zoho: a UI language the playbook has no words for', () => {
  const lyteJa = (accept: string, reject: string) =>
    '<div>HeavySet Tech があなたの Zoho アカウントへのアクセスを求めています</div><div><span>組織：</span><span>Acme Roofing</span></div>' +
    '<div class="consent_row"><lyte-checkbox><label><input type="checkbox"><span></span></label></lyte-checkbox>' +
    '<span><span>HeavySet Tech が私の Zoho アカウントから上記のデータにアクセスすることを許可します</span></span></div>' +
    `<lyte-button><button type="button" style="background-color: rgb(10, 115, 235)"><span>${accept}</span></button></lyte-button>` +
    `<lyte-button><button type="button" style="background-color: rgb(255, 255, 255)"><span>${reject}</span></button></lyte-button>`;

  it('Japanese Lyte markup: the box (its words a sibling of its component), then 承認する', () => {
    document.body.innerHTML = lyteJa('承認する', '拒否する');
    expect(stepOf()?.id).toBe('allow');
    tick(targetOf('allow'));
    expect(stepOf()?.id).toBe('accept');
    expect(targetOf('accept')?.textContent).toBe('承認する');
  });

  it('words it does not know (Finnish): Accept is the button filled with colour, not the white one', () => {
    document.body.innerHTML = lyteJa('Hyväksy', 'Hylkää');
    (document.querySelector('input[type=checkbox]') as HTMLInputElement).checked = true;
    expect(stepOf()?.id).toBe('accept');
    expect(targetOf('accept')?.textContent).toBe('Hyväksy');
  });

  it('a page of grey and white buttons has no primary button to guess', () => {
    document.body.innerHTML = lyteJa('Hyväksy', 'Hylkää').replace('rgb(10, 115, 235)', 'rgb(240, 240, 240)');
    (document.querySelector('input[type=checkbox]') as HTMLInputElement).checked = true;
    expect(targetOf('accept')).toBeNull();
  });

  it('the no-org page in Japanese', () => {
    document.body.innerHTML = '<div><span>Zoho CRM の組織が見つかりません</span></div><lyte-button><button type="button">アプリに戻る</button></lyte-button>';
    expect(stepOf()?.id).toBe('no-org');
  });
});
