export * from './lib/alerts.module';
export * from './lib/access-alert.service';
export * from './lib/staff-alert.entity';
