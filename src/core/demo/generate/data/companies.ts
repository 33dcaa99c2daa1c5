import type { RegionId } from './regions';

// The demo's own company (fictional) and the employers candidates come from: companies that had
// layoffs (spelled as people write them, so company-name normalisation has work to do) and other
// employers around the world.

export const OUR_COMPANY = {
  name: 'Northwind Labs',
  domain: 'northwindlabs.com',
  /** Legal entities as an HRIS export names them. */
  entities: { default: 'Northwind Labs, Inc.', 'United Kingdom': 'Northwind Labs UK Ltd', Germany: 'Northwind Labs GmbH', Poland: 'Northwind Labs Sp. z o.o.', India: 'Northwind Labs India Pvt. Ltd.', Canada: 'Northwind Labs Canada Inc.' } as Record<string, string>,
  newsroom: 'https://northwindlabs.example/newsroom',
  founded: '2013-02-01',
};

export interface Office {
  location: string;
  country: string;
  weight: number;
  /** Where the people in this office come from, by weight. */
  people: [RegionId, number][];
}

const NA_MIX: [RegionId, number][] = [['north_america', 46], ['south_asia', 16], ['east_asia', 10], ['latin_america', 6], ['europe_west', 5], ['europe_east', 4], ['mena', 4], ['west_africa', 3], ['east_africa', 2], ['southeast_asia', 3], ['southern_africa', 1]];
const EU_MIX: [RegionId, number][] = [['europe_west', 40], ['europe_east', 18], ['south_asia', 10], ['mena', 8], ['west_africa', 5], ['latin_america', 5], ['east_asia', 4], ['north_america', 4], ['east_africa', 3], ['southeast_asia', 2], ['southern_africa', 1]];

export const OFFICES: Office[] = [
  { location: 'Seattle, WA', country: 'United States', weight: 26, people: NA_MIX },
  { location: 'San Francisco, CA', country: 'United States', weight: 10, people: NA_MIX },
  { location: 'New York, NY', country: 'United States', weight: 8, people: NA_MIX },
  { location: 'Toronto, ON', country: 'Canada', weight: 7, people: NA_MIX },
  { location: 'London, United Kingdom', country: 'United Kingdom', weight: 9, people: EU_MIX },
  { location: 'Berlin, Germany', country: 'Germany', weight: 7, people: EU_MIX },
  { location: 'Warsaw, Poland', country: 'Poland', weight: 5, people: [['europe_east', 70], ['europe_west', 15], ['mena', 5], ['south_asia', 5], ['latin_america', 5]] },
  { location: 'Bengaluru, India', country: 'India', weight: 11, people: [['south_asia', 94], ['east_asia', 2], ['southeast_asia', 2], ['europe_west', 2]] },
  { location: 'Lagos, Nigeria', country: 'Nigeria', weight: 4, people: [['west_africa', 90], ['east_africa', 5], ['southern_africa', 5]] },
  { location: 'Nairobi, Kenya', country: 'Kenya', weight: 3, people: [['east_africa', 85], ['west_africa', 8], ['southern_africa', 7]] },
  { location: 'São Paulo, Brazil', country: 'Brazil', weight: 4, people: [['latin_america', 92], ['europe_west', 4], ['east_asia', 4]] },
  { location: 'Singapore', country: 'Singapore', weight: 3, people: [['southeast_asia', 60], ['east_asia', 20], ['south_asia', 15], ['europe_west', 5]] },
  { location: 'Remote (US)', country: 'United States', weight: 3, people: NA_MIX },
];

export interface Employer {
  /** As the layoffs tracker names it ('' for employers with no layoff in the tracker). */
  name: string;
  /** How people write it in a spreadsheet. */
  spellings: string[];
}

