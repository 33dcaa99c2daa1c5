// Everyday English words (and first names) that are also the names of tools, languages or
// skills. In prose such a word is only read as a skill under a case or context rule; the
// taxonomy build refuses an alias from this list without one, and a user-added alias from
// this list is used in skills cells only.
const WORDS = `
access accounting agile airflow alignment analytics annotation ant apex apollo arrow assembly
atlas athena aurora authorization automation backbone backstage bamboo bard bash basic beam beats
bedrock blaze bloom bootstrap budgeting burp cake calico capacitor cassandra chai chef chroma claude
cloud coaching coding comet communication compliance concourse confluence consul containers copilot
cortex crystal cursor cypress dart dash delphi delta diffusion documentation domo drone druid duo
electron elastic elixir elm ember envoy epic evidently excel expo express fabric falco falcon feast
fedora flash flask flex flutter flux forensics gatekeeper gemini gin glue go greenhouse gremlin
groovy guidance harbor harness haskell heap helm hive honeycomb hudson illustrator infra
infrastructure insight instructor interviewing ionic iceberg java jasmine jest julia karma kali kong
lambda lean lever lightning lisp litmus llama loki locust looker luigi make maven mercurial meteor
miro mistral mocha modal mode monitoring monday mural nest networking neptune next node nomad notion
octopus oracle outlines outlook packer palm pandas parcel parquet pascal phoenix pig pinecone pinot
playwright polars port postman prefect presto prism prisma programming project prophet pulsar puppet
puppeteer python racket rails rancher ray react recruiting recruitment redshift replicate rest rollup
ruby rust safe sales salesforce salt scala scale scheme scripting seaborn segment selenium sentinel
sentry shell shiny sketch slack snorkel snowflake soap solid spanner spark spring stan storm
storybook stride subversion superset swarm swift tableau tailwind teams tempo tenable testing thanos
torch tracing transformer transformers triton unity unreal vault vector vertex waterfall whisper
windows wiz word workable workday yarn yolo zap zig zoom
`;

export const COMMON_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
