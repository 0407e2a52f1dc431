// Runs Eleventy programmatically: the site plugin and nothing else (no config file, no input templates).
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Briefing } from "../briefing/model.ts";
import sitePlugin from "./eleventy-plugin.ts";

export async function writeSite(briefing: Briefing, outDir: string): Promise<number> {
  // Eleventy needs an input folder; an empty one guarantees that no file is read as a template.
  const input = await mkdtemp(path.join(os.tmpdir(), "briefing-input-"));
  try {
    const eleventy = new Eleventy(input, outDir, {
      quietMode: true,
      configPath: false,
      config(eleventyConfig) {
        eleventyConfig.setTemplateFormats(["11ty.js"]);
        eleventyConfig.addPlugin(sitePlugin, { briefing });
      },
    });
    eleventy.disableLogger();
    const results = await eleventy.write();
    return Array.isArray(results) ? results.flat().length : 0;
  } finally {
    await rm(input, { recursive: true, force: true });
  }
}
