import { generateCaseCode } from '@leidraad/shared/case-code';

/** Codes tried before giving up: with 40 random bits a second collision in a row is ~never. */
export const CODE_ATTEMPTS = 5;

/**
 * Inserts with a new random code until one is free. `insert` answers undefined when the code
 * is taken (e.g. `INSERT … ON CONFLICT DO NOTHING RETURNING`), which keeps the transaction usable.
 */
export async function insertWithFreshCode<T>(
  insert: (code: string) => Promise<T | undefined>,
  generate: () => string = generateCaseCode,
): Promise<T> {
  for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt++) {
    const inserted = await insert(generate());
    if (inserted !== undefined) return inserted;
  }
  throw new Error(`no free case code after ${CODE_ATTEMPTS} attempts`);
}
