export * from './lib/agenda-page';
export * from './lib/follow-up-planner';
export * from './lib/today-appointments';
export * from './lib/appointments-api';
export * from './lib/dutch-time.pipe';
