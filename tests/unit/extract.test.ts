import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import wire from '../fixtures/wire-story.html?raw';
import notArticle from '../fixtures/not-article.html?raw';
import sample from '../../sample/article.html?raw';
import { extractArticle, looksLikeArticle } from '@/lib/extract/extract';
import { articleText } from '@/lib/extract/text';
import { resolvePublished } from '@/lib/extract/dates';

const URL_ = 'https://www.northern-ledger.example/world/europe/kremlin-talks-realities-2023-03-02/';
const happy = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const linked = (html: string) => parseHTML(html).document as unknown as Document;

describe.each([
  ['happy-dom', happy],
  ['linkedom', linked],
])('extraction (%s)', (_, parse) => {
  it('takes a date set off in the page title when nothing else dates the story', () => {
    const para = `<p>${'Los pueblos indígenas reclaman por derechos que permanecen incumplidos en varias provincias del sur del país. '.repeat(4)}</p>`;
    const page = (title: string) => `<html><head><title>${title}</title></head><body><article><h1>Una solución</h1>${para.repeat(3)}</article></body></html>`;
    const dated = (title: string) => {
      const r = extractArticle(parse(page(title)), 'https://diario.example/opinion/solucion');
      return r.ok ? resolvePublished(r.snapshot.dateHints) : 'failed';
    };
    expect(dated('Una solución no violenta - 07.12.2017 - LA NACION')).toBe('2017-12-07');
    expect(dated('Lo que pasó el 7 de octubre de 2023')).toBe(null);
    expect(dated('Informe 2024 - Diario')).toBe(null);
  });
  it('takes the author the page marks up, not a related story’s', () => {
    const para = (n: number) => `<p>Rescue teams reached the mountain villages on Thursday, ${n} days after the earthquake, and began handing out tents, food and medicine to families who had slept outside since the first tremor shook the valley.</p>`;
    const html = `<html lang="fr"><head><title>Séisme</title></head><body><aside class="related"><a href="/other">Reportage</a> <span class="author" itemprop="author">Par<span class="authorname"> Jean Autre</span></span></aside>
      <article><header><h1>Un troisième Français mort</h1><span itemprop="author" itemscope><span itemprop="name"> AFP</span></span></header>
      <div class="article-body">${[1, 2, 3, 4, 5].map(para).join('')}</div></article></body></html>`;
    const r = extractArticle(parse(html), 'https://journal.example/monde/seisme');
    expect(r.ok && r.snapshot.byline).toBe('AFP');
  });
  it('extracts the story and leaves out navigation, sidebars, comments and footers', () => {
    const r = extractArticle(parse(wire), URL_);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const s = r.snapshot;
    expect(s.title).toContain('Kremlin says talks with Kyiv');
    expect(s.siteName).toBe('Northern Ledger');
    expect(s.lang).toBe('en-GB');
    expect(s.published).toBeNull(); // the background reads the hints
    expect(resolvePublished(s.dateHints, s.url)).toBe('2023-03-02');
    expect(s.canonicalUrl).toBe(URL_);
    expect(s.text).toContain('MOSCOW (Reuters) - Any peace talks');
    expect(s.text).toContain('Reporting by Reuters');
    for (const outside of ['Xi Jinping', 'Emmanuel Macron', 'According to TASS', 'Boris Johnson', 'cookies', 'newsroom@']) expect(s.text).not.toContain(outside);
    expect(s.text).not.toContain('Photo: Reuters');
    for (const [a, b] of s.paragraphs) expect(s.text.slice(a, b).trim().length).toBe(b - a);
  });

  it('does nothing on pages that are not articles unless asked', () => {
    expect(looksLikeArticle(parse(notArticle))).toBe(false);
    expect(extractArticle(parse(notArticle), 'https://caspian-desk.example/')).toEqual({ ok: false, reason: 'not-article' });
  });

  it('never changes the page it reads', () => {
    const doc = parse(sample);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, 'https://caspian-desk.example/world/2023/07/putin-raisi-call');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('finds the date in a visible dateline when metadata has none, and the credit line beside the body', () => {
    const r = extractArticle(parse(sample), 'https://caspian-desk.example/world/2023/07/putin-raisi-call');
    expect(r.ok && resolvePublished(r.snapshot.dateHints)).toBe('2023-07-14');
    expect(r.ok && r.snapshot.text.endsWith('Source: Iran Daily')).toBe(true);
  });
});

describe('bad input', () => {
  it('says a 10 MB page is too large, quickly, instead of parsing it', () => {
    const para = '<p>Vladimir Putin met Ebrahim Raisi in Tehran on Tuesday, officials said.</p>';
    const html = `<html><body><article>${para.repeat(140_000)}</article></body></html>`;
    expect(html.length).toBeGreaterThan(10_000_000);
    const doc = linked(html);
    expect(extractArticle(doc, 'https://x.example/a', { force: true })).toEqual({ ok: false, reason: 'too-large' });
  });
  it('copes with a page that has no body at all', () => {
    const r = extractArticle(happy('<html><head><title>x</title></head></html>'), 'https://x.example/', { force: true });
    expect(r.ok).toBe(false);
  });
});

describe('article text', () => {
  it('joins blocks into paragraphs and skips captions and scripts', () => {
    const doc = happy('<div><h2>Head</h2><p>One <b>two</b></p><figure><figcaption>Photo: X</figcaption></figure><script>var a</script><ul><li>Three</li></ul></div>');
    const { text, paragraphs } = articleText(doc.body.firstElementChild!);
    expect(text).toBe('Head\n\nOne two\n\nThree');
    expect(paragraphs).toEqual([[0, 4], [6, 13], [15, 20]]);
  });
  it('stays bounded on absurdly deep nesting', () => {
    const deep = '<div>'.repeat(5000) + 'deep text' + '</div>'.repeat(5000);
    const doc = happy(`<body>${deep}</body>`);
    expect(() => articleText(doc.body)).not.toThrow();
  });
});
