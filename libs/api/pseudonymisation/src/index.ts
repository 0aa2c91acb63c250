export * from './lib/pseudonymisation.module';
export * from './lib/free-text-check';
export { ScanPool } from './lib/scan-pool';
export { scannedFindings } from './lib/free-text.pipe';
