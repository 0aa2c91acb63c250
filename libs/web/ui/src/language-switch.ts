// A second entry point: the shell and the sign-in page need only the language switch, and the
// index would bring the free-text field, case list and the rest into the first download.
export * from './lib/language-switch';
