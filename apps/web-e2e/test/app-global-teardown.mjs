export default async function globalTeardown() {
  const state = globalThis.__LEIDRAAD_E2E__;
  if (!state) return;
  const exited = new Promise((resolve) => state.app.once('exit', resolve));
  state.app.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
  await state.database.drop();
}
