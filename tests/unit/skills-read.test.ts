import { describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../src/core/skills/taxonomy';
import { buildTaxonomy, type TaxonomyData } from '../../src/core/skills/model';
import builtIn from '../../resources/taxonomy/skills.json';

const tax = loadTaxonomy();
const names = (text: string) => tax.readText(text).skills.map((h) => h.name);

// Prose: résumés and summaries. Each line: text → the skills it names, in order of appearance.
const PROSE: [string, string[]][] = [
  ['Built services in Go on Kubernetes', ['Go', 'Kubernetes']],
  ['Golang microservices', ['Go', 'Microservices']],
  ['Design and analyse A/B tests', ['A/B testing']],
  ['Ran Atlantis for PR plans; Patroni-managed Postgres', ['Atlantis', 'Patroni', 'PostgreSQL']],
  ['Cox regression for churn', ['Survival analysis']],
  ['Go developer with 5 years', ['Go']],
  ['Skills: Go, Rust', ['Go', 'Rust']],
  ['• Go\n• Kubernetes', ['Go', 'Kubernetes']],
  ['GO, RUST, PYTHON', ['Go', 'Rust', 'Python']],
  ['Go-based CLI', ['Go']],
  ['We had to let go of the contractors.', []],
  ['Let go.', []],
  ['Our go-to-market plan', []],
  ['Go to market faster.', []],
  ['Let Go Of Legacy Thinking', []],
  ['go', []],
  ['Things that spark joy', []],
  ['Spark joy in your team', []],
  ['ETL jobs in Spark and Kafka', ['ETL', 'Apache Spark', 'Apache Kafka']],
  ['PySpark pipelines on Databricks', ['Apache Spark', 'Databricks']],
  ['Grew up in the Rust Belt', []],
  ['rust on old cars', []],
  ['Rewrote the parser in Rust', ['Rust']],
  ['R&D budget', []],
  ['Analysis in R and Python', ['R', 'Python']],
  ['e.g. R, SAS or Stata', ['R', 'SAS', 'Stata']],
  ['Julia, Python and R for numerical work', ['Julia', 'Python', 'R']],
  ['Mr. R. Smith', []],
  ['Vitamin C deficiency', []],
  ['C-suite stakeholders', []],
  ['Embedded C and C++ firmware', ['C', 'C++', 'Embedded systems']],
  ['C/C++ developer', ['C', 'C++']],
  ['Wrote C# and .NET services', ['C#', '.NET']],
  ['.NET Core and ASP.NET MVC', ['.NET', 'ASP.NET']],
  ['JavaScript, not Java', ['JavaScript', 'Java']],
  ['TypeScript and JavaScript', ['TypeScript', 'JavaScript']],
  ['Objective-C and Swift', ['Objective-C', 'Swift']],
  ['A swift response to incidents', []],
  ['Swift delivery of projects', []],
  ['Swift and SwiftUI for iOS', ['Swift', 'SwiftUI', 'iOS development']],
  ['I excel at stakeholder management', ['Stakeholder management']],
  ['Excel at building teams', []],
  ['Advanced Excel and SQL', ['Microsoft Excel', 'SQL']],
  ['Word, Excel, PowerPoint and Outlook', ['Microsoft Word', 'Microsoft Excel', 'Microsoft PowerPoint', 'Microsoft Outlook']],
  ['The outlook for the business', []],
  ['In a word, reliable', []],
  ['Microsoft Teams and Slack', ['Microsoft Teams', 'Slack']],
  ['cross-functional teams', []],
  ['Node.js, nodejs and Node JS', ['Node.js']],
  ['Built APIs in node and React', ['API design', 'React']],
  ['React to incidents quickly', []],
  ['Built a React and Redux app', ['React', 'Redux']],
  ['Angular and AngularJS migration', ['Angular', 'AngularJS']],
  ['angular momentum', []],
  ['Spring Boot microservices', ['Spring Boot', 'Microservices']],
  ['In the spring of 2020', []],
  ['Spring 2021 internship', []],
  ['Ruby on Rails and React', ['Ruby on Rails', 'React']],
  ['Ruby Chen, our recruiter', []],
  ['Met Julia at the conference', []],
  ['Deployed with k8s and Helm charts', ['Kubernetes', 'Helm']],
  ['at the helm of the team', []],
  ['At the Helm of engineering', []],
  ['Kubernetes-native tooling', ['Kubernetes']],
  ['Terraform, Pulumi and CloudFormation', ['Terraform', 'Pulumi', 'AWS CloudFormation']],
  ['Infrastructure as Code (IaC)', ['Infrastructure as code']],
  ['Argo CD, ArgoCD and Flux for GitOps', ['Argo CD', 'Flux', 'GitOps']],
  ['Chef, Puppet and Ansible', ['Chef', 'Puppet', 'Ansible']],
  ['Worked as a sous chef', []],
  ['Head Chef at a restaurant', []],
  ['HashiCorp Vault and Consul', ['HashiCorp Vault', 'Consul']],
  ['Consul General of France', []],
  ['CI/CD with Jenkins and GitHub Actions', ['CI/CD', 'Jenkins', 'GitHub Actions']],
  ['Reported to Sarah Jenkins', []],
  ['Prometheus, Grafana and OTel', ['Prometheus', 'Grafana', 'OpenTelemetry']],
  ['OpenTelemetry tracing with Jaeger', ['OpenTelemetry', 'Jaeger']],
  ['on-call rotation and SLOs', ['Incident management', 'Service level objectives']],
  ['LLMs, RAG and prompt engineering', ['Large language models', 'Retrieval-augmented generation', 'Prompt engineering']],
  ['Retrieval-Augmented Generation over a vector DB', ['Retrieval-augmented generation', 'Vector databases']],
  ['rag doll', []],
  ['Fine-tuned Llama 3 with LoRA and QLoRA', ['Llama', 'LoRA']],
  ['LoRa gateways for IoT sensors', ['IoT']],
  ['Hugging Face Transformers and PyTorch', ['Hugging Face', 'PyTorch']],
  ['TF and Keras models', ['TensorFlow', 'Keras']],
  ['sklearn, scikit learn, XGBoost', ['scikit-learn', 'XGBoost']],
  ['MLflow and Kubeflow on EKS', ['MLflow', 'Kubeflow', 'Amazon EKS']],
  ['Served models with vLLM and Triton', ['vLLM', 'Triton Inference Server']],
  ['Ray clusters for distributed training', ['Ray', 'Distributed training']],
  ['Ray Smith, hiring manager', []],
  ['vector databases like Pinecone and pgvector', ['Vector databases', 'Pinecone', 'pgvector']],
  ['Weights & Biases and MLflow', ['Weights & Biases', 'MLflow']],
  ['W&B', ['Weights & Biases']],
  ['Machine learning and deep learning', ['Machine learning', 'Deep learning']],
  ['ML and AI', ['Machine learning', 'Artificial intelligence']],
  ['10 ml of water', []],
  ['Postgres and MySQL', ['PostgreSQL', 'MySQL']],
  ['Amazon Web Services (AWS), GCP and Azure', ['Amazon Web Services', 'Google Cloud', 'Microsoft Azure']],
  ['EKS, GKE and AKS', ['Amazon EKS', 'Google GKE', 'Azure AKS']],
  ['Airflow DAGs and dbt models', ['Apache Airflow', 'dbt']],
  ['improved airflow in the server room', []],
  ['Snowflake and BigQuery', ['Snowflake', 'Google BigQuery']],
  ['a unique snowflake', []],
  ['Tableau dashboards for execs', ['Tableau']],
  ['Worked at Oracle for 5 years', []],
  ['Oracle, SQL Server and DB2', ['Oracle Database', 'Microsoft SQL Server', 'IBM Db2']],
  ['SAS programming and SPSS', ['SAS', 'SPSS']],
  ['Agile and Scrum', ['Agile', 'Scrum']],
  ['SAFe and Kanban', ['SAFe', 'Kanban']],
  ['safe deployments', []],
  ['scikit-learn models', ['scikit-learn']],
  ['CI/CD pipelines', ['CI/CD']],
  ['TCP/IP networking', ['TCP/IP']],
  ['PL/SQL packages', ['PL/SQL']],
  ['A/B testing', ['A/B testing']],
  ['AT&T', []],
  ['Q&A sessions', []],
  ['Dockerized Python apps', ['Docker', 'Python']],
  ['Built our IDP on Backstage with golden paths', ['Internal developer platforms', 'Backstage']],
  ['Went backstage after the show', []],
];

describe('reading prose', () => {
  it.each(PROSE)('%j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('keeps the words each skill was read from, and its primary track', () => {
    expect(tax.readText('Shipped RAG pipelines on k8s with Go; fluent in C#.')).toEqual({
      skills: [
        { name: 'Retrieval-augmented generation', raw: 'RAG pipelines', track: 'ai_ml' },
        { name: 'Kubernetes', raw: 'k8s', track: 'platform' },
        { name: 'Go', raw: 'Go', track: 'platform' },
        { name: 'C#', raw: 'C#', track: 'fullstack' },
      ],
      unknown: [],
    });
  });

  it('reads a whole résumé without tripping on everyday words', () => {
    const resume = `Jane Doe — Senior Platform Engineer. Summary: 9 years leading teams, building internal developer platforms.
I love to mentor people and believe in clear communication. In my spare time I play chess, go hiking, and make bread.
Acme (2019–2024): built our IDP on Backstage; moved 200 services from Jenkins to GitHub Actions and Argo CD; ran EKS
with Karpenter; wrote Terraform modules and Helm charts. On-call lead; defined SLOs; postmortems after every incident.
Observability with Prometheus, Grafana, Loki and OpenTelemetry. Tooling in Go and Python.
Globex (2015–2019): Java and Spring Boot services on AWS (EC2, S3, SQS). Certifications: CKA.
Interests: the Rust Belt's history, a swift bike ride, and Excel-ing at board games. Spring and fall hikes.
Managed a budget of $2M with the C-suite and R&D. Project lead for an office move.`;
    expect(names(resume)).toEqual([
      'Internal developer platforms', 'Backstage', 'Jenkins', 'GitHub Actions', 'Argo CD', 'Amazon EKS', 'Karpenter', 'Terraform', 'Helm',
      'Incident management', 'Service level objectives', 'Postmortems', 'Observability', 'Prometheus', 'Grafana', 'Grafana Loki',
      'OpenTelemetry', 'Go', 'Python', 'Java', 'Spring Boot', 'Amazon Web Services', 'Amazon EC2', 'Amazon S3', 'Amazon SQS', 'Kubernetes',
    ]);
  });

  it('reports a repeated skill once, with the first spelling', () => {
    expect(tax.readText('Kubernetes at work, k8s at home, K8S everywhere').skills).toEqual([{ name: 'Kubernetes', raw: 'Kubernetes', track: 'platform' }]);
  });

  it('never reports unknown terms in prose', () => {
    expect(tax.readText('Underwater basket weaving with FooTool').unknown).toEqual([]);
  });
});

