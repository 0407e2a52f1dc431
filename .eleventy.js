// Thin Eleventy entry, for running plain `npx @11ty/eleventy`: it loads content/ through the same
// stages as `briefing build` and hands the booklet to the site plugin in src/. The `briefing`
// command does not read this file; it adds validation reports, a safe output swap and search.
import { register } from "tsx/esm/api";

register();
const { prepareBriefing } = await import("./src/pipeline.ts");
const { default: sitePlugin } = await import("./src/site/eleventy-plugin.ts");

export default async function (eleventyConfig) {
  const { briefing } = await prepareBriefing({ contentDir: "content", skipInvalid: false });
  if (!briefing) throw new Error("content/ has errors: run `npx briefing check` to list them");
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  eleventyConfig.addPlugin(sitePlugin, { briefing });
}

export const config = { dir: { input: "src/site/eleventy-input", output: "_site" } };
