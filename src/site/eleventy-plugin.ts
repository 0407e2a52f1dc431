// The Eleventy plugin: one virtual 11ty.js template paginated over the site's files. Nothing from
// an article passes through a template engine: every file is rendered by our own escaping code.
import type { Briefing } from "../briefing/model.ts";
import { siteFiles } from "./pages.ts";

export interface SitePluginOptions {
  /** The booklet to render, made by the content, analysis and briefing stages. */
  briefing: Briefing;
  /** Render only the files of these output paths (`briefing serve`, after an edit); all when absent. */
  only?: ReadonlySet<string>;
}

interface EleventyConfig {
  addTemplate(path: string, content: unknown, data?: Record<string, unknown>): void;
}

export default function sitePlugin(eleventyConfig: EleventyConfig, options: SitePluginOptions): void {
  const only = options.only;
  const files = siteFiles(options.briefing).filter((f) => !only || only.has(f.outputPath));
  eleventyConfig.addTemplate(
    "briefing-site.11ty.js",
    {
      render: (data: { file: { index: number } }) => files[data.file.index]!.render(),
    },
    {
      briefingFiles: files.map((f, index) => ({ index, outputPath: f.outputPath })),
      pagination: { data: "briefingFiles", size: 1, alias: "file" },
      permalink: (data: { file: { outputPath: string } }) => data.file.outputPath,
      eleventyExcludeFromCollections: true,
    },
  );
}
