import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { webdriverio } from '@vitest/browser-webdriverio';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, findChromium, findWebKit, requestedEngines } from './scripts/test-runner/browsers.mjs';
import { miniBrowserCapabilities, startWebKitDriver } from './scripts/test-runner/webkit-launcher.mjs';

// Every story is a test (play functions are interaction tests; addon-a11y fails on any violation),
// run through Vitest browser mode in Chromium (Playwright) and in WebKit (WebKitGTK's WebDriver and
// MiniBrowser). Firefox is left out: Vitest drives it only through geckodriver, which cannot be had
// from Debian's or npm's packages without a download.
const storybook = (name: string, browser: NonNullable<TestProjectInlineConfiguration['test']>['browser']): TestProjectInlineConfiguration => ({
  extends: true,
  plugins: [storybookTest({ configDir: '.storybook' })],
  test: { name, browser },
});

export default defineConfig(async () => {
  const engines = requestedEngines();
  const projects = [
    storybook('storybook', {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS } }),
      instances: [{ browser: 'chromium' }],
    }),
  ];
  const webkit = engines.includes('webkit') ? findWebKit() : undefined;
  if (webkit) {
    const driver = await startWebKitDriver(webkit);
    process.once('exit', driver.stop);
    projects.push(
      storybook('storybook-webkit', {
        enabled: true,
        // MiniBrowser runs in Xvfb, so it is "headed" as far as Vitest knows (its WebDriver has no headless switch).
        headless: false,
        provider: webdriverio({
          hostname: '127.0.0.1',
          port: driver.port,
          capabilities: miniBrowserCapabilities(webkit),
          // Vitest names the browser "safari"; WebKitGTK's driver answers only to its own browser's name.
          transformRequest: (request) => {
            if (typeof request.body === 'string' && request.body.includes('"browserName":"safari"')) {
              return { ...request, body: request.body.replaceAll('"browserName":"safari"', '"browserName":"MiniBrowser"') };
            }
            return request;
          },
        }),
        instances: [{ browser: 'safari' }],
      }),
    );
  }
  return { test: { projects } };
});
