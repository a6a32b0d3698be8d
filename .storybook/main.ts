import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own getting-started checklist is for a new Storybook project, not for this kit's readers.
  features: { sidebarOnboardingChecklist: false },
  async viteFinal(viteConfig) {
    // One copy of Lit, whatever the tooling pulls in.
    viteConfig.resolve = { ...viteConfig.resolve, dedupe: ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/context'] };
    // Storybook's renderer imports lit/directive-helpers.js; pre-bundle it with lit so both share one lit-html.
    const include = viteConfig.optimizeDeps?.include ?? [];
    viteConfig.optimizeDeps = { ...viteConfig.optimizeDeps, include: [...include, 'lit', 'lit/directive-helpers.js', 'lit/directives/repeat.js', 'lit/directives/guard.js', 'lit/async-directive.js', '@lit/context'] };
    return viteConfig;
  },
};

export default config;
