/**
 * What the build of GraphiQL and the explorer (npm run build:ide) is made from, relative to the
 * project: ide/, and the pure modules of src/ that its pages import (the explorer says world time
 * with the domain's own module). A rebuild is due when any of them changed; a unit test
 * (test/unit/ide/ideSources.test.ts) fails when ide/ imports a file outside this list.
 */
export const IDE_SOURCES: readonly string[] = ["ide", "src/domain/WorldTime.ts"];
