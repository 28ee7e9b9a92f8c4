import Link from "next/link";

export default function NotFound() {
  return (
    <div className="card">
      <h1>Not found</h1>
      <p>This page does not exist, or it belongs to another organisation. Check the link you followed.</p>
      <p>
        <Link href="/projects">Back to your projects</Link>
      </p>
    </div>
  );
}
