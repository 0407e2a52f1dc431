// Runs Eleventy programmatically and keeps what it renders in memory: the site plugin and nothing
// else (no config file, no input templates). The files are written by the output folder's owner
// (src/output-folder.ts), which writes only those that changed since the last build.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import type { Briefing } from "../briefing/model.ts";
import sitePlugin from "./eleventy-plugin.ts";

export interface RenderedFile {
  /** Path below the output folder, with forward slashes. */
  path: string;
  content: string;
}

/** Every file of the site, or with `only` the files of those output paths. */
export async function renderSite(briefing: Briefing, only?: ReadonlySet<string>): Promise<RenderedFile[]> {
  // Eleventy needs an input folder; an empty one guarantees that no file is read as a template
  const input = await mkdtemp(path.join(os.tmpdir(), "briefing-input-"));
  const out = path.join(input, "_out"); // named only: toJSON writes nothing
  try {
    const eleventy = new Eleventy(input, out, {
      quietMode: true,
      configPath: false,
      config(eleventyConfig) {
        eleventyConfig.setTemplateFormats(["11ty.js"]);
        eleventyConfig.addPlugin(sitePlugin, { briefing, only });
      },
    });
    eleventy.disableLogger();
    const results = (await eleventy.toJSON()) as { outputPath: string; content: string }[];
    return results.map((r) => ({ path: path.relative(out, r.outputPath).split(path.sep).join("/"), content: r.content }));
  } finally {
    await rm(input, { recursive: true, force: true });
  }
}
