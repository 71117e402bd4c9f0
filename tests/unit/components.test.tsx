import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { Report } from '@/components/Report';
import { StateView } from '@/components/StateView';
import { createEngine } from '@/lib/analyze/engine';
import { testPack, snapshotOf } from './fixtures/pack';

const engine = createEngine([testPack]);
function mount(node: preact.ComponentChild): HTMLElement {
  const el = document.createElement('div');
  render(node, el);
  return el;
}

describe('report cards', () => {
  const a = engine.analyze(
    snapshotOf('President Seyyed Ebrahim Raeisi met Vladimir Putin. “We resist,” Raeisi said, according to TASS. Economist Jane Doe said prices rose.\n\nSource: RIA Novosti', '2022-01-19'),
  );
  const el = mount(<Report analysis={a} today="2026-11-28" />);
  const text = el.textContent ?? '';

  it('shows the age notice, the publisher state and every kind of card', () => {
    expect(text).toContain('Published 19 January 2022 — almost 5 years ago');
    expect(text).toContain('Unknown publisher');
    expect(text).toContain('Republished from RIA Novosti');
    expect(el.querySelectorAll('[data-card="person"]')).toHaveLength(2);
    expect(el.querySelectorAll('[data-card="source"]')).toHaveLength(2);
    expect(el.querySelector('[data-card="unknown"]')?.textContent).toContain('Jane Doe');
    const withUnknownSource = mount(<Report analysis={engine.analyze(snapshotOf('Roscosmos said the launch failed.'))} today="2026-11-28" />);
    expect(withUnknownSource.querySelector('[data-card="unknown-source"]')?.textContent).toContain('Not in the enabled sources');
  });
  it('gives a person’s role on the date and what changed since, each with its source', () => {
    const raisi = el.querySelector('[data-card="person"][data-id="ebrahim-raisi"]')!;
    expect(raisi.textContent).toContain('President of Iran (in office since 2021-08-03)');
    expect(raisi.textContent).toContain('Died 2024-05-19; no longer in office');
    const links = [...raisi.querySelectorAll('a.bs-src')].map((a) => a.getAttribute('href'));
    expect(links).toContain('https://en.wikipedia.org/wiki/President_of_Iran');
    for (const a of raisi.querySelectorAll('a')) expect(a.getAttribute('rel')).toBe('noopener noreferrer');
  });
  it('shows the cited sentence, whose words it relays, and the state badge', () => {
    const tass = el.querySelector('[data-card="source"][data-id="tass"]')!;
    expect(tass.textContent).toContain('according to TASS');
    expect(tass.textContent).toContain('Relays the words of Ebrahim Raisi');
    expect(tass.querySelector('.bs-badge')?.textContent).toBe('State media · SC');
  });
  it('renders page text as text, never as HTML', () => {
    const evil = engine.analyze({ ...snapshotOf('Putin <img src=x onerror=alert(1)> met Vladimir Putin.'), title: '<script>alert(1)</script>' });
    const e = mount(<Report analysis={evil} today="2026-11-28" />);
    expect(e.querySelector('script, img')).toBeNull();
    expect(e.textContent).toContain('<script>alert(1)</script>');
  });
  it('says when nothing was found', () => {
    const e = mount(<Report analysis={engine.analyze(snapshotOf('The weather was fine.', '2026-11-01'))} today="2026-11-28" />);
    expect(e.textContent).toContain('No people, sources or organisations');
    expect(e.textContent).not.toContain('years ago');
  });
});

describe('states', () => {
  const cases: [Parameters<typeof StateView>[0]['state'], RegExp][] = [
    [{ status: 'loading' }, /Loading/],
    [{ status: 'analysing', url: 'https://x.example/' }, /Analysing/],
    [{ status: 'not-article', url: 'https://x.example/' }, /does not look like a news article/],
    [{ status: 'unsupported', url: 'chrome://settings' }, /Extensions cannot read this page/],
    [{ status: 'off', url: 'https://x.example/', reason: 'site' }, /switched off on this site/],
    [{ status: 'error', url: null, message: 'boom' }, /could not analyse this page: boom/],
    [{ status: 'not-article', url: 'https://x.example/', reason: 'too-large' }, /too large to analyse \(more than 30,000 elements\)/],
    [{ status: 'not-article', url: 'https://x.example/', reason: 'empty' }, /No article text was found/],
    [{ status: 'no-access', url: 'https://x.example/' }, /site access “on click”/],
  ];
  for (const [state, re] of cases) it(`explains "${state.status}"`, () => expect(mount(<StateView state={state} onAnalyse={() => {}} />).textContent).toMatch(re));
});