// Skills cells: split on , ; | / • newlines and "and"; unknown pieces kept as written.
const CELLS: [string, string[], string[]][] = [
  ['Python, k8s; AWS | Terraform • Go\nRust', ['Python', 'Kubernetes', 'Amazon Web Services', 'Terraform', 'Go', 'Rust'], []],
  ['Python\tSQL\r\nExcel', ['Python', 'SQL', 'Microsoft Excel'], []],
  ['AWS/GCP/Azure', ['Amazon Web Services', 'Google Cloud', 'Microsoft Azure'], []],
  ['Go and Rust', ['Go', 'Rust'], []],
  ['C/C++', ['C', 'C++'], []],
  ['CI/CD, TCP/IP, PL/SQL', ['CI/CD', 'TCP/IP', 'PL/SQL'], []],
  ['Weights & Biases', ['Weights & Biases'], []],
  ['CI/CD pipelines / Jenkins', ['CI/CD', 'Jenkins'], []],
  ['Research and Development, Sales and Marketing', ['Sales'], ['Research and Development', 'Marketing']],
  ['go, word, excel, r, c', ['Go', 'Microsoft Word', 'Microsoft Excel', 'R', 'C'], []],
  ['Node.js, nodejs, Node JS, node', ['Node.js'], []],
  ['Kubernetes (EKS, GKE), Python (5 yrs), React 18, Go - expert', ['Kubernetes', 'Amazon EKS', 'Google GKE', 'Python', 'React', 'Go'], []],
  ['Underwater basket weaving, Python', ['Python'], ['Underwater basket weaving']],
  ['FooTool, footool, FOOTOOL', [], ['FooTool']],
  ['R&D', [], ['R&D']],
  ['Spark joy', [], ['Spark joy']],
  ['"Python"; [Django]; - Flask', ['Python', 'Django', 'Flask'], []],
  ['LLMs, Retrieval-Augmented Generation, RAG', ['Large language models', 'Retrieval-augmented generation'], []],
  ['PySpark, ArgoCD, OTel, HuggingFace, Hugging Face Transformers', ['Apache Spark', 'Argo CD', 'OpenTelemetry', 'Hugging Face'], []],
  ['TF, sklearn, scikit learn, Postgres, JS, TS, React.js, ReactJS', ['TensorFlow', 'scikit-learn', 'PostgreSQL', 'JavaScript', 'TypeScript', 'React'], []],
  ['Golang, GCP, Amazon Web Services, K8S', ['Go', 'Google Cloud', 'Amazon Web Services', 'Kubernetes'], []],
  ['Experience with Kubernetes and Terraform', ['Kubernetes', 'Terraform'], []],
  ['Python and basket weaving', ['Python'], ['basket weaving']],
  ['', [], []],
  [' , ; | ', [], []],
  ['Vector databases', ['Vector databases'], []],
  ['Kubernetes Operators', ['Kubernetes operators'], []],
  ['AWS Lambda, Lambda', ['AWS Lambda'], []],
  ['Angular 16, AngularJS', ['Angular', 'AngularJS'], []],
  ['Java 17; Java EE; J2EE', ['Java', 'Java EE'], []],
  ['MS Office (Word, Excel)', ['Microsoft Office', 'Microsoft Word', 'Microsoft Excel'], []],
  ['Six Sigma Green Belt', ['Six Sigma'], []],
  ['COBOL, JCL, CICS, DB2', ['COBOL', 'JCL', 'CICS', 'IBM Db2'], []],
  ['jQuery, SharePoint, Excel, project management', ['jQuery', 'Microsoft SharePoint', 'Microsoft Excel', 'Project management'], []],
  ['Cloud', ['Cloud computing'], []],
  ['Led a cross-functional team of twelve engineers across three time zones to deliver things', [], []],
];

