import { auditCheckpointKey, CheckpointError, readCheckpoint, signCheckpoint } from './audit-checkpoint';

const KEY = auditCheckpointKey(Buffer.alloc(32, 3));
const checkpoint = { count: '1234', head: Buffer.alloc(32, 9), at: '2026-11-30T10:00:00.000Z' };

describe('audit checkpoints', () => {
  it('read back what was signed', () => {
    const text = signCheckpoint(KEY, checkpoint);
    expect(text).toMatch(/^lac1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(readCheckpoint(KEY, `  ${text}\n`)).toEqual(checkpoint);
  });

  it('name their chain: a helpline, the installation (null), or none when made before the chains were per helpline', () => {
    const helplineId = '0b5c3c1e-3a43-4f53-9a51-6f3f3b0a1c01';
    expect(readCheckpoint(KEY, signCheckpoint(KEY, { ...checkpoint, helplineId }))).toEqual({ ...checkpoint, helplineId });
    expect(readCheckpoint(KEY, signCheckpoint(KEY, { ...checkpoint, helplineId: null }))).toEqual({ ...checkpoint, helplineId: null });
    expect(readCheckpoint(KEY, signCheckpoint(KEY, checkpoint))).not.toHaveProperty('helplineId');
    expect(() => readCheckpoint(KEY, signCheckpoint(KEY, { ...checkpoint, helplineId: 'not-a-uuid' }))).toThrow(/malformed/);
  });

  it('refuse another key, a changed count or head, and what is not a checkpoint', () => {
    const text = signCheckpoint(KEY, checkpoint);
    expect(() => readCheckpoint(auditCheckpointKey(Buffer.alloc(32, 4)), text)).toThrow(CheckpointError);
    const [prefix, , mac] = text.split('.');
    const forged = Buffer.from(JSON.stringify({ count: '9999', head: checkpoint.head.toString('hex'), at: checkpoint.at })).toString(
      'base64url',
    );
    expect(() => readCheckpoint(KEY, `${prefix}.${forged}.${mac}`)).toThrow(/signature does not match/);
    for (const bad of ['', 'lac1', 'lac2.a.b', 'lac1.a b.c', text.slice(0, -1) + '.x']) {
      expect(() => readCheckpoint(KEY, bad)).toThrow(CheckpointError);
    }
  });
});
