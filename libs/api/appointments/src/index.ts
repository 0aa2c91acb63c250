export * from './lib/appointments.module';
