// Every relative link in the repository's Markdown must lead somewhere inside it: on GitHub, on npm
// and in node_modules, a link to ../shared or to a file that moved is a dead end for the reader.
import { it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const documents = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '*.md', '*.mdx'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\n').filter(Boolean);

/** Inline links and images, reference definitions and HTML `src`/`href`, outside code blocks. */
function linksIn(markdown) {
  const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
  return [
    ...[...prose.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((match) => match[1]),
    ...[...prose.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((match) => match[1]),
    ...[...prose.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1]),
  ];
}

const anchors = new Map();
/** GitHub's heading anchors: lower case, punctuation dropped, spaces as hyphens (read once per file). */
function anchorsOf(file) {
  if (!anchors.has(file)) {
    const headings = readFileSync(file, 'utf8').replace(/^```[\s\S]*?^```/gm, '').matchAll(/^#{1,6}\s+(.+)$/gm);
    anchors.set(file, new Set([...headings].map(([, text]) => text.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-'))));
  }
  return anchors.get(file);
}

it('every relative Markdown link in the repository leads to a file (and heading) inside it', () => {
  assert.ok(documents.includes('README.md') && documents.includes('docs/host-facts.md'), documents.join(' '));
  const dead = [];
  let checked = 0;
  for (const document of documents) {
    const markdown = readFileSync(join(ROOT, document), 'utf8');
    if (markdown.includes('../shared')) dead.push(`${document}: mentions ../shared, which is not in the repository`);
    for (const link of linksIn(markdown)) {
      if (/^[a-z][\w+.-]*:/i.test(link)) continue; // https:, mailto: and the like
      checked += 1;
      const [path = '', anchor] = link.split('#');
      const target = path ? resolve(dirname(join(ROOT, document)), decodeURI(path)) : join(ROOT, document);
      if (relative(ROOT, target).startsWith('..')) dead.push(`${document}: ${link} leaves the repository`);
      else if (!existsSync(target)) dead.push(`${document}: ${link} does not exist`);
      else if (anchor && statSync(target).isFile() && /\.mdx?$/.test(target) && !anchorsOf(target).has(anchor)) dead.push(`${document}: ${link} has no such heading`);
    }
  }
  assert.ok(checked > 5, `only ${checked} relative links found`);
  assert.deepEqual(dead, []);
});
