import type { Page } from 'playwright-core';

/** Everything the origin keeps in the browser, read as an attacker with the computer would. */
export interface BrowserStorageDump {
  /** Every readable string: localStorage, sessionStorage, document.cookie, IndexedDB values, Cache Storage bodies. */
  texts: string[];
  /** What any AES-GCM key found in IndexedDB decrypts any byte string found there to (tried with and without the store's additional data). */
  decrypted: string[];
  /** Names of the IndexedDB databases and how many records each holds. */
  databases: Record<string, number>;
  /** Whether every key found refused to be exported. */
  keysExtractable: boolean[];
  cacheEntries: number;
}

/** Reads localStorage, sessionStorage, cookies, every IndexedDB database and Cache Storage in the page. */
export async function dumpBrowserStorage(page: Page): Promise<BrowserStorageDump> {
  const inPage = await page.evaluate(async () => {
    const texts: string[] = [];
    const decoder = new TextDecoder('utf-8', { fatal: false });
    const bytesOf = (value: unknown): Uint8Array | undefined =>
      value instanceof ArrayBuffer
        ? new Uint8Array(value)
        : ArrayBuffer.isView(value)
          ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
          : undefined;
    for (const storage of [localStorage, sessionStorage]) {
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i) as string;
        texts.push(key, storage.getItem(key) ?? '');
      }
    }
    texts.push(document.cookie);

    const keys: CryptoKey[] = [];
    const blobs: Uint8Array[] = [];
    const contexts: string[] = [];
    const walk = (value: unknown): void => {
      if (value instanceof CryptoKey) {
        keys.push(value);
      } else if (typeof value === 'string') {
        texts.push(value);
      } else if (bytesOf(value)) {
        const bytes = bytesOf(value) as Uint8Array;
        blobs.push(bytes);
        texts.push(decoder.decode(bytes));
      } else if (Array.isArray(value)) {
        value.forEach(walk);
      } else if (value && typeof value === 'object') {
        Object.values(value).forEach(walk);
      }
    };
    const databases: Record<string, number> = {};
    for (const info of await indexedDB.databases()) {
      const name = info.name as string;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      let count = 0;
      for (const storeName of Array.from(db.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        count += values.length;
        for (const value of values) {
          walk(value);
          // The store's additional data is in the source: an attacker would try it.
          const record = value as { staffId?: string; binding?: string; name?: string };
          if (record.staffId && record.binding) contexts.push(`leidraad.draft|${record.staffId}|${record.binding}|`);
          if (record.name) contexts.push(record.name);
        }
      }
      db.close();
      databases[name] = count;
    }

    const decrypted: string[] = [];
    const keysExtractable: boolean[] = [];
    for (const key of keys) {
      keysExtractable.push(
        await crypto.subtle.exportKey('raw', key).then(
          () => true,
          () => false,
        ),
      );
      const names = contexts.filter((c) => !c.startsWith('leidraad.draft|'));
      const prefixes = contexts.filter((c) => c.startsWith('leidraad.draft|'));
      const aads = [undefined, ...prefixes.flatMap((prefix) => names.map((name) => prefix + name))];
      for (const iv of blobs.filter((b) => b.length === 12)) {
        for (const data of blobs.filter((b) => b.length > 16)) {
          for (const aad of aads) {
            const params: AesGcmParams = { name: 'AES-GCM', iv: iv as BufferSource };
            if (aad) params.additionalData = new TextEncoder().encode(aad);
            const plain = await crypto.subtle.decrypt(params, key, data as BufferSource).catch(() => undefined);
            if (plain) decrypted.push(decoder.decode(plain));
          }
        }
      }
    }

    let cacheEntries = 0;
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        cacheEntries += 1;
        texts.push(request.url, (await (await cache.match(request))?.text()) ?? '');
      }
    }
    return { texts, decrypted, databases, keysExtractable, cacheEntries };
  });
  const cookies = await page.context().cookies();
  return { ...inPage, texts: [...inPage.texts, ...cookies.flatMap((cookie) => [cookie.name, cookie.value])] };
}

/** Whether `marker` can be read anywhere in the dump, in plain text or by decrypting. */
export function holds(dump: BrowserStorageDump, marker: string): boolean {
  return [...dump.texts, ...dump.decrypted].some((text) => text.includes(marker));
}
