// A @web/test-runner command that renders a card with `renderCallCard` in this Node process, as a
// widget's server does: browser tests load its HTML and check what the browser shows of it. The
// server module is bundled from the sources on first use (the tests run before `npm run build`).
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const OUT_DIR = 'node_modules/.cache/b24-server-render';

let loading;
function loadServerModule() {
  loading ??= (async () => {
    rmSync(OUT_DIR, { recursive: true, force: true });
    await build({
      entryPoints: ['src/server/index.ts'],
      outdir: OUT_DIR,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      logLevel: 'error',
    });
    return import(pathToFileURL(`${OUT_DIR}/index.js`).href);
  })();
  return loading;
}

export function serverRenderPlugin() {
  return {
    name: 'server-render',
    async executeCommand({ command, payload }) {
      if (command !== 'render-call-card') return undefined;
      const { renderCallCard } = await loadServerModule();
      try {
        return { html: await renderCallCard(payload?.post ?? {}, payload?.options) };
      } catch (error) {
        return { error: `${error.name}: ${error.message}` };
      }
    },
  };
}
