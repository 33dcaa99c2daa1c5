import type Database from 'better-sqlite3';
import { LEVELS, type Level, type Track } from '../src/shared/domain';
import { graphFromLists } from '../src/core/match/graph';
import type { SkillGraph } from '../src/core/match/types';
import { loadTaxonomy } from '../src/core/skills/taxonomy';
import { addSkills, packedColumns, type PackedSkill } from '../src/core/repos/personSkills';

// A synthetic but realistic workspace for the matching benchmark and the engine's randomised
// tests: skills by track, people with titles, summaries, alumni records and layoffs, and roles.

export const SKILLS: Record<Exclude<Track, 'security' | 'other'>, string[]> = {
  ai_ml: ['Python', 'PyTorch', 'TensorFlow', 'JAX', 'Hugging Face Transformers', 'LangChain', 'LlamaIndex', 'Retrieval-augmented generation', 'Large language models', 'Fine-tuning', 'Prompt engineering', 'Vector databases', 'pgvector', 'Pinecone', 'scikit-learn', 'NLP', 'Computer vision', 'OpenAI API', 'vLLM', 'Evaluation', 'Reinforcement learning', 'XGBoost', 'CUDA', 'NumPy', 'pandas'],
  mlops: ['MLflow', 'Kubeflow', 'Ray', 'Feature stores', 'Model serving', 'Triton Inference Server', 'KServe', 'SageMaker', 'Vertex AI', 'Weights & Biases', 'Airflow', 'Docker', 'Kubernetes', 'Python', 'DVC', 'ONNX', 'GPU scheduling', 'Model monitoring', 'Argo Workflows', 'BentoML'],
  platform: ['Kubernetes', 'Terraform', 'Ansible', 'Helm', 'Argo CD', 'Flux', 'Backstage', 'Internal developer platforms', 'Go', 'Docker', 'GitHub Actions', 'Jenkins', 'GitLab CI', 'Crossplane', 'Pulumi', 'Istio', 'Envoy', 'Linux', 'Bash', 'Packer', 'Vault', 'Service mesh'],
  sre: ['Prometheus', 'Grafana', 'OpenTelemetry', 'Incident management', 'SLOs', 'Kubernetes', 'Linux', 'Go', 'Python', 'Terraform', 'Chaos engineering', 'PagerDuty', 'Datadog', 'Elasticsearch', 'Capacity planning', 'Load balancing', 'Nginx', 'Distributed tracing', 'Bash', 'On-call'],
  cloud_infra: ['AWS', 'Google Cloud', 'Azure', 'EKS', 'GKE', 'AKS', 'Terraform', 'CloudFormation', 'Networking', 'FinOps', 'Cloud cost optimization', 'Serverless', 'Lambda', 'VPC design', 'IAM', 'Linux', 'Kubernetes', 'Cloud security', 'Storage', 'CDN'],
  fullstack: ['TypeScript', 'JavaScript', 'React', 'Next.js', 'Node.js', 'GraphQL', 'REST APIs', 'PostgreSQL', 'Redis', 'CSS', 'Vue.js', 'Svelte', 'Tailwind CSS', 'Python', 'Django', 'Ruby on Rails', 'Docker', 'AWS', 'Testing', 'Accessibility'],
  data: ['SQL', 'dbt', 'Spark', 'Airflow', 'Kafka', 'Snowflake', 'BigQuery', 'Databricks', 'Python', 'Data modeling', 'ETL', 'Flink', 'Looker', 'Redshift', 'Delta Lake', 'Iceberg', 'pandas', 'Data quality', 'Dagster', 'PostgreSQL'],
};
const FRAMEWORK_NOISE = ['jQuery', 'Backbone.js', 'AngularJS', 'Ember.js', 'Bootstrap', 'Sass', 'Less', 'Gulp', 'Grunt', 'Webpack', 'Babel', 'Mocha', 'Chai', 'Jasmine', 'Karma', 'Express', 'Koa', 'Hapi', 'Flask', 'FastAPI', 'Spring', 'Hibernate', 'Struts', 'Laravel', 'Symfony', 'CodeIgniter', 'Meteor', 'Polymer', 'Knockout', 'Dojo'];

