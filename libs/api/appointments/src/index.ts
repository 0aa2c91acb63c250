export * from './lib/appointments.module';
export * from './lib/appointments.entities';
