// A Suspense boundary around a part of the page whose code comes late (a lazy chunk). On a
// pre-rendered page React keeps that part's HTML, not yet hydrated, until its code has come, and
// hydrates it then, after the rest of the page: by then the reader may have switched the language. The
// components of that part read this boundary's Adoption (src/components/ui/adopting.ts) and so render
// first as the HTML is written, and switch in their effects; without it they would start in the new
// language against the old HTML (React's hydration mismatch, #418, and the part rendered again).
import { Suspense, useLayoutEffect, useState, type ReactNode } from 'react';
import { AdoptionContext, useAdoption, type Adoption } from './adopting';

/** Ends the boundary's adoption once what it wraps has committed: later renders are the browser's. */
function Adopted({ adoption, children }: { adoption: Adoption; children: ReactNode }) {
  useLayoutEffect(() => {
    adoption.adopting = false;
  }, [adoption]);
  return children;
}

export function AdoptingSuspense({
  fallback,
  children,
}: {
  fallback: ReactNode;
  children: ReactNode;
}) {
  const outer = useAdoption();
  // Adopting when the page around it was, at first: its HTML is then the pre-rendered one.
  const [adoption] = useState<Adoption>(() => ({ adopting: outer.adopting }));
  return (
    <AdoptionContext value={adoption}>
      {/* The fallback shows only when React gave the HTML up (an update reached the part before its
          code): what follows is then rendered afresh, not adopted. */}
      <Suspense fallback={<Adopted adoption={adoption}>{fallback}</Adopted>}>
        <Adopted adoption={adoption}>{children}</Adopted>
      </Suspense>
    </AdoptionContext>
  );
}
