// Types of the build-time modules served by scripts/vite-plugin-otiose-data.ts.
declare module 'virtual:otiose/index' {
  const index: import('./lib/matching/types').MatchIndex;
  export default index;
}
declare module 'virtual:otiose/dossiers' {
  const dossiers: import('./data/schema').Dossier[];
  export default dossiers;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
declare module 'virtual:otiose/lexicon' {
  /** [id, phrase, variants, translation, kind] for every JD-autopsy phrase. */
  const lexicon: Array<[string, string, string[], string, string]>;
  export default lexicon;
}
