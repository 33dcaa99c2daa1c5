// Well-known tech layoffs of 2022–2026, written for the demo from press coverage: company,
// location, people cut (blank when not reported), date, share of staff, industry, stage, country.
// Figures are approximate and for demonstration only; sources are left blank unless they are
// the company's own announcement.

export interface LayoffEventDef {
  company: string;
  location: string;
  laidOff: number | null;
  date: string;
  percentage: number | null;
  industry: string;
  stage: string;
  country: string;
  source: string;
}

const US = 'United States';
const ROWS = `
Peloton|New York City|2800|2022-02-08|0.20|Fitness|Post-IPO|${US}
Better.com|New York City|3000|2022-03-08||Real Estate|Series D|${US}
Robinhood|SF Bay Area|340|2022-04-26|0.09|Finance|Post-IPO|${US}
Carvana|Phoenix|2500|2022-05-10|0.12|Transportation|Post-IPO|${US}
Netflix|SF Bay Area|150|2022-05-17|0.02|Media|Post-IPO|${US}
Klarna|Stockholm|700|2022-05-23|0.10|Finance|Unknown|Sweden
Coinbase|SF Bay Area|1100|2022-06-14|0.18|Crypto|Post-IPO|${US}
Netflix|SF Bay Area|300|2022-06-23|0.04|Media|Post-IPO|${US}
Gopuff|Philadelphia|1500|2022-07-12|0.10|Food|Series H|${US}
Andela|New York City|135|2022-07-13|0.05|Recruiting|Series E|${US}
Rivian|Detroit|840|2022-07-12|0.06|Transportation|Post-IPO|${US}
Shopify|Ottawa|1000|2022-07-26|0.10|Retail|Post-IPO|Canada
Robinhood|SF Bay Area|780|2022-08-02|0.23|Finance|Post-IPO|${US}
Snap|Los Angeles|1280|2022-08-31|0.20|Consumer|Post-IPO|${US}
Sea|Singapore||2022-09-02||Consumer|Post-IPO|Singapore
Twilio|SF Bay Area|800|2022-09-14|0.11|Other|Post-IPO|${US}
Brex|SF Bay Area|136|2022-10-11|0.11|Finance|Series D|${US}
Philips|Amsterdam|4000|2022-10-24|0.05|Healthcare|Post-IPO|Netherlands
Argo AI|Pittsburgh|173|2022-10-26|1.0|Transportation|Unknown|${US}
Seagate|SF Bay Area|3000|2022-10-26|0.08|Hardware|Post-IPO|${US}
Byju's|Bengaluru|2500|2022-10-31|0.05|Education|Private Equity|India
Stripe|SF Bay Area|1000|2022-11-03|0.14|Finance|Series H|${US}|https://stripe.com/newsroom/news/ceo-patrick-collisons-email-to-stripe-employees
Lyft|SF Bay Area|683|2022-11-03|0.13|Transportation|Post-IPO|${US}
Twitter|SF Bay Area|3700|2022-11-04|0.50|Consumer|Acquired|${US}
Unacademy|Bengaluru|350|2022-11-07|0.10|Education|Series H|India
Zendesk|SF Bay Area|350|2022-11-07|0.05|Support|Acquired|${US}
Meta|SF Bay Area|11000|2022-11-09|0.13|Consumer|Post-IPO|${US}|https://about.fb.com/news/2022/11/mark-zuckerberg-layoff-message-to-employees/
Redfin|Seattle|862|2022-11-09|0.13|Real Estate|Post-IPO|${US}
Amazon|Seattle|10000|2022-11-16|0.03|Retail|Post-IPO|${US}
Cisco|SF Bay Area|4100|2022-11-16|0.05|Infrastructure|Post-IPO|${US}
Twiga Foods|Nairobi|211|2022-11-16||Food|Series C|Kenya
GoTo|Jakarta|1300|2022-11-18|0.12|Transportation|Post-IPO|Indonesia
Nuro|SF Bay Area|300|2022-11-18|0.20|Transportation|Series D|${US}
Jumia|Lagos|900|2022-11-21|0.20|Retail|Post-IPO|Nigeria
DoorDash|SF Bay Area|1250|2022-11-30|0.06|Food|Post-IPO|${US}
Kraken|SF Bay Area|1100|2022-11-30|0.30|Crypto|Unknown|${US}
Plaid|SF Bay Area|260|2022-12-07|0.20|Finance|Series D|${US}
Swiggy|Bengaluru|250|2022-12-08|0.04|Food|Unknown|India
Amazon|Seattle|8000|2023-01-04|0.02|Retail|Post-IPO|${US}
Salesforce|SF Bay Area|8000|2023-01-04|0.10|Sales|Post-IPO|${US}
Coinbase|SF Bay Area|950|2023-01-10|0.20|Crypto|Post-IPO|${US}
Flexport|SF Bay Area|640|2023-01-11|0.20|Logistics|Series E|${US}
Ola|Bengaluru|200|2023-01-13|0.10|Transportation|Series J|India
ShareChat|Bengaluru|500|2023-01-16|0.20|Consumer|Series H|India
Microsoft|Seattle|10000|2023-01-18|0.05|Other|Post-IPO|${US}|https://blogs.microsoft.com/blog/2023/01/18/subject-focusing-on-our-short-and-long-term-opportunities/
Google|SF Bay Area|12000|2023-01-20|0.06|Consumer|Post-IPO|${US}|https://blog.google/inside-google/message-ceo/january-update/
Swiggy|Bengaluru|380|2023-01-20|0.06|Food|Unknown|India
Wayfair|Boston|1750|2023-01-20|0.10|Retail|Post-IPO|${US}
Spotify|Stockholm|600|2023-01-23|0.06|Media|Post-IPO|Sweden
IBM|New York City|3900|2023-01-25|0.02|Hardware|Post-IPO|${US}
SAP|Walldorf|3000|2023-01-26|0.03|Other|Post-IPO|Germany
Philips|Amsterdam|6000|2023-01-30|0.05|Healthcare|Post-IPO|Netherlands
HubSpot|Boston|500|2023-01-31|0.07|Marketing|Post-IPO|${US}
PayPal|SF Bay Area|2000|2023-01-31|0.07|Finance|Post-IPO|${US}
Splunk|SF Bay Area|325|2023-02-01|0.04|Data|Post-IPO|${US}
Dell|Austin|6650|2023-02-06|0.05|Hardware|Post-IPO|${US}
Zoom|SF Bay Area|1300|2023-02-07|0.15|Other|Post-IPO|${US}
Affirm|SF Bay Area|500|2023-02-08|0.19|Finance|Post-IPO|${US}
GitHub|SF Bay Area|300|2023-02-09|0.10|Product|Acquired|${US}
Okta|SF Bay Area|300|2023-02-09|0.05|Security|Post-IPO|${US}
Yahoo|SF Bay Area|1600|2023-02-09|0.20|Consumer|Acquired|${US}
Twilio|SF Bay Area|1500|2023-02-13|0.17|Other|Post-IPO|${US}
DocuSign|SF Bay Area|680|2023-02-16|0.10|Other|Post-IPO|${US}
Ericsson|Stockholm|8500|2023-02-24|0.08|Infrastructure|Post-IPO|Sweden
Loft|São Paulo|340|2023-03-03||Real Estate|Unknown|Brazil
Atlassian|Sydney|500|2023-03-06|0.05|Other|Post-IPO|Australia
Meta|SF Bay Area|10000|2023-03-14|0.13|Consumer|Post-IPO|${US}|https://about.fb.com/news/2023/03/mark-zuckerberg-meta-year-of-efficiency/
Amazon|Seattle|9000|2023-03-20|0.03|Retail|Post-IPO|${US}
Indeed|Austin|2200|2023-03-22|0.15|HR|Acquired|${US}
Accenture|Dublin|19000|2023-03-23|0.03|Other|Post-IPO|Ireland
Lucid Motors|SF Bay Area|1300|2023-03-28|0.18|Transportation|Post-IPO|${US}
Dunzo|Bengaluru|300|2023-04-05|0.30|Food|Unknown|India
Lyft|SF Bay Area|1072|2023-04-21|0.26|Transportation|Post-IPO|${US}
Dropbox|SF Bay Area|500|2023-04-27|0.16|Other|Post-IPO|${US}
Unity|SF Bay Area|600|2023-05-03|0.08|Other|Post-IPO|${US}
Shopify|Ottawa|2300|2023-05-04|0.20|Retail|Post-IPO|Canada
Vodafone|London|11000|2023-05-16|0.11|Infrastructure|Post-IPO|United Kingdom
Zendesk|SF Bay Area|320|2023-05-31|0.08|Support|Acquired|${US}
Spotify|Stockholm|200|2023-06-05|0.02|Media|Post-IPO|Sweden
Reddit|SF Bay Area|90|2023-06-06|0.05|Consumer|Series F|${US}
Grab|Singapore|1000|2023-06-20|0.11|Transportation|Post-IPO|Singapore
Twiga Foods|Nairobi|283|2023-08-20||Food|Series C|Kenya
Getir|Istanbul|2500|2023-08-22|0.11|Food|Series E|Turkey
Qualcomm|San Diego|1258|2023-10-12|0.03|Hardware|Post-IPO|${US}
Nokia|Espoo|14000|2023-10-19|0.16|Infrastructure|Post-IPO|Finland
Splunk|SF Bay Area|500|2023-11-01|0.07|Data|Post-IPO|${US}
Unity|SF Bay Area|265|2023-11-06|0.04|Other|Post-IPO|${US}
VMware|SF Bay Area|2837|2023-11-27||Infrastructure|Acquired|${US}
Spotify|Stockholm|1500|2023-12-04|0.17|Media|Post-IPO|Sweden
Cruise|SF Bay Area|900|2023-12-14|0.24|Transportation|Acquired|${US}
Paytm|Noida|1000|2023-12-25|0.10|Finance|Post-IPO|India
Xerox|Norwalk|3000|2024-01-03|0.15|Hardware|Post-IPO|${US}
Flipkart|Bengaluru|1100|2024-01-08|0.05|Retail|Acquired|India
Unity|SF Bay Area|1800|2024-01-08|0.25|Other|Post-IPO|${US}
Google|SF Bay Area|1000|2024-01-10||Consumer|Post-IPO|${US}
Twitch|SF Bay Area|500|2024-01-10|0.35|Consumer|Acquired|${US}
Discord|SF Bay Area|170|2024-01-11|0.17|Consumer|Series H|${US}
Wayfair|Boston|1650|2024-01-19|0.13|Retail|Post-IPO|${US}
Brex|SF Bay Area|282|2024-01-23|0.20|Finance|Series D|${US}
eBay|SF Bay Area|1000|2024-01-23|0.09|Retail|Post-IPO|${US}
SAP|Walldorf|8000|2024-01-23|0.07|Other|Post-IPO|Germany
Swiggy|Bengaluru|400|2024-01-25|0.07|Food|Unknown|India
Microsoft|Seattle|1900|2024-01-25||Other|Post-IPO|${US}
Block|SF Bay Area|1000|2024-01-30|0.08|Finance|Post-IPO|${US}
PayPal|SF Bay Area|2500|2024-01-30|0.09|Finance|Post-IPO|${US}
Snap|Los Angeles|540|2024-02-05|0.10|Consumer|Post-IPO|${US}
Zoom|SF Bay Area|150|2024-02-06|0.02|Other|Post-IPO|${US}
Okta|SF Bay Area|400|2024-02-07|0.07|Security|Post-IPO|${US}
Cisco|SF Bay Area|4250|2024-02-14|0.05|Infrastructure|Post-IPO|${US}
Expedia|Seattle|1500|2024-02-26|0.09|Travel|Post-IPO|${US}
Bumble|Austin|350|2024-02-27|0.30|Consumer|Post-IPO|${US}
Instacart|SF Bay Area|250|2024-02-29|0.07|Food|Post-IPO|${US}
Dell|Austin|6000|2024-03-25|0.05|Hardware|Post-IPO|${US}
Tesla|Austin|14000|2024-04-15|0.10|Transportation|Post-IPO|${US}
Google|SF Bay Area|200|2024-05-01||Consumer|Post-IPO|${US}
Indeed|Austin|1000|2024-05-13|0.08|HR|Acquired|${US}
TikTok|Los Angeles|1000|2024-05-21||Consumer|Acquired|${US}
Microsoft|Seattle|1000|2024-06-03||Other|Post-IPO|${US}
Paytm|Noida|3500|2024-06-10||Finance|Post-IPO|India
Flutterwave|Lagos|30|2024-06-24||Finance|Series D|Nigeria
UKG|Boston|2200|2024-07-03|0.14|HR|Unknown|${US}
UiPath|New York City|420|2024-07-09|0.10|Other|Post-IPO|${US}
Intuit|SF Bay Area|1800|2024-07-10|0.10|Finance|Post-IPO|${US}
Intel|SF Bay Area|15000|2024-08-01|0.15|Hardware|Post-IPO|${US}
Chegg|SF Bay Area|441|2024-08-12|0.23|Education|Post-IPO|${US}
Cisco|SF Bay Area|5600|2024-08-14|0.07|Infrastructure|Post-IPO|${US}
Fiverr|Tel Aviv|250|2024-09-16|0.30|Other|Post-IPO|Israel
Northvolt|Stockholm|1600|2024-09-23|0.20|Energy|Unknown|Sweden
Dropbox|SF Bay Area|528|2024-10-30|0.20|Other|Post-IPO|${US}
Miro|SF Bay Area|275|2024-10-30|0.18|Other|Series C|${US}
Freshworks|SF Bay Area|660|2024-11-07|0.13|Support|Post-IPO|${US}
AMD|SF Bay Area|1000|2024-11-13|0.04|Hardware|Post-IPO|${US}
Stripe|SF Bay Area|300|2025-01-21|0.03|Finance|Series I|${US}
Salesforce|SF Bay Area|1000|2025-02-03||Sales|Post-IPO|${US}
Workday|SF Bay Area|1750|2025-02-05|0.09|HR|Post-IPO|${US}
Meta|SF Bay Area|3600|2025-02-10|0.05|Consumer|Post-IPO|${US}
Blue Origin|Seattle|1400|2025-02-13|0.10|Aerospace|Unknown|${US}
Autodesk|SF Bay Area|1350|2025-02-27|0.09|Other|Post-IPO|${US}
HP|SF Bay Area|2000|2025-02-28||Hardware|Post-IPO|${US}
Hewlett Packard Enterprise|Houston|2500|2025-03-06|0.05|Infrastructure|Post-IPO|${US}
Google|SF Bay Area||2025-04-11||Consumer|Post-IPO|${US}
Intel|SF Bay Area|22000|2025-04-23|0.20|Hardware|Post-IPO|${US}
CrowdStrike|Austin|500|2025-05-07|0.05|Security|Post-IPO|${US}
Match Group|Dallas|325|2025-05-08|0.13|Consumer|Post-IPO|${US}
Microsoft|Seattle|6000|2025-05-13|0.03|Other|Post-IPO|${US}
Bumble|Austin|240|2025-06-25|0.30|Consumer|Post-IPO|${US}
Microsoft|Seattle|9000|2025-07-02|0.04|Other|Post-IPO|${US}
Indeed + Glassdoor|Austin|1300|2025-07-10||HR|Acquired|${US}
Intel|SF Bay Area|5000|2025-07-11||Hardware|Post-IPO|${US}
Scale AI|SF Bay Area|200|2025-07-16|0.14|AI|Series F|${US}
Oracle|SF Bay Area|289|2025-08-13||Other|Post-IPO|${US}
Salesforce|SF Bay Area|4000|2025-09-02||Sales|Post-IPO|${US}
Meta|SF Bay Area|600|2025-10-22||Consumer|Post-IPO|${US}
Applied Materials|SF Bay Area|1400|2025-10-23|0.04|Hardware|Post-IPO|${US}
Rivian|Los Angeles|600|2025-10-23|0.04|Transportation|Post-IPO|${US}
Amazon|Seattle|14000|2025-10-28|0.04|Retail|Post-IPO|${US}
Synopsys|SF Bay Area|2000|2025-11-12|0.10|Other|Post-IPO|${US}
HP|SF Bay Area|4000|2025-11-25||Hardware|Post-IPO|${US}
Meta|SF Bay Area|1500|2026-01-13||Consumer|Post-IPO|${US}
Autodesk|SF Bay Area|1000|2026-01-22|0.07|Other|Post-IPO|${US}
Pinterest|SF Bay Area|700|2026-01-27|0.15|Consumer|Post-IPO|${US}
Amazon|Seattle|16000|2026-01-28||Retail|Post-IPO|${US}
`;

