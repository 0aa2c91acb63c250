export * from './lib/retention.module';
export * from './lib/retention/retention.service';
export * from './lib/key-rotation/key-rotation.service';
export * from './lib/key-rotation/encrypted-columns';
export * from './lib/retention/audit-prune-checkpoint.entity';
