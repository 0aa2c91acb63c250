// A second entry point, like language-switch.ts: the shell's session warning needs only the
// focus helper, and the index would bring the whole library into the first download.
export * from './lib/focus-after-render';
