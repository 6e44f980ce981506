import { expect, test } from "@playwright/test";
import { PAGES } from "../tests/access/pages";
import { expectAccessible } from "./customer-flows";
import { ADMIN, signInAsStaff } from "./fixtures/auth";
import { seedAccessData } from "./fixtures/access";

// Issue 15 item 3: support staff answer chats on phones and tablets. Every staff and admin page
// (taken from the access declarations, so a new page is checked without editing this file), at a
// phone's 390 px and a laptop's 1280 px: nothing scrolls sideways (wide tables scroll inside their
// own box), and axe finds no serious or critical problem. Screenshots are kept.

const STAFF_PAGES = Object.entries(PAGES).filter(([route]) => /^\/(support|admin)(\/|$)/.test(route));

for (const width of [390, 1280]) {
  test(`every staff page at ${width} px: no sideways scroll, accessible`, async ({ page }, testInfo) => {
    test.setTimeout(600_000);
    const { ids } = await seedAccessData();
    await page.setViewportSize({ width, height: 900 });
    await signInAsStaff(page, ADMIN, "/admin");
    const wide: string[] = [];
    for (const [route, declaration] of STAFF_PAGES) {
      const response = await page.goto(declaration.url(ids));
      expect(response?.status(), route).toBe(200);
      // The widest offenders, innermost first: what to fix when this fails.
      const overflow = await page.evaluate(() => {
        const inner = window.innerWidth;
        if (document.documentElement.scrollWidth <= inner) return [];
        // Content inside a box that scrolls or clips (a wide table) is not what widens the page.
        const clipped = (el: Element) => {
          for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
            if (getComputedStyle(p).overflowX !== "visible") return true;
          return false;
        };
        return [...document.querySelectorAll("body *")]
          .filter((el) => el.getBoundingClientRect().right > inner + 1 && !clipped(el))
          .filter((el) => ![...el.children].some((c) => c.getBoundingClientRect().right > inner + 1))
          .slice(0, 3)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}.${[...el.classList].slice(0, 4).join(".")} "${(el.textContent ?? "").slice(0, 40)}"`,
          );
      });
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth);
      if (overflow.length) wide.push(`${route}: ${scroll} px wide, by ${overflow.join(" | ")}`);
      await testInfo.attach(`${route.replace(/[^a-z]+/gi, "-")}-${width}.png`, {
        body: await page.screenshot({ fullPage: true }),
        contentType: "image/png",
      });
      await expectAccessible(page);
    }
    expect(wide).toEqual([]);
  });
}
