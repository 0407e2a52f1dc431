// Prints the figure scores of one annotated Wikinews part, and with --misses every miss:
//   npx tsx tests/quality/wikinews-figures-report.ts heldout [--misses]
import { figureSummary, loadFigurePart, scoreFigurePart } from "./wikinews-figures-eval.ts";

const args = process.argv.slice(2);
const part = args.find((a) => !a.startsWith("--")) ?? "heldout";
const s = scoreFigurePart(loadFigurePart(part));
console.log(figureSummary(part, s));
if (args.includes("--misses")) for (const m of s.misses) console.log(`- ${m}`);
