export * from './lib/new-contact-page';
export * from './lib/call-page';
