import { describe, expect, it } from 'vitest';
import { parseDate, resolvePublished, urlDate } from '@/lib/extract/dates';
import { collectDateHints } from '@/lib/extract/date-hints';

const metadataDate = (doc: Document) => resolvePublished({ ...collectDateHints(doc), visible: [] });
const visibleDate = (doc: Document) => resolvePublished({ explicit: [], generic: [], visible: collectDateHints(doc).visible });

describe('parseDate', () => {
  const cases: [string, string][] = [
    ['19 January 2022 | 13:57', '2022-01-19'],
    ['2022-01-19T13:57:00+03:30', '2022-01-19'],
    ['January 19, 2022', '2022-01-19'],
    ['Jan. 9, 2022 at 5pm', '2022-01-09'],
    ['Updated Sept. 3, 2019', '2019-09-03'],
    ['19.01.2022 um 13:57', '2022-01-19'],
    ['1er janvier 2020', '2020-01-01'],
    ['19 février 2022', '2022-02-19'],
    ['Publié le 5 août 2021', '2021-08-05'],
    ['19. Januar 2022', '2022-01-19'],
    ['3. März 2023', '2023-03-03'],
    ['19 de enero de 2022', '2022-01-19'],
    ['5 de septiembre del 2021', '2021-09-05'],
    ['2022/01/19', '2022-01-19'],
    ['12/25/2021', '2021-12-25'],
    ['Dec 1st, 2020', '2020-12-01'],
    ['2016年10月14日07:17', '2016-10-14'],
    ['2024년 12월 3일', '2024-12-03'],
  ];
  for (const [text, date] of cases) it(`reads “${text}”`, () => expect(parseDate(text)).toBe(date));
  it('rejects impossible dates and text without one', () => {
    expect(parseDate('31 February 2022')).toBeNull();
    expect(parseDate('Code : 2009621')).toBeNull();
    expect(parseDate('')).toBeNull();
    expect(parseDate(null)).toBeNull();
  });
});

describe('reading the hints', () => {
  it('prefers explicit publication dates (the earliest when a day or two apart), then generic metadata, a dateline, the URL', () => {
    expect(resolvePublished({ explicit: ['2024-12-07T01:00Z', '2024-12-06T22:00:40Z'], generic: ['2020-01-01'], visible: [] })).toBe('2024-12-06');
    expect(resolvePublished({ explicit: ['2015-09-17', '2015-12-25'], generic: [], visible: [] })).toBe('2015-09-17');
    expect(resolvePublished({ explicit: [], generic: ['nonsense', '2020-01-02'], visible: ['1 May 2021'] })).toBe('2020-01-02');
    expect(resolvePublished({ explicit: [], generic: [], visible: ['Code : 2009621', '19 January 2022 | 13:57'] })).toBe('2022-01-19');
    expect(resolvePublished({ explicit: [], generic: [], visible: [] }, 'https://x.example/2019/05/20/story')).toBe('2019-05-20');
    expect(resolvePublished(null)).toBeNull();
  });
});

describe('dates in addresses', () => {
  it('reads the common URL forms, and nothing else', () => {
    expect(urlDate('http://www.washingtonpost.com/world/x/2015/03/18/00202e76_story.html')).toBe('2015-03-18');
    expect(urlDate('https://www.quantamagazine.org/hidden-heroines-of-chaos-20190520/')).toBe('2019-05-20');
    expect(urlDate('http://headlines.example.jp/hl?a=20170309-35097838-cnetj-sci')).toBe('2017-03-09');
    expect(urlDate('https://example.org/news/2009621/iran-russia')).toBeNull();
    expect(urlDate('https://example.org/2022/13/45/x')).toBeNull();
    expect(urlDate('not a url')).toBeNull();
  });
});

describe('page dates', () => {
  const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');
  it('prefers meta tags, then JSON-LD, then itemprop', () => {
    expect(metadataDate(doc('<meta property="article:published_time" content="2021-03-04T10:00:00Z">'))).toBe('2021-03-04');
    expect(metadataDate(doc('<script type="application/ld+json">{"@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2020-05-06"}]}</script>'))).toBe('2020-05-06');
    expect(metadataDate(doc('<script type="application/ld+json">{not json</script><time itemprop="datePublished" datetime="2019-01-02">Jan 2</time>'))).toBe('2019-01-02');
    expect(metadataDate(doc('<p>nothing</p>'))).toBeNull();
    expect(metadataDate(doc('<script type="application/ld+json">\n<![CDATA[\n{"@type":"VideoObject","x":{"datePublished":"2024-12-06T22:00:40Z"}}\n]]>\n</script>'))).toBe('2024-12-06');
  });
  it('reads a visible dateline but not one in a sidebar', () => {
    expect(visibleDate(doc('<aside><span class="date">1 May 2020</span></aside><div class="news-meta"><span class="date">19 January 2022 | 13:57</span></div>'))).toBe('2022-01-19');
    expect(visibleDate(doc('<aside><span class="date">1 May 2020</span></aside>'))).toBeNull();
  });
});
