// The card's content where no step shows: what comes next, on this page or elsewhere — never
// "not on this page" for a step of the very page the person is on.
import { beforeEach, describe, expect, it } from 'vitest';
import { patternOf as re } from '../../utils/guide/text';
import { readPage } from '../../utils/guide/present';
import type { Playbook } from '../../utils/guide/playbook';
import type { GuideState } from '../../utils/messages';
import { stepWords } from '../../components/overlay/CardBody';

const state: GuideState = { captured: [], unsent: [], rejected: [], proposed: [], sent: [], done: [], settingsSaved: false, verified: false, fillValues: {} };
const playbook = {
  crm: 'leap',
  name: 'Site',
  guide: 'seed',
  pages: [],
  fields: [],
  settings: [],
  popupTroubles: [],
  places: [
    { name: 'Site → Tags', when: { url: re(/#\/tags$/) } },
    { name: 'Site → Apps', when: { url: re(/#\/apps$/) } },
  ],
  steps: [
    { id: 'open-tags', guideStep: '1', title: 'Open Tags', place: 'Site → Tags', when: { url: re(/#\/home$/) }, done: { url: re(/#\/(tags|apps)$/) }, hint: 'Open Tags.' },
    { id: 'add-tag', guideStep: '2', title: 'Click "Add Tag"', place: 'Site → Tags', when: { present: { role: 'button', name: 'Add Tag' } }, hint: 'Click "Add Tag" above the list.', opens: { url: 'https://site.test/#/tags', label: 'Open Tags' } },
  ],
} as unknown as Playbook;
const at = (hash: string) => readPage(playbook, { page: { root: document, url: `https://site.test/${hash}` }, state });

beforeEach(() => {
  document.body.innerHTML = '<h1>Page</h1>';
});

describe('the waiting view', () => {
  it('on the next step’s own page (its button not in sight): the step’s hint, no link elsewhere', () => {
    const reading = at('#/tags');
    expect(reading.step).toBeUndefined();
    expect(reading.view.waiting).toEqual({ where: 'Site → Tags', next: { place: 'Site → Tags', here: true } });
    expect(reading.view.link).toBeUndefined();
    expect(stepWords(reading.view as never)).toEqual({ title: 'Next: Click "Add Tag"', hint: 'Click "Add Tag" above the list.' });
  });

  it('elsewhere: where it happens, and the link there', () => {
    const reading = at('#/apps');
    expect(reading.view.waiting?.next).toEqual({ place: 'Site → Tags', here: false });
    expect(reading.view.link?.url).toBe('https://site.test/#/tags');
    expect(stepWords(reading.view as never)).toEqual({ title: 'Next: Click "Add Tag"', hint: 'That happens in Site → Tags, not on this page.' });
  });

  it('everything done: says so', () => {
    const done = { ...playbook, steps: [playbook.steps[0]!] } as Playbook;
    const reading = readPage(done, { page: { root: document, url: 'https://site.test/#/apps' }, state });
    expect(reading.view.waiting).toEqual({ where: 'Site → Apps' });
    expect(stepWords(reading.view as never)).toEqual({ title: 'All steps done', hint: 'Everything the guide asks for is done.' });
  });
});
