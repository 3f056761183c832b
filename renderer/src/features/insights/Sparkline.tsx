/**
 * Weekly counts as a small line (oldest first); its colour follows the theme through CSS. `fluid`
 * stretches it to its container's width.
 */
export function Sparkline({ values, label, width = 84, height = 22, fluid = false }: { values: readonly number[]; label: string; width?: number; height?: number; fluid?: boolean }) {
  if (values.length < 2) return null;
  const max = Math.max(1, ...values);
  const step = (width - 4) / (values.length - 1);
  const y = (v: number) => height - 2 - (v / max) * (height - 4);
  const points = values.map((v, i) => `${(2 + i * step).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
  const last = values[values.length - 1]!;
  return (
    <svg
      className="insights-sparkline"
      width={fluid ? '100%' : width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      preserveAspectRatio={fluid ? 'none' : undefined}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      <polyline points={`2,${height - 2} ${points} ${width - 2},${height - 2}`} className="insights-sparkline-area" />
      <polyline points={points} className="insights-sparkline-line" />
      {!fluid && <circle cx={width - 2} cy={y(last)} r={2} className="insights-sparkline-dot" />}
    </svg>
  );
}