export const ADJACENCY: [string, string, number][] = [
  ['Ansible', 'Terraform', 0.6], ['Pulumi', 'Terraform', 0.75], ['CloudFormation', 'Terraform', 0.7], ['Crossplane', 'Terraform', 0.5],
  ['Docker', 'Kubernetes', 0.5], ['EKS', 'Kubernetes', 0.85], ['GKE', 'Kubernetes', 0.85], ['AKS', 'Kubernetes', 0.85], ['Helm', 'Kubernetes', 0.6],
  ['TensorFlow', 'PyTorch', 0.75], ['JAX', 'PyTorch', 0.6], ['LlamaIndex', 'LangChain', 0.75], ['Pinecone', 'Vector databases', 0.8], ['pgvector', 'Vector databases', 0.8],
  ['Argo CD', 'Flux', 0.8], ['Jenkins', 'GitHub Actions', 0.6], ['GitLab CI', 'GitHub Actions', 0.75], ['Datadog', 'Prometheus', 0.5], ['Grafana', 'Prometheus', 0.5],
  ['Google Cloud', 'AWS', 0.6], ['Azure', 'AWS', 0.6], ['Kubeflow', 'MLflow', 0.6], ['Vertex AI', 'SageMaker', 0.75], ['KServe', 'Model serving', 0.8], ['Triton Inference Server', 'Model serving', 0.8],
  ['BentoML', 'Model serving', 0.7], ['Dagster', 'Airflow', 0.75], ['Snowflake', 'BigQuery', 0.7], ['Redshift', 'Snowflake', 0.7], ['Flink', 'Spark', 0.6], ['Databricks', 'Spark', 0.7],
  ['Vue.js', 'React', 0.6], ['Svelte', 'React', 0.5], ['Next.js', 'React', 0.7], ['Django', 'Ruby on Rails', 0.5], ['Go', 'Python', 0.3], ['Istio', 'Service mesh', 0.85], ['Envoy', 'Istio', 0.6],
];

export function benchGraph(): SkillGraph {
  const tracks = new Map<string, Track[]>();
  for (const [t, list] of Object.entries(SKILLS) as [Track, string[]][]) for (const s of list) tracks.set(s, [...(tracks.get(s) ?? []), t]);
  const skills = [...tracks.entries()].map(([name, ts]) => ({ name, tracks: ts }));
  for (const f of FRAMEWORK_NOISE) skills.push({ name: f, tracks: ['fullstack'] });
  return graphFromLists(skills, ADJACENCY, 'bench');
}

/** A small, fast, seeded random generator (mulberry32), so every run builds the same data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TRACK_LIST = Object.keys(SKILLS) as (keyof typeof SKILLS)[];
const CITIES: [string, string][] = [['San Francisco, CA', 'US'], ['New York, NY', 'US'], ['Seattle, WA', 'US'], ['Austin, TX', 'US'], ['London', 'United Kingdom'], ['Berlin', 'Germany'], ['Amsterdam', 'Netherlands'], ['Dublin', 'Ireland'], ['Toronto', 'Canada'], ['Bangalore', 'India'], ['Remote', 'US'], ['Paris', 'France']];
const TITLES: Record<string, string[]> = {
  ai_ml: ['Machine Learning Engineer', 'AI Engineer', 'Applied Scientist', 'LLM Engineer'],
  mlops: ['MLOps Engineer', 'ML Platform Engineer', 'ML Infrastructure Engineer'],
  platform: ['Platform Engineer', 'DevOps Engineer', 'Infrastructure Engineer'],
  sre: ['Site Reliability Engineer', 'SRE', 'Production Engineer'],
  cloud_infra: ['Cloud Engineer', 'Cloud Architect', 'Infrastructure Engineer'],
  fullstack: ['Full-stack Engineer', 'Software Engineer', 'Product Engineer', 'Frontend Engineer'],
  data: ['Data Engineer', 'Analytics Engineer', 'Data Platform Engineer'],
};
const DEEP = ['Owned the production {s} stack and was on-call for it.', 'Led the migration to {s}, cutting costs by 30%.', 'Scaled {s} to millions of requests per day with 99.95% uptime.', 'Shipped and operated {s} services in production for 4 years.'];
const SHALLOW = ['Passionate about technology and learning new frameworks.', 'Familiar with many tools including {s}.', 'Completed several online courses on {s}.', 'Team player who enjoys {s}.'];
const PERF = ['Exceeds', 'Meets', 'Meets', 'Strong', 'Needs improvement', '4/5', '3/5', null];
const REHIRE = ['eligible', 'eligible', 'eligible', 'eligible', 'review', 'ineligible', 'unknown'];

const pickOne = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
function pickSome<T>(r: () => number, a: readonly T[], n: number): T[] {
  const copy = [...a];
  const out: T[] = [];
  while (out.length < n && copy.length) out.push(copy.splice(Math.floor(r() * copy.length), 1)[0]!);
  return out;
}
const dateBefore = (r: () => number, today: string, maxDays: number) => new Date(Date.parse(today) - Math.floor(r() * maxDays) * 86_400_000).toISOString().slice(0, 10);

export interface GenOptions {
  people: number;
  roles: number;
  seed?: number;
  today?: string;
  /** First person id (for adding people to an existing store). */
  firstId?: number;
}

