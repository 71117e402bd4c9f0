import { describe, expect, it } from 'vitest';
import { indexByNode, nameAt, paintHighlights, placeNames } from '@/lib/annotate/highlight';

const page = `
  <nav><a>Putin news</a></nav>
  <article>
    <p>Vladimir Putin met Raeisi. <b>Putin</b> said so, according to TASS.</p>
    <p contenteditable="true">Putin in an editor</p>
    <p>Putinism is not Putin.</p>
  </article>
  <aside><p>Putin in the sidebar</p></aside>`;
const articleText = 'Vladimir Putin met Raeisi. Putin said so, according to TASS.\n\nPutin in an editor\n\nPutinism is not Putin.';

describe('placing names in the live page', () => {
  const doc = new DOMParser().parseFromString(`<body>${page}</body>`, 'text/html');
  const before = doc.body.innerHTML;
  const placed = placeNames(doc, [
    { text: 'Vladimir Putin', id: 'p', kind: 'person' },
    { text: 'Putin', id: 'p', kind: 'person' },
    { text: 'TASS', id: 't', kind: 'source' },
  ], articleText);

  it('finds whole-word mentions inside the article only', () => {
    expect(placed.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['Vladimir Putin', 'Putin', 'TASS', 'Putin']);
    expect(placed.some((p) => p.node.parentElement!.closest('nav, aside, [contenteditable]'))).toBe(false);
  });
  it('hit-tests a caret offset back to its name', () => {
    const byNode = indexByNode(placed);
    const first = placed[0]!;
    expect(nameAt(placed, byNode, first.node, first.start + 3)?.target.text).toBe('Vladimir Putin');
    expect(nameAt(placed, byNode, first.node, first.end + 1)).toBeUndefined();
  });
  it('never changes the page’s elements or text', () => {
    paintHighlights(doc, placed)();
    expect(doc.body.innerHTML).toBe(before);
  });
  it('degrades to nothing where the Highlight API is missing or broken', () => {
    for (const view of [{}, { CSS: undefined }, { CSS: {}, Highlight: 'nope' }]) {
      const fake = { defaultView: view } as unknown as Document;
      expect(() => paintHighlights(fake, placed)()).not.toThrow();
    }
  });
  it('registers one highlight per kind through the Highlight API', () => {
    const registry = new Map<string, unknown>();
    class FakeHighlight {
      ranges: Range[];
      constructor(...r: Range[]) {
        this.ranges = r;
      }
    }
    const fake = Object.create(doc) as Document;
    Object.defineProperty(fake, 'defaultView', { value: { CSS: { highlights: registry }, Highlight: FakeHighlight, CSSStyleSheet: undefined } });
    const remove = paintHighlights(fake, placed);
    expect([...registry.keys()].sort()).toEqual(['backstory-person', 'backstory-source']);
    expect((registry.get('backstory-person') as FakeHighlight).ranges).toHaveLength(3);
    remove();
    expect(registry.size).toBe(0);
  });
  it('stays bounded on 100k text nodes', () => {
    const big = new DOMParser().parseFromString(`<body><article><p>${'<span>Putin </span>'.repeat(100_000)}</p></article></body>`, 'text/html');
    const r = placeNames(big, [{ text: 'Putin', id: 'p', kind: 'person' }], 'Putin '.repeat(100_000));
    expect(r.length).toBeLessThanOrEqual(3_000);
    // happy-dom parsing 100k elements takes seconds on a loaded 2-core machine; speed is measured in npm run bench
  }, 30_000);
});
