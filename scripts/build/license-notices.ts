import { readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import type { Plugin } from 'vite';
import { prependLine } from './prepend-line.mjs';

// A bundle that carries third-party code must carry its licence notices too. Vite's own
// `build.license` writes the notices file (THIRD-PARTY-NOTICES.md, every bundled package with its
// licence text); this plugin puts the kit's LICENSE beside it and a short `@license` comment on top
// of every chunk that contains third-party code, naming those packages and pointing at the file.
// Like the compile hint, the comment goes into the written files: the minifier would strip it.

export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.md';

/** `lit-html` for `/x/node_modules/lit-html/lit-html.js`, `@lit/context` for a scoped package. */
function packageOf(id: string): string | undefined {
  const match = /[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)[\\/]/.exec(id.split('?')[0] ?? '');
  return match?.[1]?.replace('\\', '/');
}

function licenseOf(name: string, root: string): string {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).license ?? 'see its package';
  } catch {
    return 'see its package';
  }
}

/** The Vite plugin: `LICENSE` emitted beside the chunks, an `@license` comment on each chunk that bundles a package. */
export function licenseNoticesVite({ root = process.cwd() }: { root?: string } = {}): Plugin {
  const packagesByChunk = new Map<string, string[]>();
  return {
    name: 'license-notices',
    generateBundle(_options, bundle) {
      this.emitFile({ type: 'asset', fileName: 'LICENSE', source: readFileSync(join(root, 'LICENSE'), 'utf8') });
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        const packages = [...new Set(chunk.moduleIds.map(packageOf).filter((name): name is string => Boolean(name)))].sort();
        if (packages.length) packagesByChunk.set(chunk.fileName, packages);
      }
    },
    writeBundle(options) {
      for (const [fileName, packages] of packagesByChunk) {
        const byLicense = new Map<string, string[]>();
        for (const name of packages) {
          const license = licenseOf(name, root);
          byLicense.set(license, [...(byLicense.get(license) ?? []), name]);
        }
        const named = [...byLicense].map(([license, names]) => `${license}: ${names.join(', ')}`).join('; ');
        const notices = posix.relative(posix.dirname(fileName), NOTICES_FILE);
        prependLine(join(options.dir ?? dirname(options.file ?? ''), fileName), `/*! @license ${named}. See ${notices} */`);
      }
    },
  };
}
