import { toolOptions } from "../../../src/cli/runCli";
import { eventProgress } from "../../../src/progress/eventProgress";

describe("what the command-line tools print", () => {
  it("reports progress a line a second at most, and always the last line", () => {
    const lines: string[] = [];
    const progress = eventProgress("import", (line) => lines.push(line));
    progress(100, 1000);
    progress(200, 1000); // within the same second: not shown
    progress(1000, 1000);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^import: 100\/1000 events \(10%\), \d+ events\/s$/);
    expect(lines[1]).toMatch(/^import: 1000\/1000 events \(100%\), \d+ events\/s$/);
  });

  it("says 100% of an empty log, and counts a resumed run's rate without what was done before", () => {
    const lines: string[] = [];
    eventProgress("export", (line) => lines.push(line))(0, 0);
    expect(lines).toEqual(["export: 0/0 events (100%), 0 events/s"]);
    const resumed: string[] = [];
    eventProgress("export", (line) => resumed.push(line), { already: 500 })(500, 500);
    expect(resumed[0]).toMatch(/, 0 events\/s$/);
  });

  it("reads a tool's options strictly: exit 2 and the usage after a wrong one, 0 after --help", () => {
    const written: string[] = [];
    const write = jest
      .spyOn(process.stderr, "write")
      .mockImplementation((chunk) => written.push(String(chunk)) > 0);
    try {
      const options = { out: { type: "string" } } as const;
      expect(toolOptions(options, "usage: tool --out FILE", ["--out", "a.ndjson"])).toEqual({
        values: { out: "a.ndjson", help: false },
      });
      expect(written).toEqual([]);
      expect(toolOptions(options, "usage: tool --out FILE", ["--outt", "a"])).toEqual({ exit: 2 });
      expect(written.join("")).toMatch(/^error: .*--outt[\s\S]*usage: tool --out FILE/);
      written.length = 0;
      expect(toolOptions(options, "usage: tool --out FILE", ["--help"])).toEqual({ exit: 0 });
      expect(written.join("")).toBe("usage: tool --out FILE\n");
    } finally {
      write.mockRestore();
    }
  });
});
