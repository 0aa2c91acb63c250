export * from './lib/shortcuts/help-key';
export * from './lib/shortcuts/help-keys';
export * from './lib/shortcuts/shortcuts';
export * from './lib/tour/tour-steps';
export * from './lib/tour/tour.service';
export * from './lib/tour/call-tour';
export * from './lib/help-page/help-page';
