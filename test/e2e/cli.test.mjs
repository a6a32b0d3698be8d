// The emulator's command exactly as the README writes it, and its server's safety: malformed
// escapes and paths that climb out of its folder.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const README_WIDGET = 'http://localhost:5173/widget.html';

/** Runs `npx b24-call-card-emulator …args` in the repository; resolves with its output once `until` matches it, or once it exits. */
function run(args, until) {
  // Its own process group: npx runs the emulator as a child, and stopping npx alone would leave it serving.
  const child = spawn('npx', ['b24-call-card-emulator', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  child.stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let output = '';
  return new Promise((done, failed) => {
    const timer = setTimeout(() => {
      child.stop();
      failed(new Error(`timed out; output so far:\n${output}`));
    }, 30_000);
    const read = (chunk) => {
      output += chunk;
      if (until && until.test(output)) {
        clearTimeout(timer);
        done({ child, output });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ child, output, code });
    });
  });
}

describe('npx b24-call-card-emulator, as the README writes it', () => {
  it('starts with just the widget URL (no --port), prints its address, and serves the emulator', async () => {
    const { child, output } = await run([README_WIDGET], /Call card emulator: (\S+)/);
    try {
      const address = /Call card emulator: (\S+)/.exec(output)[1];
      const url = new URL(address);
      assert.equal(url.searchParams.get('widget'), README_WIDGET);
      const page = await fetch(address);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Bitrix24 call card emulator/);
      // Safe to run: a malformed escape is a 400, not a crash; no path climbs out of its folder.
      assert.equal((await fetch(`${url.origin}/%E0%A4%A`)).status, 400);
      for (const path of ['/..%2f..', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/..%2f..%2f..%2fpackage.json']) {
        assert.equal((await fetch(`${url.origin}${path}`)).status, 404, path);
      }
      assert.equal((await fetch(address)).status, 200, 'still serving');
    } finally {
      child.stop();
    }
  });

  it('refuses what is not an http(s) widget, and says how to call it', async () => {
    const script = await run(['javascript:alert(1)']);
    assert.equal(script.code, 2);
    assert.match(script.output, /must be an http\(s\) page/);
    const none = await run([]);
    assert.equal(none.code, 2);
    assert.match(none.output, /Usage: b24-call-card-emulator <widget-url>/);
  });
});
