// WebKit for the tests: WebKitGTK's WebDriver under xvfb-run on a free port, driving MiniBrowser.
// webkitLauncher() is a @web/test-runner launcher (over @web/test-runner-webdriver, WebDriver classic);
// startWebKitDriver() serves Vitest's webdriverio provider for the Storybook tests.
import { spawn } from 'node:child_process';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { freePort } from './free-port.mjs';

async function waitForDriver(port, child, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${child.exitCode} before it was ready.`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok && (await response.json()).value?.ready !== false) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port} within ${timeoutMs} ms.`);
}

/** Starts WebKitWebDriver under xvfb-run on a free port; `stop()` ends it with Xvfb and MiniBrowser. */
export async function startWebKitDriver(paths) {
  const port = await freePort();
  // Its own process group, so that stopping it also stops Xvfb and MiniBrowser.
  const child = spawn(paths.xvfbRun, ['-a', '-s', '-screen 0 1280x1024x24', paths.driver, `--port=${port}`], { detached: true, stdio: 'ignore' });
  child.unref();
  const stop = () => {
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  try {
    await waitForDriver(port, child);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, stop };
}

/** WebDriver capabilities for MiniBrowser in automation mode. */
export function miniBrowserCapabilities(paths, { darkMode = false } = {}) {
  return {
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: paths.miniBrowser, args: ['--automation', ...(darkMode ? ['--dark-mode'] : [])] },
  };
}

class WebKitGtkLauncher extends WebdriverLauncher {
  #paths;
  #driver;

  constructor(paths, { darkMode = false } = {}) {
    super({ hostname: '127.0.0.1', port: 0, logLevel: 'error', capabilities: { browserName: 'MiniBrowser', ...miniBrowserCapabilities(paths, { darkMode }) } });
    this.#paths = paths;
  }

  async initialize(config, testFiles) {
    this.#driver = await startWebKitDriver(this.#paths);
    this.options.port = this.#driver.port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.#driver?.stop();
  }
}

/** A launcher for WebKitGTK's MiniBrowser; `darkMode` starts it with a dark system theme. */
export function webkitLauncher(paths, options) {
  return new WebKitGtkLauncher(paths, options);
}
