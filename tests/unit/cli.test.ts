/** The command line: one JSON document on stdout, one-line errors on stderr. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const run = (...args: string[]) => spawnSync(join(process.cwd(), 'node_modules', '.bin', 'tsx'), ['scripts/analyze.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });
const dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));

describe('npm run analyze', () => {
  it('prints exactly one Analysis JSON document with --json', () => {
    const r = run('sample/article.html', '--url', 'https://caspian-desk.example/world/2023/07/putin-raisi-call', '--json');
    expect(r.status).toBe(0);
    const a = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['article', 'publisher', 'people', 'citedSources', 'organizations', 'unknownPeople']));
    expect((a.people as { name: string }[]).map((p) => p.name)).toEqual(['Vladimir Putin', 'Ebrahim Raisi']);
  }, 30_000);
  it('prints the cards readably without --json', () => {
    const r = run('sample/article.html', '--url', 'https://caspian-desk.example/x', '--today', '2026-11-28');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('CITED SOURCES');
    expect(r.stdout).toContain('Published 2023-07-14 (over 3 years ago)');
  }, 30_000);
  const errors: [string, string[], RegExp][] = [
    ['an unreadable file', ['/nonexistent/page.html', '--url', 'https://x.example/'], /cannot read \/nonexistent\/page\.html/],
    ['a missing URL', ['sample/article.html'], /missing --url/],
    ['a non-http URL', ['sample/article.html', '--url', 'javascript:alert(1)'], /must be an http\(s\) URL/],
    ['non-HTML input', [(writeFileSync(join(dir, 'x.pdf'), '%PDF-1.4\u0000binary'), join(dir, 'x.pdf')), '--url', 'https://x.example/'], /is not an HTML document/],
  ];
  for (const [what, args, message] of errors)
    it(`fails with one line on stderr for ${what}`, () => {
      const r = run(...args);
      expect(r.status).not.toBe(0);
      expect(r.stdout).toBe('');
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
    }, 30_000);
});
