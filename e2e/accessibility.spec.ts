import { expect, type Page, test } from "@playwright/test";
import { audit, canvasContrast, type Finding, summary } from "./support/accessibility-audit.ts";
import { EditorPage } from "./support/editor-page.ts";
import { InspectorPanel } from "./support/inspector-panel.ts";
import "./support/karma-window.ts";

const zone = "route53-zone/strall-com";

for (const theme of ["light", "dark"] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    async function opened(page: Page): Promise<EditorPage> {
      const editor = new EditorPage(page);
      await editor.open();
      await expect(page.locator("html")).toHaveAttribute("data-theme", theme);
      return editor;
    }

    test("the canvas, the shortcuts sheet, the finder and the Open menu have no violations", async ({
      page,
    }) => {
      const editor = await opened(page);
      const findings: Finding[] = [];
      findings.push(...(await audit(page, "sample opened")));
      findings.push(...(await canvasContrast(page, "sample opened")));

      await page.locator("body").press("?");
      await expect(page.getByTestId("shortcuts-sheet")).toBeVisible();
      findings.push(...(await audit(page, "shortcuts sheet")));
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("shortcuts-sheet")).toHaveCount(0);

      await page.keyboard.press("Control+k");
      const finder = page.getByTestId("finder");
      await expect(finder).toBeVisible();
      await page.keyboard.type("strall");
      findings.push(...(await audit(page, "finder")));
      await page.keyboard.press("Escape");
      await expect(finder).toBeHidden();

      await editor.button("Open").click();
      await expect(page.getByRole("menu")).toBeVisible();
      findings.push(...(await audit(page, "open menu")));
      await page.keyboard.press("Escape");
      await expect(page.getByRole("menu")).toBeHidden();
      expect(findings, summary(findings)).toEqual([]);
    });

    test("every tab of the inspector has no violations", async ({ page }) => {
      const editor = await opened(page);
      const inspector = new InspectorPanel(page);
      const findings: Finding[] = [];
      await editor.node(zone).click();
      await inspector.expectShowing(zone);
      findings.push(...(await audit(page, "inspector: Config")));
      // the rest of the canvas recedes, still readable
      findings.push(...(await canvasContrast(page, "lineage traced")));
      for (const tab of ["JSON", "Lineage", "Runtime"] as const) {
        await inspector.tab(tab).click();
        await expect(inspector.tab(tab)).toHaveAttribute("aria-selected", "true");
        findings.push(...(await audit(page, `inspector: ${tab}`)));
      }
      expect(findings, summary(findings)).toEqual([]);
    });

    test("the plan after an edit, the export dialog and the compare dialog have no violations", async ({
      page,
    }) => {
      const editor = await opened(page);
      const inspector = new InspectorPanel(page);
      const findings: Finding[] = [];
      await editor.node(zone).click();
      await inspector.expectShowing(zone);
      await editor.button("Plan").click();
      await inspector.setField("comment", "Zone of strall.com");
      await expect(page.getByTestId("plan-summary")).toContainText("1 to update");
      findings.push(...(await audit(page, "plan after an edit")));
      findings.push(...(await canvasContrast(page, "plan after an edit")));

      await editor.button("Export").click();
      await expect(page.getByTestId("export-dialog")).toBeVisible();
      findings.push(...(await audit(page, "export dialog")));
      await page.keyboard.press("Escape");
      await expect(page.getByTestId("export-dialog")).toHaveCount(0);

      await editor.button("Compare").click();
      const compare = page.getByTestId("compare-dialog");
      await compare.getByLabel("with").selectOption("prod");
      await compare.getByLabel("Compare").selectOption("dev");
      await expect(compare.getByTestId("compare-summary")).toContainText("different");
      findings.push(...(await audit(page, "compare dialog")));
      await page.keyboard.press("Escape");
      await expect(compare).toHaveCount(0);

      // a deleted component stays as a ghost until export, its name still readable
      await editor.node(zone).click();
      await inspector.root.getByRole("button", { name: `Delete ${zone}` }).click();
      await page
        .getByTestId("delete-dialog")
        .getByRole("button", { name: "Delete", exact: true })
        .click();
      await expect(editor.node(zone)).toHaveAttribute("data-plan", "delete");
      findings.push(...(await audit(page, "a deleted component's ghost")));
      findings.push(...(await canvasContrast(page, "a deleted component's ghost")));
      expect(findings, summary(findings)).toEqual([]);
    });
  });
}
