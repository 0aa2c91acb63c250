export * from './lib/new-contact-page';
export * from './lib/call-page';
export * from './lib/guide-page/guide-page';
