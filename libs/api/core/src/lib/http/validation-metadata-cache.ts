import { getMetadataStorage, type MetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';

type Grouped = Record<string, ValidationMetadata[]>;
type CachedStorage = MetadataStorage & { [CACHED]?: true };

const CACHED = Symbol('leidraad.validationMetadataCache');

/**
 * class-validator works out the rules of a class anew for every object it validates, nested ones
 * included: it filters the class's own rules and walks every class it knows to find parents
 * (issue 14's profile: ~3% of a request). The rules are fixed once the DTO classes are declared,
 * so each answer is kept per class (and per `always` / `strictGroups`), and every kept answer is
 * forgotten when a rule is added. Validation with groups or a schema is not cached. Idempotent.
 */
export function cacheValidationMetadata(storage: CachedStorage = getMetadataStorage()): void {
  if (storage[CACHED]) return;
  storage[CACHED] = true;
  let rules = new Map<unknown, ValidationMetadata[][]>();
  let grouped = new WeakMap<ValidationMetadata[], Grouped>();
  const forget = () => {
    rules = new Map();
    grouped = new WeakMap();
  };

  const find = storage.getTargetValidationMetadatas.bind(storage);
  storage.getTargetValidationMetadatas = (target, schema, always, strictGroups, groups) => {
    if (schema !== undefined || (groups && groups.length > 0)) return find(target, schema, always, strictGroups, groups);
    const slot = (always ? 2 : 0) + (strictGroups ? 1 : 0);
    let perOptions = rules.get(target);
    if (!perOptions) rules.set(target, (perOptions = []));
    // Frozen: every caller shares it (class-validator and Nest's pipe only read it).
    return (perOptions[slot] ??= Object.freeze(find(target, schema, always, strictGroups, groups)) as ValidationMetadata[]);
  };

  const group = storage.groupByPropertyName.bind(storage);
  storage.groupByPropertyName = (metadata) => {
    if (!Object.isFrozen(metadata)) return group(metadata);
    let found = grouped.get(metadata);
    if (!found) {
      found = group(metadata);
      for (const list of Object.values(found)) Object.freeze(list);
      grouped.set(metadata, Object.freeze(found));
    }
    return found;
  };

  for (const method of ['addValidationMetadata', 'addConstraintMetadata'] as const) {
    const add = storage[method].bind(storage) as (metadata: never) => void;
    storage[method] = ((metadata: never) => {
      add(metadata);
      forget();
    }) as never;
  }
}