/** Companies in the layoffs file, spelled as candidates write them. */
export const LAID_OFF_SPELLINGS: Record<string, string[]> = {
  Meta: ['Meta', 'Meta Platforms', 'Facebook (Meta)', 'Meta Platforms, Inc.'],
  Google: ['Google', 'Google LLC', 'Alphabet / Google'],
  Amazon: ['Amazon', 'Amazon.com', 'Amazon Web Services (AWS)', 'AMAZON'],
  Microsoft: ['Microsoft', 'Microsoft Corporation', 'Microsoft Corp.'],
  Salesforce: ['Salesforce', 'Salesforce, Inc.', 'salesforce.com'],
  Intel: ['Intel', 'Intel Corporation', 'Intel Corp'],
  Twitter: ['Twitter', 'X (formerly Twitter)', 'Twitter, Inc.'],
  Cisco: ['Cisco', 'Cisco Systems', 'Cisco Systems, Inc.'],
  IBM: ['IBM', 'IBM Corporation'],
  SAP: ['SAP', 'SAP SE'],
  Spotify: ['Spotify', 'Spotify AB'],
  Shopify: ['Shopify', 'Shopify Inc.'],
  PayPal: ['PayPal', 'PayPal Holdings, Inc.'],
  Stripe: ['Stripe', 'Stripe, Inc.'],
  Dell: ['Dell', 'Dell Technologies'],
  HP: ['HP', 'HP Inc.'],
  Tesla: ['Tesla', 'Tesla, Inc.'],
  Unity: ['Unity', 'Unity Technologies'],
  Zoom: ['Zoom', 'Zoom Video Communications'],
  Workday: ['Workday', 'Workday, Inc.'],
  Atlassian: ['Atlassian', 'Atlassian Pty Ltd'],
  Ericsson: ['Ericsson', 'Telefonaktiebolaget LM Ericsson'],
  Accenture: ['Accenture', 'Accenture plc'],
};

/** Employers with no row in the layoffs file (consultancies, regional leaders, startups). */
export const OTHER_EMPLOYERS: Partial<Record<RegionId | 'global', string[]>> = {
  global: ['Thoughtworks', 'EPAM Systems', 'Datadog', 'Cloudflare', 'Snowflake', 'Databricks', 'GitLab', 'HashiCorp', 'NVIDIA', 'Adobe', 'Uber', 'Airbnb', 'Netflix', 'Capgemini', 'Deloitte', 'Lumenfold AI', 'Quillpoint', 'Bramblecloud', 'Harbor & Pine Analytics', 'Tessellate Health'],
  north_america: ['Capital One', 'JPMorgan Chase', 'Wealthsimple', 'Shopify', 'Instacart', 'Etsy', 'Chewy', 'Robinhood'],
  europe_west: ['Booking.com', 'Adyen', 'Zalando', 'Delivery Hero', 'Revolut', 'Wise', 'Monzo', 'Spotify', 'N26', 'Celonis', 'Personio'],
  europe_east: ['Allegro', 'UiPath', 'Grammarly', 'JetBrains', 'Bolt', 'Wise', 'Docplanner'],
  south_asia: ['Infosys', 'Tata Consultancy Services', 'Wipro', 'Flipkart', 'Swiggy', 'Zomato', 'Razorpay', 'PhonePe', 'Freshworks', 'Zoho'],
  east_asia: ['Rakuten', 'LINE Yahoo', 'Mercari', 'Naver', 'Kakao', 'Coupang', 'Alibaba', 'Tencent', 'ByteDance', 'TSMC'],
  southeast_asia: ['Grab', 'Sea', 'GoTo', 'Shopee', 'Lazada', 'Traveloka', 'Xendit', 'Carousell', 'VNG'],
  west_africa: ['Paystack', 'Flutterwave', 'Interswitch', 'Andela', 'Moniepoint', 'Jumia', 'Wave'],
  east_africa: ['Safaricom', 'M-KOPA', 'Twiga Foods', 'Cellulant', 'Andela', 'Sendy'],
  southern_africa: ['Takealot', 'Yoco', 'Naspers', 'Discovery', 'Standard Bank', 'Entersekt'],
  latin_america: ['Nubank', 'Mercado Libre', 'Rappi', 'Globant', 'iFood', 'QuintoAndar', 'Kavak', 'Stone', 'Loft'],
  mena: ['Careem', 'Noon', 'Talabat', 'Trendyol', 'Getir', 'Wix', 'monday.com', 'JFrog', 'Fiverr', 'Swvl'],
};

export const EDUCATION = [
  'B.Sc. Computer Science', 'M.Sc. Computer Science', 'B.Eng. Electrical Engineering', 'B.Tech. Information Technology', 'M.S. Machine Learning',
  'Ph.D. Computer Science', 'B.Sc. Mathematics', 'M.Sc. Data Science', 'B.A. Economics', 'Coding bootcamp', 'B.Sc. Physics', 'M.Eng. Software Engineering', 'Self-taught',
];
