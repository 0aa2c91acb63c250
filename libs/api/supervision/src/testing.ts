/** Test support: the reader who solves every published figure (DESIGN.md rule 7). Never used by the app. */
export * from './testing/reader-system';
