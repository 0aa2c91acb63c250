import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * A signed checkpoint of one audit chain, for keeping outside the database (DESIGN.md rule 6):
 * the chain (a helpline, or the installation's), the head's chain position (= how many rows were
 * ever sealed in it), its hash and when it was taken, MACed with a key derived from the audit
 * secret. Text form: `lac1.<payload>.<mac>`, both base64url, the payload JSON
 * `{"helpline","count","head","at"}` (head in hex; helpline a uuid or null; checkpoints from before
 * the chains were per helpline have no `helpline`). Whoever holds a checkpoint can later ask
 * `audit:verify --checkpoint` whether the chain up to it is still the same.
 */
export interface AuditCheckpoint {
  /** The chain's helpline, null for the installation's chain; undefined in a checkpoint of the single chain before. */
  helplineId?: string | null;
  /** Chain position of the head: rows sealed up to it, pruned ones included. Decimal. */
  count: string;
  /** The head's row_hash. */
  head: Buffer;
  /** ISO 8601, when it was taken. */
  at: string;
}

const PREFIX = 'lac1';

export class CheckpointError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CheckpointError';
  }
}

export function auditCheckpointKey(auditSecret: Buffer): Buffer {
  return Buffer.from(hkdfSync('sha256', auditSecret, Buffer.alloc(0), 'leidraad audit checkpoint v1', 32));
}

function mac(key: Buffer, payload: string): Buffer {
  return createHmac('sha256', key).update(`${PREFIX}.${payload}`, 'utf8').digest();
}

export function signCheckpoint(key: Buffer, checkpoint: AuditCheckpoint): string {
  const body: Record<string, unknown> = { count: checkpoint.count, head: checkpoint.head.toString('hex'), at: checkpoint.at };
  if (checkpoint.helplineId !== undefined) body['helpline'] = checkpoint.helplineId;
  const payload = Buffer.from(JSON.stringify(body), 'utf8').toString('base64url');
  return `${PREFIX}.${payload}.${mac(key, payload).toString('base64url')}`;
}

/** Parses and authenticates a checkpoint; throws CheckpointError saying what is wrong. */
export function readCheckpoint(key: Buffer, text: string): AuditCheckpoint {
  const parts = text.trim().split('.');
  if (parts.length !== 3 || parts[0] !== PREFIX || !/^[A-Za-z0-9_-]+$/.test(parts[1]) || !/^[A-Za-z0-9_-]+$/.test(parts[2])) {
    throw new CheckpointError('not a Leidraad audit checkpoint (expected lac1.<payload>.<signature>)');
  }
  const given = Buffer.from(parts[2], 'base64url');
  const expected = mac(key, parts[1]);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new CheckpointError('the checkpoint signature does not match: it was altered, or made with another audit key');
  }
  const body = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as Record<string, unknown>;
  const { count, head, at, helpline } = body;
  if (
    (helpline !== undefined && helpline !== null && (typeof helpline !== 'string' || !/^[0-9a-f-]{36}$/.test(helpline))) ||
    typeof count !== 'string' ||
    !/^\d{1,19}$/.test(count) ||
    typeof head !== 'string' ||
    !/^[0-9a-f]{64}$/.test(head) ||
    typeof at !== 'string'
  ) {
    throw new CheckpointError('the checkpoint is signed but malformed');
  }
  return { ...(helpline === undefined ? {} : { helplineId: helpline as string | null }), count, head: Buffer.from(head, 'hex'), at };
}
