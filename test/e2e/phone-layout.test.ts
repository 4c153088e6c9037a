import { describe, expect, inject, it } from 'vitest';
import { openPage, browserForFile } from './browser.ts';
import { tourPages } from './page-tour.ts';

const baseURL = inject('baseURL');
const browser = browserForFile();
const PHONE = { width: 390, height: 844 };
/** Headings are short names: more lines than this means their column was squeezed. */
const MAX_HEADING_LINES = 3;

describe('on a phone-sized screen', () => {
  it('every page fits the width, and no heading is squeezed into a sliver', async () => {
    const { page, errors } = await openPage(browser(), PHONE);
    const misfits: string[] = [];
    await tourPages(page, baseURL, async (path) => {
      const { overflow, headingOverflow, headingLines } = await page.evaluate(() => {
        const heading = document.querySelector('main h1')!;
        return {
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          headingOverflow: heading.scrollWidth - heading.clientWidth,
          headingLines: Math.round(
            heading.getBoundingClientRect().height / parseFloat(getComputedStyle(heading).lineHeight),
          ),
        };
      });
      if (overflow > 0) misfits.push(`${path}: ${overflow} px wider than the screen`);
      if (headingOverflow > 0) misfits.push(`${path}: heading ${headingOverflow} px wider than its box`);
      if (headingLines > MAX_HEADING_LINES) misfits.push(`${path}: heading squeezed into ${headingLines} lines`);
    });
    expect(misfits).toEqual([]);
    expect(errors).toEqual([]);
  });
});
