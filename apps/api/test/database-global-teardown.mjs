export default async function globalTeardown() {
  await globalThis.__LEIDRAAD_TEST_DB__?.drop();
  await globalThis.__LEIDRAAD_TEST_ROLE__?.drop();
}
