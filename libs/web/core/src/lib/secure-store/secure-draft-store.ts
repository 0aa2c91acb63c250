import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { BrowserSession } from '@leidraad/shared/domain';
import {
  idbClear,
  idbDelete,
  idbGet,
  idbGetAll,
  idbPut,
  openSecureDb,
  SECURE_DB_NAME,
  type StoredKey,
  type StoredRecord,
} from './secure-db';

/** What a caller with a synchronous storage API (e.g. `Autosave`) gets: one record, read once, written behind. */
export type DraftStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** The session the key belongs to, checked on every open. */
interface OpenStore {
  db: IDBDatabase;
  key: CryptoKey;
  session: BrowserSession;
}

/**
 * The one place where the web keeps anything of a case in the browser (pseudonymisation rule 10):
 * text that the server does not have yet, so that a reload or a dropped connection loses nothing.
 *
 * - Every record is encrypted with AES-GCM under a key that cannot be exported, created for this
 *   session and kept in IndexedDB (never in localStorage or a cookie); the record's name, the staff
 *   id and the session binding are its additional data, so a record moved or replayed elsewhere
 *   does not decrypt.
 * - The key belongs to one session (`GET /api/auth/session`): another staff member, another
 *   session of the same one, or a session past its absolute end finds no key and nothing to read —
 *   everything is destroyed first.
 * - `destroy()` drops the key and every record: at sign-out, on a 401, on the sign-in page, and when
 *   the session reaches its absolute end while the page is open. The API's `Clear-Site-Data` at
 *   sign-out does the same from the other side.
 * - Without Web Crypto or IndexedDB (an insecure origin, a locked-down browser) nothing is kept:
 *   crash-safety is lost, privacy is not.
 */
@Injectable({ providedIn: 'root' })
export class SecureDraftStore {
  private readonly http = inject(HttpClient);
  private opening: Promise<OpenStore | undefined> | undefined;
  /** Writes and removals of one record, in the order they were asked for. */
  private readonly queues = new Map<string, Promise<void>>();
  private expiryTimer: ReturnType<typeof setTimeout> | undefined;

  /** The text kept under `name` in this session, or undefined (none, another session, expired, tampered with). */
  async get(name: string): Promise<string | undefined> {
    const store = await this.open();
    if (!store) return undefined;
    await this.queues.get(name);
    const record = await idbGet<StoredRecord>(store.db, 'records', name);
    if (!record) return undefined;
    if (record.expiresAt <= Date.now()) {
      await idbDelete(store.db, 'records', name);
      return undefined;
    }
    try {
      const plain = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: record.iv, additionalData: additionalData(store.session, name) },
        store.key,
        record.data,
      );
      return new TextDecoder().decode(plain);
    } catch {
      // Not ours (another key, another name): unreadable, so gone.
      await idbDelete(store.db, 'records', name);
      return undefined;
    }
  }

  /** Keeps `text` under `name`, encrypted; calls for one name take effect in order. */
  put(name: string, text: string): Promise<void> {
    return this.enqueue(name, async (store) => {
      const iv = crypto.getRandomValues(new Uint8Array(new ArrayBuffer(12)));
      const data = await crypto.subtle.encrypt(
        { name: 'AES-GCM', iv, additionalData: additionalData(store.session, name) },
        store.key,
        new TextEncoder().encode(text),
      );
      await idbPut<StoredRecord>(store.db, 'records', { name, iv, data, expiresAt: Date.parse(store.session.expiresAt) });
    });
  }

  remove(name: string): Promise<void> {
    return this.enqueue(name, (store) => idbDelete(store.db, 'records', name));
  }

  /**
   * A synchronous view of one record for code that expects `Storage`: what was kept is read now,
   * later writes go to the encrypted store behind it. Writes coalesce — while one is under way only
   * the newest value waits — so typing fast never builds a queue that a reload would cut off.
   */
  async storage(name: string): Promise<DraftStorage> {
    let current = (await this.get(name)) ?? null;
    /** The value still to be written: a text, null for a removal, undefined for nothing. */
    let waiting: string | null | undefined;
    let writing = false;
    const writeBehind = async (): Promise<void> => {
      if (writing) return;
      writing = true;
      try {
        while (waiting !== undefined) {
          const value = waiting;
          waiting = undefined;
          await (value === null ? this.remove(name) : this.put(name, value)).catch(() => undefined);
        }
      } finally {
        writing = false;
      }
    };
    const keep = (value: string | null) => {
      current = value;
      waiting = value;
      void writeBehind();
    };
    return {
      getItem: (key) => (key === name ? current : null),
      setItem: (key, value) => {
        if (key === name) keep(value);
      },
      removeItem: (key) => {
        if (key === name) keep(null);
      },
    };
  }

  /** Destroys the key and every record. Safe to call at any time, also when nothing was ever kept. */
  async destroy(): Promise<void> {
    clearTimeout(this.expiryTimer);
    const opening = this.opening;
    this.opening = undefined;
    this.queues.clear();
    const store = await opening?.catch(() => undefined);
    store?.db.close();
    if (typeof indexedDB === 'undefined') return;
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(SECURE_DB_NAME);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  }

  private enqueue(name: string, work: (store: OpenStore) => Promise<void>): Promise<void> {
    const previous = this.queues.get(name) ?? Promise.resolve();
    const next = previous
      .catch(() => undefined)
      .then(async () => {
        const store = await this.open();
        if (store) await work(store);
      });
    this.queues.set(name, next);
    void next.finally(() => {
      if (this.queues.get(name) === next) this.queues.delete(name);
    });
    return next;
  }

  private open(): Promise<OpenStore | undefined> {
    this.opening ??= this.openFresh().catch(() => {
      this.opening = undefined;
      return undefined;
    });
    return this.opening;
  }

  private async openFresh(): Promise<OpenStore | undefined> {
    if (typeof indexedDB === 'undefined' || !globalThis.crypto?.subtle) return undefined;
    const session = await firstValueFrom(this.http.get<BrowserSession>('/api/auth/session'));
    const db = await openSecureDb(() => (this.opening = undefined));
    const stored = await idbGet<StoredKey>(db, 'keys', 'current');
    const expiresAt = Date.parse(session.expiresAt);
    let key = stored?.key;
    if (!stored || stored.staffId !== session.staffId || stored.binding !== session.binding || stored.expiresAt <= Date.now()) {
      // Another person, another session, or an old one: nothing of it may be read, so nothing of it stays.
      await idbClear(db, 'records');
      key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
      await idbPut<StoredKey>(db, 'keys', { id: 'current', key, staffId: session.staffId, binding: session.binding, expiresAt });
    }
    for (const record of await idbGetAll<StoredRecord>(db, 'records')) {
      if (record.expiresAt <= Date.now()) await idbDelete(db, 'records', record.name);
    }
    clearTimeout(this.expiryTimer);
    // Past the absolute end the session is over even if nobody signs out; setTimeout caps at ~24.8 days.
    this.expiryTimer = setTimeout(() => void this.destroy(), Math.min(Math.max(expiresAt - Date.now(), 0), 2_147_000_000));
    return { db, key: key as CryptoKey, session };
  }
}

function additionalData(session: BrowserSession, name: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`leidraad.draft|${session.staffId}|${session.binding}|${name}`);
}
