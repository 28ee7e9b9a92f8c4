import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="card">
      <h1>Not allowed</h1>
      <p>Your role in this organisation does not allow this page. Ask an admin if you need access.</p>
      <p>
        <Link href="/">Back to the start page</Link>
      </p>
    </div>
  );
}
