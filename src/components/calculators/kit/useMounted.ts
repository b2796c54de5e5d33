import { useEffect, useState } from 'preact/hooks';

/** False during server rendering and hydration, true after: stored values are shown only once mounted. */
export function useMounted(): boolean {
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  return mounted;
}
