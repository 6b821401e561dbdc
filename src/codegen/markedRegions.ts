/**
 * Regions of a hand-written file that a generator rewrites: between a line
 * `<!-- generated: NAME ... -->` and a line `<!-- end generated: NAME -->`. Everything else is
 * left as it is.
 */
function markers(name: string) {
  return {
    begin: new RegExp(`^<!-- generated: ${name}\\b.*-->$`, "m"),
    end: new RegExp(`^<!-- end generated: ${name} -->$`, "m"),
  };
}

/** The text with the region's content replaced; throws when the file lacks its markers. */
export function replaceRegion(text: string, name: string, content: string): string {
  const { begin, end } = markers(name);
  const start = begin.exec(text);
  const finish = end.exec(text);
  if (!start || !finish || finish.index < start.index) {
    throw new Error(
      `no region "${name}": mark it with <!-- generated: ${name} --> and <!-- end generated: ${name} -->`,
    );
  }
  const head = text.slice(0, start.index + start[0].length);
  return `${head}\n${content.trim()}\n${text.slice(finish.index)}`;
}

/** The content of a region, without its markers (undefined when the file has none). */
export function regionOf(text: string, name: string): string | undefined {
  const { begin, end } = markers(name);
  const start = begin.exec(text);
  const finish = end.exec(text);
  if (!start || !finish) return undefined;
  return text.slice(start.index + start[0].length, finish.index).trim();
}
