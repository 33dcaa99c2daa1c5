// How ambiguous terms are read in prose (résumés, summaries). Skills cells ignore these rules:
// in a cell, "go" is Go and "word" is Microsoft Word.
//
// One rule per line: term | mode | words that may not follow | words that may not precede | other exact forms
//   ci      any case (the default for every alias without a rule); the block lists still apply
//   cased   only as written (or in an all-capitals line); at a sentence start it must be followed by
//           a list separator or a tech word ("Go, Rust" yes; "Go to market" no)
//   strict  only as written, and only in a list or usage context on both sides
//           ("in R, Python" yes; "Vitamin C" no; "Ruby Chen" no)
//   cell    never read from prose, only from skills cells ("Monitoring", "Cloud")
export const TEXT_RULES = `
Go | cased | to ahead live back further beyond out get through into big home no nogo forward far above deep public down up over away viral green the a an | let lets must will ready
R | strict | | |
C | strict | level levels suite | vitamin grade plan class section type
Spark | cased | joy joys interest interests curiosity conversation conversations change changes innovation ideas idea debate growth creativity engagement plug plugs a | 
Rust | cased | belt belts proof removal colored coloured bucket red | 
Swift | cased | response responses action actions delivery resolution resolutions turnaround transition execution decision decisions growth payment payments transfer transfers recovery progress feedback | 
Java | cased | island sea | 
Excel | cased | at | 
Ruby | strict | | |
Julia | strict | | |
Ada | strict | lovelace | |
Pascal | strict | | blaise |
Delphi | strict | | |
Scheme | strict | | |
Assembly | strict | | |
Scala | cased | | la |
Lisp | cased | | |
Haskell | cased | | |
Elixir | cased | | |
Dart | cased | | |
Elm | cased | street | |
Zig | cased | | |
Groovy | cased | | |
Apex | strict | | |
Racket | cased | | |
Bash | cased | | |
Shell | strict | oil | royal dutch |
Node | cased | | |
React | cased | to quickly swiftly fast immediately appropriately calmly promptly positively negatively accordingly | |
Angular | cased | momentum velocity | |
Express | strict | interest interests | |
Spring | strict | | |
Flask | cased | | |
Rails | strict | | |
Ember | cased | | |
Backbone | strict | of | the |
Electron | cased | microscopy microscope beam | |
Ionic | cased | bond bonds | |
Capacitor | strict | | |
Expo | cased | | |
Flutter | cased | | |
Unity | cased | | |
Unreal | cased | | |
Tailwind | cased | | |
Bootstrap | cased | | |
ARIA | cased | | |
Jest | cased | | |
Mocha | cased | | |
Chai | cased | | |
Jasmine | strict | | |
Karma | strict | | |
Cypress | cased | | |
Playwright | cased | | |
Selenium | cased | | |
Puppeteer | cased | | |
Storybook | cased | | |
Postman | strict | | |
Apollo | strict | | |
Ant | strict | | |
Make | cell | | |
Maven | cased | | a |
Yarn | cased | | |
Rollup | cased | | |
Babel | cased | | |
Sonar | cased | | |
REST | cased | | |
SOAP | cased | | |
API | cased | | |
Helm | cased | of | |
Vault | cased | | bank |
Consul | strict | general | |
Envoy | strict | | special |
Kong | strict | | hong king |
Nomad | strict | | digital |
Chef | strict | | |
Puppet | strict | | |
Salt | strict | | |
Packer | strict | | |
Vagrant | cased | | |
Bamboo | strict | | |
Harness | strict | the | |
Argo | strict | | |
Flux | strict | | |
Backstage | strict | pass passes | |
Jenkins | strict | | |
Rancher | cased | | |
Calico | cased | | |
Sentry | cased | | |
Honeycomb | cased | | |
Loki | strict | | |
Jaeger | strict | | |
Thanos | cased | | |
Prometheus | cased | | |
Gremlin | cased | | |
Locust | strict | | |
Gatling | cased | | |
Elastic | strict | | |
Cisco | strict | | |
Juniper | strict | | |
Arista | strict | | |
Windows | cased | | |
Fedora | cased | | |
SAN | cased | | |
NAS | cased | | |
F5 | cased | | |
Lambda | strict | | |
Glue | strict | | |
Athena | strict | | |
Aurora | strict | borealis australis | |
Spanner | cased | | |
Oracle | strict | | |
Access | strict | | |
Cassandra | strict | | |
Luigi | strict | | |
Prefect | cased | | |
Airflow | cased | | |
Hive | cased | mind | |
Iceberg | cased | | the tip |
Parquet | cased | flooring floor floors | |
Presto | cased | | |
Druid | cased | | |
Pinot | cased | noir grigio gris blanc | |
Snowflake | cased | | |
Redshift | cased | | |
Superset | cased | | |
Domo | cased | | |
Looker | cased | | |
Tableau | cased | vivant | |
Dash | strict | | |
Shiny | strict | | |
Polars | cased | | |
Arrow | strict | | |
Prophet | cased | | the |
Bedrock | strict | of | |
Vertex | cased | | |
Comet | cased | | |
Feast | strict | | |
Evidently | strict | | |
Seldon | cased | | |
Triton | strict | | |
Ray | strict | | |
Chroma | cased | | |
Pinecone | cased | | |
Haystack | cased | | a the |
AutoGen | cased | | |
Claude | strict | | |
Gemini | cased | | |
PaLM | cased | | |
Llama | cased | | |
Mistral | cased | | |
Whisper | cased | | |
Torch | cased | | olympic |
BERT | cased | | |
LoRA | cased | | |
RAG | cased | | |
AI | cased | | |
ML | cased | | |
BI | cased | | |
QA | cased | | |
SAS | cased | | |
SAP | cased | | |
PAM | cased | | |
IAM | cased | | |
SOC | cased | | |
SOAR | cased | | |
OPA | cased | | |
ZAP | cased | | |
IDP | cased | | |
IDPs | cased | | |
DX | cased | | |
SPA | cased | | |
SPAs | cased | | |
ATS | cased | | |
TS | cased | | |
TF | cased | | |
LAMP | cased | | |
YOLO | cased | | |
NATS | cased | | |
AJAX | cased | | |
CX | cased | | |
VR | cased | | |
DBA | cased | | |
CAD | cased | | |
BIM | cased | | |
STRIDE | cased | | |
Gatekeeper | cased | | |
Tenable | cased | | |
Falco | cased | | |
Burp | cased | | |
Wiz | cased | | |
Subversion | cased | | |
Mercurial | cased | | |
Slack | cased | time | |
Zoom | strict | | |
Teams | strict | | |
Project | strict | | |
Word | strict | | |
Outlook | strict | | |
Confluence | cased | of | |
Notion | strict | | |
Miro | cased | | |
Mural | strict | | |
Asana | cased | | |
Lean | strict | | |
Waterfall | cased | | |
SAFe | cased | | |
Lever | strict | | |
Ashby | strict | | |
Greenhouse | cased | gas gases gasses effect | |
Workable | strict | | |
Workday | cased | | |
Kronos | cased | | |
Illustrator | strict | | |
Acrobat | cased | | |
Sketch | strict | | |
Flash | strict | | |
Salesforce | strict | | |
Great Expectations | cased | | |
Fine-tuning | ci | process processes workflows workflow operations strategy strategies procedures approach approaches budget budgets | |
Monitoring | cell | | |
Logging | cell | | |
tracing | cell | | |
Networking | cell | | |
cloud | cell | | |
infrastructure | cell | | |
infra | cell | | |
Automation | cell | | |
Leadership | cell | | |
coaching | cell | | |
Communication | cell | | |
Recruiting | cell | | |
recruitment | cell | | |
interviewing | cell | | |
Sales | cell | | |
Accounting | cell | | |
budgeting | cell | | |
programming | cell | | |
coding | cell | | |
testing | cell | | |
documentation | cell | | |
compliance | cell | | |
authorization | cell | | |
containers | ci | | |
Pandas | ci | | |
Pulsar | cased | | |
Seaborn | ci | | |
Concourse | cased | | |
forensics | ci | | |
Python | ci | | |
Eclipse | cased | | solar lunar total partial an the |
Vim | cased | and | |
Primavera | cased | | |
Webex | ci | | |
Agile | ci | | |
scripting | cell | | |
analytics | ci | | |
`;
