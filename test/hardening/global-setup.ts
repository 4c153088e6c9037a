import { buildServer } from './harness.ts';

/** One build for the fuzz and load files; the e2e project builds its own, elsewhere in dist/. */
export default function setup() {
  buildServer();
}
