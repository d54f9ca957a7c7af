import type { Segment } from '../domain/provenance-format';

/** Text with its figure emphasised, as text nodes (never HTML). */
export function Segments({ segments }: { segments: readonly Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        s.figure ? (
          <b key={i} className="figure">
            {s.text}
          </b>
        ) : (
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  );
}
