export default async function teardown() {
  await globalThis.__iprPostgres?.stop();
}
