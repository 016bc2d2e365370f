// The peer GraphQL server of the side-by-side benchmark (make bench-peer): the Neo4j GraphQL
// library on Concord's own graph, with the type definitions of typeDefs.graphql, served by
// Apollo Server on the loopback interface only. It is a benchmark fixture, not a product: no
// authentication, read-only (the type definitions generate no mutations).
//
//   NEO4J_URI=neo4j://127.0.0.1:7691 NEO4J_PASSWORD=... PEER_PORT=4001 node server.mjs
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI ?? "neo4j://127.0.0.1:7691";
const user = process.env.NEO4J_USER ?? "neo4j";
const password = process.env.NEO4J_PASSWORD;
const port = Number(process.env.PEER_PORT ?? 4001);

if (!password) {
  console.error("peer: NEO4J_PASSWORD is required");
  process.exit(2);
}

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const driver = neo4j.driver(uri, neo4j.auth.basic(user, password));
await driver.verifyConnectivity();

const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();
const server = new ApolloServer({ schema });

// 127.0.0.1 only: the benchmark never reaches past this machine.
const { url } = await startStandaloneServer(server, { listen: { host: "127.0.0.1", port } });
console.log(`peer: serving on ${url} for ${uri}`);

async function shutdown() {
  await server.stop();
  await driver.close();
  process.exit(0);
}
process.on("SIGTERM", shutdown);
process.on("SIGINT", shutdown);
