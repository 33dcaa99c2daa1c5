import type { Track } from '../../../../shared/domain';

// What people on each track know and are called. `core` skills are the depth of the track,
// `common` the breadth around it, `tools` the frameworks people list; titles per level. The
// skill names are the canonical ones; SPELLINGS are how people actually write them.

export type LevelKey = 'junior' | 'mid' | 'senior' | 'staff' | 'principal' | 'manager' | 'director';
export const LEVEL_KEYS: LevelKey[] = ['junior', 'mid', 'senior', 'staff', 'principal', 'manager', 'director'];

export interface TrackProfile {
  track: Track;
  core: string[];
  common: string[];
  tools: string[];
  titles: Record<LevelKey, string[]>;
  teams: string[];
  /** What someone on this track did in production, for summaries and résumés. */
  work: string[];
}

const t = (s: string) => s.split('|').map((x) => x.trim());

export const TRACK_PROFILES: TrackProfile[] = [
  {
    track: 'ai_ml',
    core: t('Python|PyTorch|Machine learning|Deep learning|Large language models|Retrieval-augmented generation|NLP|Hugging Face Transformers'),
    common: t('TensorFlow|scikit-learn|Computer vision|Fine-tuning|Prompt engineering|Vector databases|SQL|Docker|Kubernetes|OpenAI API|Recommender systems|Pandas|NumPy'),
    tools: t('LangChain|LlamaIndex|pgvector|FAISS|Pinecone|Weights & Biases|JAX|XGBoost|spaCy|OpenCV|Gradio|Streamlit|DSPy'),
    titles: {
      junior: t('Machine Learning Engineer I|Junior ML Engineer|Associate Data Scientist'),
      mid: t('Machine Learning Engineer|ML Engineer II|Applied Scientist|Data Scientist'),
      senior: t('Senior Machine Learning Engineer|Senior Applied Scientist|Senior AI Engineer|Senior ML Engineer, LLMs'),
      staff: t('Staff Machine Learning Engineer|Staff AI Engineer|Staff Applied Scientist'),
      principal: t('Principal ML Engineer|Principal Applied Scientist'),
      manager: t('Engineering Manager, Applied ML|Machine Learning Manager'),
      director: t('Director of AI|Director, Machine Learning'),
    },
    teams: t('Applied AI|Search & Ranking|Recommendations|Conversational AI'),
    work: t('shipped an LLM support assistant with RAG over 2M help-centre documents|cut ranking latency by 40% while lifting click-through 6%|fine-tuned open-weight LLMs with LoRA for document extraction|built the fraud model that replaced hand-written rules|owned evaluation harnesses for a retrieval-augmented search product|trained and served computer-vision models for catalogue quality'),
  },
  {
    track: 'mlops',
    core: t('MLflow|Kubeflow|Kubernetes|Python|Docker|Model serving|Feature stores|Airflow'),
    common: t('Ray|vLLM|Triton Inference Server|Amazon SageMaker|Vertex AI|Terraform|CI/CD|Prometheus|GPU computing|Weights & Biases|AWS|ONNX'),
    tools: t('KServe|BentoML|Feast|Argo Workflows|DVC|Seldon Core|Metaflow|ZenML|CUDA|TorchServe'),
    titles: {
      junior: t('MLOps Engineer I|Junior MLOps Engineer'),
      mid: t('MLOps Engineer|ML Platform Engineer|Machine Learning Infrastructure Engineer'),
      senior: t('Senior MLOps Engineer|Senior ML Platform Engineer|Senior ML Infrastructure Engineer'),
      staff: t('Staff ML Platform Engineer|Staff MLOps Engineer'),
      principal: t('Principal ML Infrastructure Engineer'),
      manager: t('Engineering Manager, ML Platform'),
      director: t('Director, ML Platform'),
    },
    teams: t('ML Platform|Model Serving'),
    work: t('ran the model-serving fleet on Kubernetes with vLLM at 30k requests per second|moved 200 training pipelines from cron jobs to Kubeflow|built the feature store used by every ranking model|halved GPU spend with autoscaling and spot capacity|introduced model registry and canary rollouts with MLflow'),
  },
  {
    track: 'platform',
    core: t('Kubernetes|Terraform|Go|Argo CD|Helm|Docker|GitOps|Internal developer platform'),
    common: t('AWS|GitHub Actions|Backstage|Crossplane|Istio|Python|Linux|Bash|CI/CD|Pulumi|Jenkins|Google Cloud'),
    tools: t('Tekton|Flux|Kustomize|Packer|Vault|Consul|Nomad|Spinnaker|Bazel|Earthly'),
    titles: {
      junior: t('Platform Engineer I|Junior DevOps Engineer'),
      mid: t('Platform Engineer|DevOps Engineer|Developer Platform Engineer'),
      senior: t('Senior Platform Engineer|Senior DevOps Engineer|Senior Software Engineer, Developer Platform'),
      staff: t('Staff Platform Engineer|Staff Software Engineer, Infrastructure'),
      principal: t('Principal Platform Engineer'),
      manager: t('Engineering Manager, Developer Platform|Platform Engineering Manager'),
      director: t('Director of Platform Engineering'),
    },
    teams: t('Developer Platform|Core Infrastructure|Developer Experience'),
    work: t('built the internal developer platform 400 engineers deploy through|cut deploy time from 45 to 6 minutes with GitOps and Argo CD|migrated 300 services from hand-made VMs to Kubernetes|wrote the Terraform modules behind every new service|launched golden paths in Backstage that new teams adopt in a day'),
  },
  {
    track: 'sre',
    core: t('Site reliability engineering|Prometheus|Grafana|OpenTelemetry|Kubernetes|Linux|Incident management|Service level objectives'),
    common: t('Go|Python|Terraform|PagerDuty|Datadog|Elasticsearch|Bash|Networking|PostgreSQL|Chaos engineering|AWS|Load balancing'),
    tools: t('Loki|Grafana Tempo|Jaeger|Thanos|Nagios|Splunk|Sentry|Gremlin|k6|HAProxy'),
    titles: {
      junior: t('Site Reliability Engineer I|Junior SRE'),
      mid: t('Site Reliability Engineer|SRE II|Production Engineer'),
      senior: t('Senior Site Reliability Engineer|Senior SRE|Senior Production Engineer'),
      staff: t('Staff Site Reliability Engineer|Staff SRE'),
      principal: t('Principal Site Reliability Engineer'),
      manager: t('SRE Manager|Engineering Manager, Reliability'),
      director: t('Director of Reliability Engineering'),
    },
    teams: t('SRE|Observability|Production Engineering'),
    work: t('ran incident command for a 99.99% payments API|introduced SLOs and error budgets across 60 services|rebuilt alerting on Prometheus and cut pages by 70%|rolled out OpenTelemetry tracing end to end|led the on-call rotation through two region failovers'),
  },
  {
    track: 'cloud_infra',
    core: t('AWS|Google Cloud|Microsoft Azure|Terraform|Networking|Cloud cost optimization|Linux|Kubernetes'),
    common: t('AWS CloudFormation|Ansible|Python|IAM|Amazon EKS|Google Kubernetes Engine|Azure Kubernetes Service|Serverless|AWS Lambda|Bash|Docker|FinOps'),
    tools: t('Packer|Vault|Cloudflare|Pulumi|Chef|Puppet|OpenStack|VMware|Transit Gateway|CDK'),
    titles: {
      junior: t('Cloud Engineer I|Junior Cloud Engineer'),
      mid: t('Cloud Engineer|Infrastructure Engineer|Cloud Infrastructure Engineer'),
      senior: t('Senior Cloud Engineer|Senior Infrastructure Engineer|Senior Cloud Architect'),
      staff: t('Staff Infrastructure Engineer|Staff Cloud Engineer'),
      principal: t('Principal Cloud Architect'),
      manager: t('Cloud Infrastructure Manager|Engineering Manager, Cloud'),
      director: t('Director of Cloud Infrastructure'),
    },
    teams: t('Cloud Foundations|Network Engineering|FinOps'),
    work: t('cut the AWS bill by 32% with rightsizing, savings plans and spot|designed the multi-account landing zone for three regions|moved the data centre estate to GCP in eleven months|ran the EKS fleet of 40 clusters|built the network from VPCs to Transit Gateway and private links'),
  },
  {
    track: 'fullstack',
    core: t('TypeScript|React|Node.js|PostgreSQL|JavaScript|REST APIs|GraphQL|Next.js'),
    common: t('Python|Go|Docker|AWS|Redis|HTML|CSS|Tailwind CSS|Jest|Playwright|Ruby on Rails|Django|Vue.js'),
    tools: t('Svelte|Remix|Angular|NestJS|Express|Prisma|tRPC|Vite|Webpack|Storybook|Firebase|Supabase'),
    titles: {
      junior: t('Software Engineer I|Junior Full-Stack Developer|Associate Software Engineer'),
      mid: t('Full-Stack Engineer|Software Engineer II|Product Engineer'),
      senior: t('Senior Full-Stack Engineer|Senior Software Engineer|Senior Product Engineer'),
      staff: t('Staff Software Engineer|Staff Full-Stack Engineer'),
      principal: t('Principal Software Engineer'),
      manager: t('Engineering Manager, Product|Engineering Manager'),
      director: t('Director of Engineering'),
    },
    teams: t('Payments|Growth|Web Platform|Marketplace'),
    work: t('shipped the self-serve billing flow alone in six weeks|rebuilt checkout in Next.js and lifted conversion 9%|owned the GraphQL gateway serving web and mobile|took a partner dashboard from idea to 2,000 customers|moved a Rails monolith to TypeScript services without downtime'),
  },
  {
    track: 'data',
    core: t('SQL|Python|Apache Spark|dbt|Apache Airflow|Data modeling|Apache Kafka|Snowflake'),
    common: t('BigQuery|Databricks|ETL|Apache Flink|Delta Lake|Scala|Looker|Tableau|PostgreSQL|AWS|Pandas|Data warehousing'),
    tools: t('Fivetran|Airbyte|Great Expectations|Dagster|Trino|Presto|Hive|Redshift|Power BI|Metabase'),
    titles: {
      junior: t('Data Engineer I|Junior Data Engineer|Data Analyst'),
      mid: t('Data Engineer|Analytics Engineer|Data Engineer II'),
      senior: t('Senior Data Engineer|Senior Analytics Engineer'),
      staff: t('Staff Data Engineer'),
      principal: t('Principal Data Engineer'),
      manager: t('Data Engineering Manager'),
      director: t('Director of Data'),
    },
    teams: t('Data Engineering|Analytics|Data Platform'),
    work: t('built the streaming pipeline that feeds every dashboard within a minute|moved 900 dbt models to a tested, documented layout|ran the Spark jobs behind billing reconciliation|designed the warehouse model finance closes the books on|cut Snowflake spend 35% with clustering and incremental models'),
  },
  {
    track: 'security',
    core: t('Application security|Threat modeling|Identity and access management|Python|Cloud security|OWASP'),
    common: t('Kubernetes|AWS|SIEM|Splunk|HashiCorp Vault|Zero trust|Penetration testing|Go|Terraform'),
    tools: t('Burp Suite|Snyk|Semgrep|Wiz|CrowdStrike|Okta|OPA|Falco'),
    titles: {
      junior: t('Security Engineer I'),
      mid: t('Security Engineer|Application Security Engineer'),
      senior: t('Senior Security Engineer|Senior Application Security Engineer'),
      staff: t('Staff Security Engineer'),
      principal: t('Principal Security Engineer'),
      manager: t('Security Engineering Manager'),
      director: t('Director of Security'),
    },
    teams: t('Security|Identity'),
    work: t('ran the secure code review programme|rolled out SSO and least-privilege IAM across 90 AWS accounts|led the SOC 2 Type II audit'),
  },
  {
    track: 'other',
    core: t('Product management|Stakeholder management|SQL|Jira'),
    common: t('Figma|User research|Roadmapping|Excel|Salesforce|Confluence|A/B testing|Recruiting|Technical writing'),
    tools: t('Amplitude|Mixpanel|Notion|Miro|HubSpot|Greenhouse|Lever'),
    titles: {
      junior: t('Associate Product Manager|Recruiting Coordinator|Junior Designer'),
      mid: t('Product Manager|Product Designer|Technical Recruiter|Technical Writer'),
      senior: t('Senior Product Manager|Senior Product Designer|Senior Technical Recruiter'),
      staff: t('Staff Product Designer|Group Product Manager'),
      principal: t('Principal Product Manager'),
      manager: t('Design Manager|Recruiting Manager'),
      director: t('Director of Product'),
    },
    teams: t('Product|Design|Talent Acquisition|Customer Success'),
    work: t('launched the enterprise tier|ran discovery for the AI assistant|hired 60 engineers in a year'),
  },
];

