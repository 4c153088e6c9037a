import type { ReactNode } from 'react';

interface ItemHeadingRowProps {
  /** The item's picture, at the size the page wants. */
  icon: ReactNode;
  /** Buttons at the top right (share, copy link). */
  actions?: ReactNode;
  /** The name and what the item is. */
  children: ReactNode;
}

/**
 * An item page's heading row: picture, text, actions. On a phone the text gets its own row under
 * the picture and the actions, instead of a sliver squeezed between them.
 */
export function ItemHeadingRow({ icon, actions, children }: ItemHeadingRowProps) {
  return (
    <div className="flex flex-wrap items-start gap-4 sm:gap-5">
      {icon}
      <div className="order-last min-w-0 flex-1 basis-full space-y-1 sm:order-none sm:basis-0">{children}</div>
      {actions && <div className="ml-auto flex shrink-0 items-center gap-3">{actions}</div>}
    </div>
  );
}
