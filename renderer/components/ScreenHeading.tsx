import { useEffect, useRef } from 'react';

/**
 * The <h1> of a screen. When it appears it names the window ("<screen> — Bibob Werkbank") and takes the
 * focus, so keyboard and screen-reader users start at the top of the new screen.
 */
export function ScreenHeading({ children }: { children: string }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} — Bibob Werkbank`;
    ref.current?.focus();
  }, [children]);
  return (
    <h1 ref={ref} tabIndex={-1} className="utrecht-heading-1 screen-heading">
      {children}
    </h1>
  );
}
