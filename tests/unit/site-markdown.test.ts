// Article Markdown as the pages show it: headings under the page's own, in order; tables whose
// header cells name their column; raw HTML shown as text.
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/site/markdown.ts";

const headings = (html: string) => [...html.matchAll(/<(h\d)>([^<]*)<\/\1>/g)].map((m) => `${m[1]} ${m[2]}`);

describe("article Markdown", () => {
  it("puts the text's highest heading under the page's title, and never skips a level", () => {
    expect(headings(renderMarkdown("# Background\n\nText.\n\n### Casualties\n\n## Reactions\n"))).toEqual(["h2 Background", "h3 Casualties", "h3 Reactions"]);
    expect(headings(renderMarkdown("### Only a third-level heading\n"))).toEqual(["h2 Only a third-level heading"]);
    expect(headings(renderMarkdown("## In print\n\n#### Below it\n", 3))).toEqual(["h3 In print", "h4 Below it"]);
    expect(headings(renderMarkdown("# 1\n\n## 2\n\n### 3\n\n#### 4\n\n##### 5\n\n###### 6\n", 3))).toEqual(["h3 1", "h4 2", "h5 3", "h6 4", "h6 5", "h6 6"]);
  });

  it("gives a table's header cells a column scope, and shows raw HTML as text", () => {
    const html = renderMarkdown("| Region | Dead |\n| --- | --- |\n| North | 12 |\n\n<script>alert(1)</script>\n");
    expect(html).toContain('<th scope="col">Region</th>');
    expect(html).toContain('<th scope="col">Dead</th>');
    expect(html).toContain("<td>12</td>");
    expect(html).toContain("&lt;script&gt;");
    expect(html).not.toContain("<script>");
  });
});
