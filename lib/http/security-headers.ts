/**
 * The security headers every response carries. Two parts, because they are set in two places:
 *
 * - `staticSecurityHeaders`: the same on every response whatever the request, set by
 *   next.config.ts `headers()` on every path (pages, route handlers, /api, static files).
 * - the Content-Security-Policy, which holds a fresh nonce per page load, and HSTS, which depends on
 *   the origin the server runs at (read when it starts, not when it is built): set by proxy.ts.
 */

export type Header = { key: string; value: string };

export const staticSecurityHeaders: readonly Header[] = [
  // A download is never sniffed into HTML or script.
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Other sites learn the origin only, never a path with a project or assessment id in it.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Nothing in the app uses these; a script that got in cannot either.
  {
    key: "Permissions-Policy",
    value: "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  },
  // frame-ancestors 'none' in the CSP says the same to browsers that read CSP.
  { key: "X-Frame-Options", value: "DENY" },
];

/** Two years; subdomains of the app's host too. Only ever sent over https (browsers ignore it on http). */
export const strictTransportSecurity: Header = { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" };

/** Whether the app is served over https: its public origin (BETTER_AUTH_URL) says so. */
export function servedOverHttps(publicUrl: string | undefined): boolean {
  return publicUrl?.trim().toLowerCase().startsWith("https://") ?? false;
}

/** An unguessable value, new for each request (128 random bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export type CspOptions = {
  nonce: string;
  /** `next dev`: React rebuilds server error stacks with eval in development (never in production). */
  development: boolean;
  /** Over https, any http:// address left in a page is fetched as https:// instead of blocked as mixed content. */
  https: boolean;
};

/**
 * The Content-Security-Policy of a page. Scripts run only when they carry this request's nonce
 * (Next puts it on its own scripts, reading it from the request's CSP header) or when a script
 * that did loads them ('strict-dynamic': Next's chunks are loaded that way).
 *
 * Styles: `<style>` and `<link>` elements need 'self' or the nonce, but `style=` attributes are
 * allowed (style-src-attr 'unsafe-inline'). The pages set widths and colours through React
 * `style={…}` (bars, heat-map cells, layout) in about 80 places, and a style attribute cannot run
 * script; hashing each value is not possible as many are computed from the data.
 */
export function contentSecurityPolicy({ nonce, development, https }: CspOptions): string {
  const directives: Record<string, string[]> = {
    "default-src": ["'self'"],
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
    // data: for small inline images (icons in CSS), blob: for the PDF made in the browser's memory before it is saved.
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'"],
    // Server actions, RSC fetches, Better Auth and the downloads all go to this origin.
    "connect-src": ["'self'"],
    // The service worker (/api/serwist/sw.js, components/offline/service-worker.tsx).
    "worker-src": ["'self'"],
    "manifest-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
  };
  const policy = Object.entries(directives).map(([name, sources]) => `${name} ${sources.join(" ")}`);
  if (https) policy.push("upgrade-insecure-requests");
  return policy.join("; ");
}
