// The main action by its look: a button filled with colour, for words a playbook cannot know.
import { describe, expect, it } from 'vitest';
import { colourful, standsOut } from '../../utils/guide/locate-look';

describe('colourful fills', () => {
  it.each(['rgb(10, 115, 235)', 'rgb(0, 128, 0)', 'rgb(228, 37, 39)', 'rgba(10, 115, 235, 0.9)'])('%s reads as emphasis', (c) => {
    expect(colourful(c)).toBe(true);
  });
  it.each(['rgb(255, 255, 255)', 'rgb(240, 240, 240)', 'rgb(128, 128, 128)', 'rgb(0, 0, 0)', 'rgba(10, 115, 235, 0)', 'transparent', 'rgb(250, 252, 255)', 'rgb(20, 22, 26)', 'oklch(0.967 0.003 264.542)', 'lab(97 -1 1)'])(
    '%s does not',
    (c) => {
      expect(colourful(c)).toBe(false);
    },
  );
});

describe('standsOut', () => {
  it('reads the button, or the one real button a custom element wraps', () => {
    document.body.innerHTML =
      '<button id="a" style="background-color: rgb(10, 115, 235)">A</button><x-btn id="b"><button style="background-color: rgb(0, 128, 0)">B</button></x-btn><button id="c" style="background-color: rgb(255, 255, 255)">C</button>';
    expect(['a', 'b', 'c'].map((id) => standsOut(document.getElementById(id)!))).toEqual([true, true, false]);
  });

  it('a white button holding a coloured icon does not stand out', () => {
    document.body.innerHTML = '<button id="r" style="background-color: rgb(255, 255, 255)"><span style="background-color: rgb(220, 30, 30)"></span></button>';
    expect(standsOut(document.getElementById('r')!)).toBe(false);
  });
});
