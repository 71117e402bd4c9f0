/** Plain text of an article element, with paragraph boundaries (UTF-16 offsets). */

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'HEADER', 'MAIN', 'ASIDE', 'HR', 'BR', 'FIGURE']);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'FIGCAPTION', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME']);
const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export interface ArticleText {
  text: string;
  paragraphs: [number, number][];
}

export function articleText(root: Element): ArticleText {
  const parts: string[] = [];
  const paragraphs: [number, number][] = [];
  let current = '';
  let length = 0;
  const flush = () => {
    const t = current.replace(/[\s\u00A0]+/g, ' ').trim();
    current = '';
    if (!t) return;
    if (parts.length) {
      parts.push('\n\n');
      length += 2;
    }
    paragraphs.push([length, length + t.length]);
    parts.push(t);
    length += t.length;
  };
  const walk = (node: Node, depth: number) => {
    if (depth > 200) return;
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    const block = BLOCK.has(tag);
    if (block) flush();
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, depth + 1);
    if (block) flush();
  };
  walk(root, 0);
  flush();
  return { text: parts.join(''), paragraphs };
}
