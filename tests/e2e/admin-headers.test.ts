import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import type { Browser, BrowserContext, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishedBackend } from '#cms/config/render-cms-config.ts';
import { readSiteConfig } from '#src/lib/site-config.ts';
import { launchBrowser, recordedPage } from '../support/browser.ts';
import { testBuilds } from '../support/builds.ts';
import { adminLocations, adminSnippet, serveWithNginxHeaders } from '../support/nginx-headers.ts';
import type { StaticServer } from '../support/static-server.ts';

// The CMS as it runs in production: the public build served with exactly the headers of the
// nginx snippet the README includes (deploy/nginx-admin.conf), the backend of site.config.yaml
// (the demo's GitHub), and an editor who logs in. GitHub and the login service are stubbed in
// the browser: the test machine has no internet, and no request may leave it.

const site = readSiteConfig();
const backend = publishedBackend(site.cms) as { repo: string; base_url: string; auth_endpoint: string };

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await serveWithNginxHeaders(testBuilds.public, adminLocations());
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** GitHub answers cross-origin requests from the CMS; so do the stubs. */
const cors = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': '*',
  'access-control-allow-methods': '*',
  'access-control-expose-headers': '*',
};
const json = (route: Route, body: unknown) =>
  route.fulfill({ status: 200, headers: cors, contentType: 'application/json', body: JSON.stringify(body) });

/**
 * The login service and GitHub's API as far as the CMS needs them to show its collections: the
 * OAuth handshake of Decap's login window, the user, the repository with write access, empty
 * trees and no open pull requests. Returns the addresses the browser asked for.
 */
async function stubGitHub(context: BrowserContext): Promise<string[]> {
  const requested: string[] = [];
  const repo = `https://api.github.com/repos/${backend.repo}`;
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => {
    const url = route.request().url();
    requested.push(url);
    if (route.request().method() === 'OPTIONS') return route.fulfill({ status: 204, headers: cors });
    if (url.startsWith(`${backend.base_url}/${backend.auth_endpoint}?`)) {
      // What an OAuth provider for Decap sends back to the CMS window once GitHub said yes.
      return route.fulfill({
        contentType: 'text/html',
        body: `<script>
          window.addEventListener('message', (event) => {
            window.opener.postMessage('authorization:github:success:' + JSON.stringify({ token: 'test-token', provider: 'github' }), event.origin);
          });
          window.opener.postMessage('authorizing:github', '*');
        </script>`,
      });
    }
    if (url === 'https://api.github.com/user') return json(route, { login: 'redaktion', name: 'Redaktion' });
    if (url === repo)
      return json(route, { full_name: backend.repo, owner: { login: backend.repo.split('/')[0] }, permissions: { push: true } });
    if (url.startsWith(`${repo}/git/trees/`)) return json(route, { tree: [] });
    if (url.startsWith(`${repo}/pulls?`)) return json(route, []);
    return route.fulfill({ status: 404, headers: cors, body: '' });
  });
  return requested;
}

describe('the CMS under the documented nginx headers', () => {
  it('are the headers of the snippet the README includes, with what Decap needs and nothing for other pages', () => {
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain(adminSnippet);
    const [admin, ...others] = adminLocations();
    expect(others).toEqual([]);
    expect(admin?.prefix).toBe('/admin/');
    const policy = admin?.headers['Content-Security-Policy'] ?? '';
    expect(policy).toMatch(/script-src 'self' 'unsafe-eval';/);
    expect(policy).toMatch(/style-src 'self' 'unsafe-inline';/);
    expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(policy).toContain("frame-ancestors 'none'");
  });

  it('publishes the configured backend in /admin/config.yml, never a server on localhost', () => {
    const config = load(readFileSync(join(testBuilds.public, 'admin/config.yml'), 'utf8'), { schema: CORE_SCHEMA }) as { backend: unknown };
    expect(config.backend).toEqual(backend);
    expect(readFileSync(join(testBuilds.public, 'admin/config.yml'), 'utf8')).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(readFileSync(join(testBuilds.public, 'admin/index.html'), 'utf8')).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('loads, logs an editor in through the configured login service and shows the collections, without an error', async () => {
    const context = await browser.newContext();
    const requested = await stubGitHub(context);
    const { page, record } = await recordedPage(context);
    await page.goto(`${server.url}/admin/`);
    const login = page.getByRole('button', { name: 'Mit GitHub einloggen' });
    await login.waitFor({ timeout: 90_000 });
    const popup = page.waitForEvent('popup');
    await login.click();
    expect((await popup).url()).toBe(`${backend.base_url}/${backend.auth_endpoint}?provider=github&site_id=127.0.0.1&scope=repo`);
    await page.getByText('Inhaltstypen').waitFor({ timeout: 60_000 });
    await page.getByRole('link', { name: 'Organisationen' }).first().click();
    await expect.poll(() => page.getByRole('heading', { name: 'Organisationen' }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(record.consoleErrors).toEqual([]);
    expect(record.pageErrors).toEqual([]);
    // Only the login service and GitHub's API, as site.config.yaml names them.
    const origins = [...new Set(requested.map((url) => new URL(url).origin))].sort();
    expect(origins).toEqual([new URL(backend.base_url).origin, 'https://api.github.com'].sort());
    await context.close();
  });
});
