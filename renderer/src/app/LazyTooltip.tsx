import { Tooltip, type TooltipProps } from 'antd';
import { useState, type ReactNode } from 'react';

/**
 * An antd Tooltip that mounts on the first hover or focus. A table of fifty rows has hundreds of
 * tooltips, and mounting each one's trigger machinery made every sort and filter of the Insights table
 * take a quarter of a second at 100,000 conversations.
 */
export function LazyTooltip({
  title,
  children,
  ...rest
}: Omit<TooltipProps, 'children'> & { children: ReactNode }) {
  const [armed, setArmed] = useState(false);
  if (armed) {
    return (
      <Tooltip title={title} defaultOpen {...rest}>
        <span className="g-tooltip-target">{children}</span>
      </Tooltip>
    );
  }
  return (
    <span
      className="g-tooltip-target"
      onPointerEnter={() => setArmed(true)}
      onFocus={() => setArmed(true)}
    >
      {children}
    </span>
  );
}
