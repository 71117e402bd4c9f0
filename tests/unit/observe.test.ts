import { describe, expect, it, vi } from 'vitest';
import { commonAncestor, watchArticle } from '@/lib/content/observe';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

const ctx = { setTimeout: (fn: () => void, ms: number) => setTimeout(fn, ms) as unknown as number } as unknown as ContentScriptContext;

describe('living pages', () => {
  it('finds the article root as the nearest common ancestor', () => {
    document.body.innerHTML = '<main><article><p>a</p><div><p>b</p></div></article></main>';
    const [a, b] = [...document.querySelectorAll('p')].map((p) => p.firstChild!);
    expect(commonAncestor([a!, b!])?.localName).toBe('article');
    expect(commonAncestor([])).toBeNull();
  });
  it('reruns once after changes settle, never for its own card, and stops when told', async () => {
    vi.useFakeTimers();
    document.body.innerHTML = '<article><p>a</p></article>';
    const root = document.querySelector('article')!;
    const rerun = vi.fn();
    const stop = watchArticle(ctx, root, rerun);
    root.append(document.createElement('p'));
    root.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(100);
    root.append(document.createElement('backstory-card'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(rerun).toHaveBeenCalledTimes(1);
    stop();
    root.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(rerun).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });
});
