import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';
import { tourPages } from './page-tour.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();

describe('Content-Security-Policy in a real browser', () => {
  it('holds on every page with no violation: no inline script, styles set only through the CSSOM', async () => {
    const { page, errors } = await openPage(browser());
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
    });
    await tourPages(page, baseURL, (path, document) => {
      expect(document?.headers()['content-security-policy'], path).toContain("script-src 'self'");
    });
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
  });
});
