export * from './lib/sign-in-page';
export * from './lib/second-factor/step-up-dialog';
