export function MethodList({ lines }: { lines: string[] }) {
  return (
    <ol className="method small" data-testid="method">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ol>
  );
}
