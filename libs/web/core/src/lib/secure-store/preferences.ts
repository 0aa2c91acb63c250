/**
 * What the web keeps in `localStorage`: preferences only, never case content — the language
 * (`leidraad.language`) and whether someone has seen the call-screen tour
 * (`leidraad.tour.call.seen.<staff id>`). Anything with case content goes through
 * `SecureDraftStore` or nowhere.
 *
 * The API's `Clear-Site-Data` at sign-out or an ended session wipes all of `localStorage`; these
 * few keys are put back afterwards, so the next person still gets the language the computer had.
 */
const PREFERENCE_KEY = /^leidraad\.(language|tour\.[\w.-]+)$/;

export type PreferenceSnapshot = readonly (readonly [string, string])[];

export function snapshotPreferences(): PreferenceSnapshot {
  try {
    const storage = globalThis.localStorage;
    if (!storage) return [];
    return Object.keys(storage)
      .filter((key) => PREFERENCE_KEY.test(key))
      .map((key) => [key, storage.getItem(key) ?? ''] as const);
  } catch {
    return [];
  }
}

export function restorePreferences(snapshot: PreferenceSnapshot): void {
  try {
    for (const [key, value] of snapshot) globalThis.localStorage?.setItem(key, value);
  } catch {
    // Storage switched off: nothing to put back.
  }
}

/** Runs a request that may answer `Clear-Site-Data`, and puts the preferences back after it, whatever the outcome. */
export async function keepingPreferences<T>(work: () => Promise<T>): Promise<T> {
  const snapshot = snapshotPreferences();
  try {
    return await work();
  } finally {
    restorePreferences(snapshot);
  }
}
