import { readFileSync, writeFileSync } from "node:fs";
import { composeServices } from "@apollo/composition";
import { printSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";
import { SERVICE_MAP, subgraphSchema, type SubgraphDefinition } from "@ipr/shared";
import { SUPERGRAPH_PATH } from "@ipr/gateway";
import { SUBGRAPHS } from "./subgraphs";

/** Composes the subgraphs in-process with @apollo/composition (what `rover supergraph compose` does). */
export async function composeSupergraph(defs: SubgraphDefinition[] = SUBGRAPHS): Promise<string> {
  const services = await Promise.all(
    defs.map(async (def) => ({
      name: def.name,
      url: `http://127.0.0.1:${SERVICE_MAP[def.name]}/graphql`,
      typeDefs: parse(printSubgraphSchema(await subgraphSchema(def))),
    })),
  );
  const result = composeServices(services);
  if (result.errors) throw new Error(`composition failed:\n${result.errors.map((e) => `- ${e.message}`).join("\n")}`);
  return result.supergraphSdl;
}

/** `npm run compose` writes gateway/supergraph.graphql; `-- --check` fails when the committed file is stale. */
if (require.main === module) {
  composeSupergraph().then(
    (sdl) => {
      if (process.argv.includes("--check")) {
        if (readFileSync(SUPERGRAPH_PATH, "utf8") !== sdl) {
          console.error("gateway/supergraph.graphql is stale: run `npm run compose` and commit it");
          process.exit(1);
        }
        console.log("supergraph.graphql is up to date");
      } else {
        writeFileSync(SUPERGRAPH_PATH, sdl);
        console.log(`wrote ${SUPERGRAPH_PATH} (${defsSummary()})`);
      }
    },
    (error) => {
      console.error((error as Error).message);
      process.exit(1);
    },
  );
}

function defsSummary() {
  return SUBGRAPHS.map((d) => d.name).join(", ");
}