export const PROFILE_BY_TRACK = new Map(TRACK_PROFILES.map((p) => [p.track, p]));

/** How people write a skill besides its canonical name (aliases the taxonomy should read). */
export const SPELLINGS: Record<string, string[]> = {
  Kubernetes: ['k8s', 'K8s', 'kubernetes'],
  Go: ['Golang', 'golang'],
  PyTorch: ['pytorch', 'Torch'],
  TensorFlow: ['Tensorflow', 'TF2'],
  JavaScript: ['JS', 'Javascript'],
  TypeScript: ['TS', 'Typescript'],
  PostgreSQL: ['Postgres', 'postgres', 'psql'],
  'Node.js': ['Node', 'NodeJS', 'nodejs'],
  React: ['ReactJS', 'React.js'],
  'Large language models': ['LLMs', 'LLM', 'GenAI'],
  'Retrieval-augmented generation': ['RAG'],
  'Hugging Face Transformers': ['HF Transformers', 'HuggingFace', 'transformers'],
  'scikit-learn': ['sklearn', 'Scikit Learn'],
  'Google Cloud': ['GCP', 'Google Cloud Platform'],
  'Microsoft Azure': ['Azure'],
  AWS: ['Amazon Web Services', 'aws'],
  'Argo CD': ['ArgoCD', 'argocd'],
  OpenTelemetry: ['OTel', 'otel'],
  'GitHub Actions': ['GH Actions', 'Github Actions'],
  'Apache Spark': ['Spark', 'PySpark'],
  'Apache Kafka': ['Kafka'],
  'Apache Airflow': ['Airflow'],
  Airflow: ['Apache Airflow'],
  'Apache Flink': ['Flink'],
  'Machine learning': ['ML', 'machine learning'],
  'Deep learning': ['DL'],
  NLP: ['Natural Language Processing', 'nlp'],
  'Weights & Biases': ['W&B', 'wandb'],
  'Site reliability engineering': ['SRE'],
  'Service level objectives': ['SLOs', 'SLIs/SLOs'],
  'Amazon EKS': ['EKS'],
  'Google Kubernetes Engine': ['GKE'],
  'Azure Kubernetes Service': ['AKS'],
  'Amazon SageMaker': ['SageMaker', 'Sagemaker'],
  'Vertex AI': ['GCP Vertex'],
  'Cloud cost optimization': ['FinOps', 'cloud cost'],
  'Internal developer platform': ['IDP', 'platform engineering'],
  'Model serving': ['model inference', 'inference serving'],
  'Identity and access management': ['IAM'],
  'CI/CD': ['CICD', 'continuous delivery'],
  'Vector databases': ['vector DBs', 'vector search'],
  'Fine-tuning': ['LoRA', 'finetuning'],
  'AWS CloudFormation': ['CloudFormation', 'CFN'],
  'Ruby on Rails': ['Rails', 'RoR'],
  'Tailwind CSS': ['Tailwind', 'tailwindcss'],
  'Vue.js': ['Vue', 'VueJS'],
  'HashiCorp Vault': ['Vault'],
  'GPU computing': ['CUDA', 'GPUs'],
};

/** Long lists of frameworks that "framework tourists" collect, across every track. */
export const TOURIST_EXTRAS = t(
  'LangChain|LlamaIndex|AutoGen|CrewAI|Haystack|Semantic Kernel|Next.js|Nuxt|SvelteKit|Remix|Angular|Flask|FastAPI|Django|Spring Boot|Express|NestJS|Deno|Flutter|React Native|Kotlin|Rust|Solidity|Web3|Keras|JAX|XGBoost|OpenCV|Pandas|NumPy|Docker Compose|Firebase|Supabase|MongoDB|Redis|GraphQL|Prisma|Tailwind CSS|Streamlit|Gradio|Terraform|Ansible|Jenkins|Kafka|Spark|Snowflake|Tableau|Power BI|ChatGPT|Midjourney|Copilot',
);

/** What people put in skills cells that no taxonomy would call a technical skill. */
export const SOFT_TERMS = t('Agile|Scrum|Mentoring|Public speaking|Team leadership|Cross-functional collaboration|Problem solving|Stakeholder management|OKRs|Jira|Confluence|Technical writing');
