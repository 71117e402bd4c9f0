/**
 * Functions that run inside the page under test (Playwright and puppeteer both serialise them):
 * shared by the Chromium and Firefox harnesses.
 */

/** The centre of the first occurrence of `word` inside `selector`, scrolled into view; null if absent. */
export function wordCentre({ selector, word }: { selector: string; word: string }): { x: number; y: number } | null {
  const root = document.querySelector(selector);
  if (!root) return null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const i = (n as Text).data.indexOf(word);
    if (i < 0) continue;
    const r = document.createRange();
    r.setStart(n, i);
    r.setEnd(n, i + word.length);
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }
  return null;
}
