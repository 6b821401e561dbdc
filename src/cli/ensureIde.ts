/**
 * prestart: builds GraphiQL and the explorer (npm run build:ide) unless dist/ide was built from
 * ide/ as it is, in one line of progress.
 */
import { ensureIdeBuilt } from "../server/ideAssets";

const tty = process.stdout.isTTY;
process.exitCode = ensureIdeBuilt({
  building: () =>
    process.stdout.write(
      `[ide] building GraphiQL and the explorer (ide/ changed)...${tty ? "" : "\n"}`,
    ),
  built: (seconds) =>
    process.stdout.write(`${tty ? " " : "[ide] "}built in ${seconds.toFixed(1)}s\n`),
})
  ? 0
  : 1;
