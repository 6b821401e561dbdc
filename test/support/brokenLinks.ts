import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import GithubSlugger from "github-slugger";
import MarkdownIt from "markdown-it";

/** Parsed as GitHub renders it: HTML comments (the snippet markers) are HTML, not text. */
const markdown = new MarkdownIt({ html: true });

export interface BrokenLink {
  /** The Markdown file the link is in. */
  file: string;
  line: number;
  href: string;
  why: string;
}

interface MarkdownLink {
  line: number;
  href: string;
}

/** The links and images of a Markdown text, with their lines, and its headings' anchors. */
function linksAndAnchors(text: string): { links: MarkdownLink[]; anchors: Set<string> } {
  const tokens = markdown.parse(text, {});
  const slugger = new GithubSlugger();
  const links: MarkdownLink[] = [];
  const anchors = new Set<string>();
  // A table cell's inline token has no line of its own: its row's is the last one seen.
  let line = 1;
  tokens.forEach((token, i) => {
    if (token.map) line = token.map[0] + 1;
    if (token.type === "heading_open") {
      const heading = tokens[i + 1]!;
      // The anchor GitHub gives a heading is the slug of its text, code spans without backticks.
      const words = (heading.children ?? []).filter(
        (c) => c.type === "text" || c.type === "code_inline",
      );
      anchors.add(slugger.slug(words.map((c) => c.content).join("")));
    }
    if (token.type !== "inline") return;
    for (const child of token.children ?? []) {
      const href =
        child.type === "link_open"
          ? child.attrGet("href")
          : child.type === "image"
            ? child.attrGet("src")
            : null;
      if (href) links.push({ line, href: String(href) });
    }
  });
  return { links, anchors };
}

const anchorsByFile = new Map<string, Set<string>>();

function anchorsOf(file: string): Set<string> {
  let anchors = anchorsByFile.get(file);
  if (!anchors) {
    anchors = linksAndAnchors(readFileSync(file, "utf8")).anchors;
    anchorsByFile.set(file, anchors);
  }
  return anchors;
}

/**
 * The relative links of a Markdown file (and its images) that lead nowhere: to a file or folder
 * that does not exist, or to an anchor that no heading of the target Markdown file has. Links with
 * a scheme (https:, http://127.0.0.1:4000/...) are not followed.
 */
export function brokenLinks(file: string, text = readFileSync(file, "utf8")): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const { links, anchors } = linksAndAnchors(text);
  for (const { line, href } of links) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
    const [target = "", fragment] = href.split("#", 2) as [string, string | undefined];
    const targetFile = target === "" ? file : path.resolve(path.dirname(file), decodeURI(target));
    if (target !== "" && !existsSync(targetFile)) {
      broken.push({
        file,
        line,
        href,
        why: `no such file: ${path.relative(path.dirname(file), targetFile)}`,
      });
      continue;
    }
    if (fragment === undefined) continue;
    if (!targetFile.endsWith(".md")) {
      broken.push({ file, line, href, why: "an anchor into a file that is not Markdown" });
      continue;
    }
    const known = target === "" ? anchors : anchorsOf(targetFile);
    if (!known.has(fragment))
      broken.push({ file, line, href, why: `no heading with the anchor #${fragment}` });
  }
  return broken;
}
