export * from './lib/review.module';
export * from './lib/case-audit/case-audit.dto';
