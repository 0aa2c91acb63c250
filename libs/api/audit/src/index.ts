export * from './lib/audit.service';
export * from './lib/audit.module';
export * from './lib/chain/audit-chain';
export * from './lib/chain/audit-checkpoint';
export * from './lib/chain/audit-sealer.service';
export * from './lib/chain/audit-verify.service';
export * from './lib/refusal';
export { AUDIT_CHAIN_LOCK, INSTALLATION_CHAIN } from './lib/chain/audit-rows.sql';
