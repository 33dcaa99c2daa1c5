/** Parses a JSON column, falling back when it is empty or damaged (a bad cell never breaks a grid). */
export function parseJson<T>(text: string | null | undefined, fallback: T): T {
  if (text == null || text === '') return fallback;
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}