describe('reading skills cells', () => {
  it.each(CELLS)('%j', (cell, expected, unknown) => {
    const r = tax.readCell(cell);
    expect(r.skills.map((h) => h.name)).toEqual(expected);
    expect(r.unknown).toEqual(unknown);
  });

  it('keeps each piece as written', () => {
    expect(tax.readCell('Python (5 yrs), k8s, Advanced Excel').skills).toEqual([
      { name: 'Python', raw: 'Python (5 yrs)', track: 'fullstack' },
      { name: 'Kubernetes', raw: 'k8s', track: 'platform' },
      { name: 'Microsoft Excel', raw: 'Advanced Excel', track: 'other' },
    ]);
  });

  it('reads words that prose would refuse, because a cell is a list of skills', () => {
    expect(tax.readCell('Go; Spark; Word; Rust').skills.map((h) => h.name)).toEqual(['Go', 'Apache Spark', 'Microsoft Word', 'Rust']);
    expect(names('Go; Spark; Word; Rust')).toEqual(['Go', 'Apache Spark', 'Microsoft Word', 'Rust']);
    expect(names('Cloud')).toEqual([]);
  });

  it('reads 100,000 cells of eight skills quickly', () => {
    const vocab = ['Python', 'k8s', 'AWS', 'GCP', 'Terraform', 'Go', 'Rust', 'Docker', 'React', 'Node.js', 'SQL', 'Spark', 'MLflow', 'PyTorch', 'Excel', 'Jira', 'Helm', 'Argo CD', 'Kafka', 'dbt'];
    const seps = [', ', '; ', ' | ', '/', ' and '];
    // Mostly known skills in many combinations, and one in 25 pieces an unknown term of its own.
    const piece = (r: number, k: number) => ((r * 8 + k) % 25 === 0 ? `In-house tool ${r}` : vocab[(r * 7 + k * 3) % vocab.length]);
    const cells = Array.from({ length: 100_000 }, (_, r) => Array.from({ length: 8 }, (_, k) => (k ? seps[(r + k) % seps.length] : '') + piece(r, k)).join(''));
    const fresh = buildTaxonomy(builtIn as unknown as TaxonomyData);
    const cpu = process.cpuUsage();
    let hits = 0;
    let unknown = 0;
    for (const c of cells) {
      const r = fresh.readCell(c);
      hits += r.skills.length;
      unknown += r.unknown.length;
    }
    const used = process.cpuUsage(cpu);
    expect(hits).toBeGreaterThan(600_000);
    expect(unknown).toBe(32_000);
    // CPU time, not wall time: well under a second on a laptop; the bound leaves room for slow CI.
    expect((used.user + used.system) / 1000).toBeLessThan(3000);
  });
});

