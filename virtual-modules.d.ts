// Types of the build-time module served by scripts/vite-plugin-otiose-data.ts.
declare module 'virtual:otiose/index' {
  const index: import('./lib/matching/types').MatchIndex;
  export default index;
}
declare module '*.css?inline' {
  const css: string;
  export default css;
}
