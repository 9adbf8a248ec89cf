import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { bounded, checkLoopback, LIMITS, parseFault } from "./options";
import { startOwnPlatform, type OwnPlatform } from "./platform";
import { formatReport } from "./report";
import { runLoad } from "./run";
import { describeError } from "../launcher/errors";

const USAGE = `npm run load -- [--clients 40] [--duration 60] [--url http://127.0.0.1:4000/graphql]
                   [--fault kill:<subgraph> | stop:<subgraph>[:seconds] | pg-restart] [--at <seconds>]
                   [--start] [--json report.json]
  --start   run against a platform of its own (launcher on free ports, embedded PostgreSQL in .data/load-pg)`;

const ROOT = join(__dirname, "..", "..", "..");
const say = (m: string) => console.log(`[load] ${m}`);

async function main() {
  const { values } = parseArgs({
    options: {
      clients: { type: "string" }, duration: { type: "string" }, url: { type: "string" }, fault: { type: "string" },
      at: { type: "string" }, start: { type: "boolean", default: false }, json: { type: "string" }, help: { type: "boolean", default: false },
    },
  });
  if (values.help) return console.log(USAGE);
  const durationS = bounded("duration", values.duration, 60, LIMITS.durationS);
  const opts = {
    url: checkLoopback(values.url ?? "http://127.0.0.1:4000/graphql"),
    clients: Math.round(bounded("clients", values.clients, 40, LIMITS.clients)),
    durationS,
    fault: values.fault ? parseFault(values.fault) : undefined,
    faultAtS: values.at === undefined ? undefined : bounded("at", values.at, 0, durationS),
    start: values.start ?? false,
  };
  let platform: OwnPlatform | undefined;
  const stopPlatform = async () => {
    if (!platform) return;
    const stopped = await platform.stop();
    platform = undefined;
    say(`platform stopped (launcher exit ${stopped.exitCode}); ${stopped.leftovers.length ? `LEFT RUNNING: ${stopped.leftovers.join(", ")}` : "no process left behind"}`);
  };
  process.once("SIGINT", () => void stopPlatform().then(() => process.exit(130)));
  try {
    if (opts.start) {
      say("starting a platform of its own through the launcher (own ports, embedded PostgreSQL in .data/load-pg)");
      platform = await startOwnPlatform({ dataDir: join(ROOT, ".data", "load-pg"), log: say });
      opts.url = platform.url;
      say(`platform up at ${platform.url} (launcher log ${platform.logFile})`);
    }
    const report = await runLoad({ ...opts, stateFile: platform?.stateFile }, say);
    const restarts = platform?.output.filter((l) => / restarting in | restarted /.test(l)) ?? [];
    console.log(`\n${formatReport(report)}${restarts.length ? `\nlauncher:\n  ${restarts.join("\n  ")}` : ""}\n`);
    if (values.json) writeFileSync(values.json, `${JSON.stringify({ ...report, launcher: restarts }, null, 2)}\n`);
    await stopPlatform();
    process.exitCode = report.writes.readBack.lost ? 1 : 0;
  } catch (error) {
    await stopPlatform();
    throw error;
  }
}

main().catch((error) => {
  console.error(`[load] ${describeError(error)}`);
  process.exit(2);
});
