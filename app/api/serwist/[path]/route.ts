import { createSerwistRoute } from "@serwist/turbopack";

// Serves the service worker (app/sw.ts) at /api/serwist/sw.js, bundled and given the build's file
// list when `next build` prerenders this route. Under api/ so the download-route tests leave it out,
// and the proxy lets it through without a session (a redirected worker script fails to register).
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  // esbuild is already a dev dependency (the PDF worker's bundler); the default is esbuild-wasm.
  useNativeEsbuild: true,
});
