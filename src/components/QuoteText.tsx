/** A source sentence with its figure emphasised. Rendered as text nodes: the quote is untrusted input. */
export function QuoteText({ quote, figure }: { quote: string; figure: string }) {
  const at = figure ? quote.indexOf(figure) : -1;
  if (at < 0) return <q lang="zh">{quote}</q>;
  return (
    <q lang="zh">
      {quote.slice(0, at)}
      <strong className="figure">{figure}</strong>
      {quote.slice(at + figure.length)}
    </q>
  );
}
