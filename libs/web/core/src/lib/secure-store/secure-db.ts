/** The IndexedDB database of `SecureDraftStore`: a key per session and the records encrypted with it. */
export const SECURE_DB_NAME = 'leidraad-secure';

export type SecureStoreName = 'keys' | 'records';

/** The session's key: the `CryptoKey` object itself (not extractable), and whose session it is. */
export interface StoredKey {
  id: 'current';
  key: CryptoKey;
  staffId: string;
  binding: string;
  /** Epoch milliseconds: the session's absolute end. */
  expiresAt: number;
}

/** One record: AES-GCM ciphertext and its IV; the name is also in the additional data. */
export interface StoredRecord {
  name: string;
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
  expiresAt: number;
}

/** `onClosed`: another tab destroyed the store (sign-out there) and this connection let it. */
export function openSecureDb(onClosed: () => void): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(SECURE_DB_NAME, 1);
    request.onupgradeneeded = () => {
      request.result.createObjectStore('keys', { keyPath: 'id' });
      request.result.createObjectStore('records', { keyPath: 'name' });
    };
    request.onsuccess = () => {
      const db = request.result;
      db.onversionchange = () => {
        db.close();
        onClosed();
      };
      resolve(db);
    };
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('secure store blocked'));
  });
}

function run<T>(db: IDBDatabase, store: SecureStoreName, mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const transaction = db.transaction(store, mode);
    const request = act(transaction.objectStore(store));
    transaction.oncomplete = () => resolve(request.result as T);
    transaction.onerror = transaction.onabort = () => reject(transaction.error ?? request.error);
  });
}

export const idbGet = <T>(db: IDBDatabase, store: SecureStoreName, key: string) =>
  run<T | undefined>(db, store, 'readonly', (s) => s.get(key));
export const idbGetAll = <T>(db: IDBDatabase, store: SecureStoreName) => run<T[]>(db, store, 'readonly', (s) => s.getAll());
export const idbPut = <T>(db: IDBDatabase, store: SecureStoreName, value: T) =>
  run<void>(db, store, 'readwrite', (s) => s.put(value)).then(() => undefined);
export const idbDelete = (db: IDBDatabase, store: SecureStoreName, key: string) =>
  run<void>(db, store, 'readwrite', (s) => s.delete(key)).then(() => undefined);
export const idbClear = (db: IDBDatabase, store: SecureStoreName) =>
  run<void>(db, store, 'readwrite', (s) => s.clear()).then(() => undefined);
