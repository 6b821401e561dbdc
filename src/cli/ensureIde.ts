/** prestart: builds GraphiQL (npm run build:ide) when dist/ide is missing or older than ide/. */
import { ensureIdeBuilt } from "../server/ideAssets";

process.exitCode = ensureIdeBuilt((line) => console.log(`[ide] ${line}`)) ? 0 : 1;
