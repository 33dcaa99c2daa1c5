import { toCsv } from './csv';
import { addDays, daysBetween, usDate, workday } from './dates';
import { OUR_COMPANY } from './data/companies';
import { FICTIONAL_EVENTS, LAYOFF_EVENTS, type LayoffEventDef } from './data/layoffEvents';
import type { Wave } from './company';

// The layoffs tracker file (layoffs.fyi columns and date style): the industry's layoffs up to
// `today`, a few fictional startups' recent ones, and Northwind Labs' own waves, newest first.

export const LAYOFF_HEADERS = ['company', 'location', 'total_laid_off', 'date', 'percentage_laid_off', 'industry', 'source', 'stage', 'funds_raised', 'country', 'date_added'];

export function layoffEvents(waves: Wave[], today: string): LayoffEventDef[] {
  const own: LayoffEventDef[] = waves
    .filter((w) => w.date <= today)
    .map((w) => ({
      company: OUR_COMPANY.name, location: 'Seattle', laidOff: w.size, date: w.date, percentage: w.share, industry: 'AI', stage: 'Post-IPO',
      country: 'United States', source: `${OUR_COMPANY.newsroom}/${w.date.slice(0, 7)}-organization-update`,
    }));
  const fictional = FICTIONAL_EVENTS.map(({ daysBefore, ...e }) => ({ ...e, date: workday(addDays(today, -daysBefore)), source: '' }));
  return [...LAYOFF_EVENTS.filter((e) => e.date <= today), ...own, ...fictional].sort((a, b) => (a.date === b.date ? a.company.localeCompare(b.company) : a.date < b.date ? 1 : -1));
}

export function layoffsCsv(events: LayoffEventDef[], today: string): string {
  return toCsv(
    LAYOFF_HEADERS,
    events.map((e, i) => [
      e.company, e.location, e.laidOff ?? '', usDate(e.date), e.percentage ?? '', e.industry, e.source, e.stage, '', e.country,
      usDate(addDays(e.date, Math.min(i % 3, daysBetween(e.date, today)))),
    ]),
  );
}