describe('looking up terms', () => {
  it.each([
    ['k8s', 'Kubernetes'],
    ['K8S', 'Kubernetes'],
    ['Golang', 'Go'],
    ['Amazon Web Services', 'Amazon Web Services'],
    ['aws', 'Amazon Web Services'],
    ['node js', 'Node.js'],
    ['Node-JS', 'Node.js'],
    ['ReactJS', 'React'],
    ['scikit learn', 'scikit-learn'],
    ['c++', 'C++'],
    ['C Sharp', 'C#'],
    ['dotnet', '.NET'],
    ['Hugging Face Transformers', 'Hugging Face'],
    ['LLMs', 'Large language models'],
    ['IBM Terraform', 'Terraform'],
  ])('%s → %s', (term, expected) => {
    expect(tax.canonical(term)).toBe(expected);
  });

  it('says null for what it does not know', () => {
    expect(tax.canonical('Underwater basket weaving')).toBeNull();
    expect(tax.canonical('')).toBeNull();
  });

  it('lists what can stand in for a skill, strongest first', () => {
    const adj = tax.adjacent('Kubernetes');
    expect(adj.slice(0, 3)).toEqual([
      { skill: 'Amazon EKS', weight: 0.9 },
      { skill: 'Azure AKS', weight: 0.9 },
      { skill: 'Google GKE', weight: 0.9 },
    ]);
    expect(adj).toContainEqual({ skill: 'Docker', weight: 0.5 });
    expect(tax.adjacent('Docker')).toContainEqual({ skill: 'Kubernetes', weight: 0.8 });
    expect(tax.adjacent('PyTorch')).toContainEqual({ skill: 'TensorFlow', weight: 0.8 });
    // A child stands in for its parent.
    expect(tax.adjacent('Deep learning frameworks')).toContainEqual({ skill: 'PyTorch', weight: 0.6 });
  });
});