export const LAYOFF_EVENTS: LayoffEventDef[] = ROWS.trim()
  .split('\n')
  .map((line) => {
    const [company, location, laidOff, date, pct, industry, stage, country, source] = line.split('|');
    return {
      company: company!,
      location: location!,
      laidOff: laidOff ? Number(laidOff) : null,
      date: date!,
      percentage: pct ? Number(pct) : null,
      industry: industry!,
      stage: stage!,
      country: country!,
      source: source ?? '',
    };
  });

/** Fictional startups' layoffs, dated relative to the day the demo is made, so it always has recent ones. */
export const FICTIONAL_EVENTS: (Omit<LayoffEventDef, 'date' | 'source'> & { daysBefore: number })[] = [
  { company: 'Lumenfold AI', location: 'SF Bay Area', laidOff: 140, daysBefore: 12, percentage: 0.35, industry: 'AI', stage: 'Series B', country: US },
  { company: 'Quillpoint', location: 'New York City', laidOff: 220, daysBefore: 33, percentage: 0.18, industry: 'HR', stage: 'Series C', country: US },
  { company: 'Bramblecloud', location: 'Berlin', laidOff: 310, daysBefore: 58, percentage: 0.22, industry: 'Infrastructure', stage: 'Series D', country: 'Germany' },
  { company: 'Harbor & Pine Analytics', location: 'Toronto', laidOff: 95, daysBefore: 86, percentage: 0.25, industry: 'Data', stage: 'Series B', country: 'Canada' },
  { company: 'Tessellate Health', location: 'Boston', laidOff: 180, daysBefore: 121, percentage: 0.12, industry: 'Healthcare', stage: 'Series E', country: US },
  { company: 'Kijani Pay', location: 'Nairobi', laidOff: 120, daysBefore: 150, percentage: 0.3, industry: 'Finance', stage: 'Series B', country: 'Kenya' },
  { company: 'Orbita Logística', location: 'São Paulo', laidOff: 260, daysBefore: 197, percentage: 0.2, industry: 'Logistics', stage: 'Series C', country: 'Brazil' },
  { company: 'Saffron Stack', location: 'Bengaluru', laidOff: 400, daysBefore: 236, percentage: 0.25, industry: 'Infrastructure', stage: 'Series C', country: 'India' },
];
