/** URL of the validated dataset JSON (scripts/vite-dataset-plugin.ts). */
declare module 'virtual:validated-dataset' {
  const url: string;
  export default url;
}
