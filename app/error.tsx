"use client";

import Link from "next/link";

/** Unexpected errors: a plain message, never the stack. The server logs the details. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="card" role="alert">
      <h1>Something went wrong</h1>
      <p>We could not show this page. Your saved work is safe. Try again, or go back to your projects.</p>
      <div className="actions-row">
        <button className="button" type="button" onClick={reset}>
          Try again
        </button>
        <Link className="button secondary" href="/projects">
          Projects
        </Link>
      </div>
    </div>
  );
}
