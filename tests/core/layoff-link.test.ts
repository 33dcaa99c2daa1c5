import { afterEach, describe, expect, it } from 'vitest';
import { tempCore } from '../helpers/tempCore';
import { all, runText, type TestCore } from '../helpers/importGate';

// Which layoff explains a departure: the one of the company a person left, not of where they work now.

let core: TestCore;
afterEach(async () => core?.dispose());

const CANDIDATES = 'Name,Email,Current Employer,Title\nPriya Raman,priya@gmail.com,Stripe,ML Engineer\nOmar Haddad,omar@gmail.com,Stripe,SRE\n';
const ALUMNI = 'Employee ID,Name,Personal Email,Company,Termination Date,Termination Reason\nE1,Priya Raman,priya@gmail.com,Acme Corp,10/25/2024,Reduction in force\nE2,Bo Chen,bo@gmail.com,Acme Corp,10/25/2024,Reduction in force\n';
const LAYOFFS = 'Company,Date,Laid Off\nStripe,10/20/2024,62\nAcme Corp,10/15/2024,300\n';
const LAID_OFF_LIST = 'Name,Email,Company,Laid off\nOmar Haddad,omar@gmail.com,Stripe,10/21/2024\n';

describe('linking people to layoff events', () => {
  it('an alumna who now works at Stripe left us, not Stripe: our layoff explains it, Stripe\'s does not', async () => {
    core = tempCore();
    await runText(core, 'ats.csv', CANDIDATES, 'candidates');
    await runText(core, 'hris.csv', ALUMNI, 'alumni');
    await runText(core, 'list.csv', LAID_OFF_LIST, 'candidates');
    await runText(core, 'layoffs.csv', LAYOFFS, 'layoffs');
    expect(all(core, 'SELECT p.full_name AS name, p.company, e.company AS layoff FROM people p LEFT JOIN layoff_events e ON e.id = p.layoff_event_id ORDER BY p.id')).toEqual([
      // Her record's company is Stripe (the ATS came first), but the day she left is the day she left us.
      { name: 'Priya Raman', company: 'Stripe', layoff: null },
      // Laid off by Stripe, as the layoff list says.
      { name: 'Omar Haddad', company: 'Stripe', layoff: 'Stripe' },
      { name: 'Bo Chen', company: 'Acme Corp', layoff: 'Acme Corp' },
    ]);
  });
});
