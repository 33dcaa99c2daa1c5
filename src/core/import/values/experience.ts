// Years of experience from a résumé's own words, for a sheet without a years column: "11 years of
// experience", "8+ years of professional experience", "12+ yrs building data platforms" at the
// top. Years at one job ("Google (2019-2024)", "(6 yrs)") are a stint, not a career: not read.

/** "N years of … experience", anywhere. */
const STATED = /\b(\d{1,2})\s*\+?\s*(?:years?|yrs?)\.?(?:\s+of)?(?:\s+(?:professional|industry|hands-on|software|engineering|relevant|total|work|production|practical))*\s+(?:experience|exp)\b/gi;
/** "12+ yrs building …": the summary's opening claim, in its first lines. */
const OPENING = /\b(\d{1,2})\s*\+?\s*(?:years?|yrs?)\.?\s+(?:building|across|as|shipping|working|designing|leading|running|operating)\b/i;
const OPENING_CHARS = 400;

export function yearsFromText(text: string): number | null {
  let best = 0;
  for (const m of text.matchAll(STATED)) best = Math.max(best, Number(m[1]));
  if (!best) {
    const m = OPENING.exec(text.slice(0, OPENING_CHARS));
    if (m) best = Number(m[1]);
  }
  return best >= 1 && best <= 50 ? best : null;
}