/** Inserts people (and, when asked, layoff events and roles) in one transaction. */
export function generate(db: Database.Database, o: GenOptions): void {
  const r = rng(o.seed ?? 42);
  const today = o.today ?? '2026-11-25';
  const first = o.firstId ?? 1;
  const insPerson = db.prepare(`INSERT INTO people (id, full_name, location, country, remote_pref, relocate, title, company, level, track, years_exp, summary, available_on, layoff_event_id, sources, skills, skill_names)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  // Skills are stored as the importer stores them: canonical names from the taxonomy, raw as written.
  const taxonomy = loadTaxonomy();
  const canon = new Map<string, string>();
  const canonical = (s: string) => canon.get(s) ?? canon.set(s, taxonomy.canonical(s) ?? s).get(s)!;
  const insEmp = db.prepare('INSERT INTO employments (person_id, title, level, hire_date, exit_date, exit_type, last_performance, regrettable, rehire, rehire_source) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    const events = (db.prepare('SELECT count(*) AS n FROM layoff_events').get() as { n: number }).n;
    if (events === 0) {
      const insEv = db.prepare('INSERT INTO layoff_events (company, company_norm, laid_off, date, country) VALUES (?, ?, ?, ?, ?)');
      for (const [c, n] of [['Intel', 15000], ['Microsoft', 6000], ['Salesforce', 4000], ['Meta', 3600], ['Amazon', 14000], ['Google', 1200], ['Atlassian', 500], ['Stripe', 300]] as const) {
        insEv.run(c, c.toLowerCase(), n, dateBefore(r, today, 600), 'US');
      }
    }
    const eventIds = (db.prepare('SELECT id FROM layoff_events ORDER BY id').all() as { id: number }[]).map((e) => e.id);
    for (let i = 0; i < o.people; i++) {
      const id = first + i;
      const track = pickOne(r, TRACK_LIST);
      const level = pickOne(r, ['junior', 'mid', 'mid', 'senior', 'senior', 'staff', 'principal', 'manager'] as Level[]);
      const years = Math.round((LEVELS.indexOf(level) * 2.5 + r() * 4) * 10) / 10;
      const own = SKILLS[track];
      const shallow = r() < 0.06;
      const n = shallow ? 25 + Math.floor(r() * 15) : 3 + Math.floor(r() * 10);
      const skills = new Set(pickSome(r, own, Math.min(own.length, Math.ceil(n * 0.7))));
      while (skills.size < n) skills.add(r() < 0.5 && shallow ? pickOne(r, FRAMEWORK_NOISE) : pickOne(r, SKILLS[pickOne(r, TRACK_LIST)]));
      const list = [...skills];
      const deep = !shallow && r() < 0.55;
      const summary = pickSome(r, deep ? DEEP : SHALLOW, 2).map((t) => t.replace('{s}', pickOne(r, list))).join(' ');
      const [loc, country] = pickOne(r, CITIES);
      const laidOff = r() < 0.55;
      const event = laidOff && r() < 0.5 ? pickOne(r, eventIds) : null;
      const alumni = r() < 0.15;
      const sources = [laidOff ? 'layoff_list' : 'ats', ...(alumni ? ['alumni'] : [])];
      // Two raw terms for one skill keep the first, as the importer does.
      const packed = packedColumns(addSkills([], list.map((s): PackedSkill => [canonical(s), 1, s, 'skills_cell', null])).list);
      insPerson.run(id, `Person ${id}`, loc, country, pickOne(r, ['remote', 'hybrid', 'onsite', null]), pickOne(r, [1, 0, null]), pickOne(r, TITLES[track]!), 'Acme', track === 'platform' && r() < 0.2 ? null : level, r() < 0.1 ? null : track, years, summary, laidOff ? dateBefore(r, today, 900) : null, event, JSON.stringify(sources), packed.skills, packed.skillNames);
      if (alumni) {
        const exit = dateBefore(r, today, 1500);
        const hire = dateBefore(r, exit, 2500);
        insEmp.run(id, pickOne(r, TITLES[track]!), level, hire, exit, pickOne(r, ['layoff', 'voluntary', 'involuntary']), pickOne(r, PERF), r() < 0.3 ? 1 : 0, pickOne(r, REHIRE), 'explicit');
      }
    }
    if (o.roles > 0) {
      const insRole = db.prepare('INSERT INTO roles (req_id, title, track, level, location, remote_policy, status) VALUES (?, ?, ?, ?, ?, ?, ?)');
      const insRs = db.prepare('INSERT OR IGNORE INTO role_skills (role_id, skill, kind, raw) VALUES (?, ?, ?, ?)');
      for (let k = 0; k < o.roles; k++) {
        const track = TRACK_LIST[k % TRACK_LIST.length]!;
        const policy = pickOne(r, ['remote', 'hybrid', 'onsite'] as const);
        const [loc] = pickOne(r, CITIES);
        const id = Number(insRole.run(`REQ-${1000 + k}`, `${pickOne(r, TITLES[track]!)} ${k}`, track, pickOne(r, ['mid', 'senior', 'senior', 'staff'] as Level[]), policy === 'remote' ? 'Remote (US)' : loc, policy, 'open').lastInsertRowid);
        const chosen = pickSome(r, SKILLS[track], 3 + Math.floor(r() * 6));
        const must = chosen.slice(0, Math.max(2, Math.ceil(chosen.length / 2)));
        for (const s of must) insRs.run(id, canonical(s), 'must', s);
        for (const s of chosen.slice(must.length)) insRs.run(id, canonical(s), 'nice', s);
      }
    }
  })();
}
