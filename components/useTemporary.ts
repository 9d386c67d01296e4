import { useEffect, useRef, useState } from 'preact/hooks';

/** A value that falls back to `initial` after `ms` (revealed secrets, "Copied" notes). */
export function useTemporary<T>(initial: T, ms: number): [T, (value: T) => void, () => void] {
  const [value, setValue] = useState<T>(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const clear = () => {
    clearTimeout(timer.current);
    setValue(initial);
  };
  const set = (next: T) => {
    clearTimeout(timer.current);
    setValue(next);
    timer.current = setTimeout(() => setValue(initial), ms);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  return [value, set, clear];
}
