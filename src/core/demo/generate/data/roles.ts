// Northwind Labs' open requisitions: title | job family | level | team | must-haves | nice-to-haves.
// Must-haves are what a hiring manager would really screen on, written the way they write them
// (aliases and all); the generator adds location, dates, status, headcount and a description.

export interface RoleTemplate {
  title: string;
  family: string;
  level: string;
  team: string;
  must: string;
  nice: string;
}

const ROWS = `
Senior Machine Learning Engineer, LLM Platform|AI/ML|Senior|Applied AI|Python, PyTorch, LLMs, RAG|LangChain, vector databases, Kubernetes, LLM evaluation
Staff AI Engineer, Agents|AI/ML|Staff|Conversational AI|Python, LLMs, RAG, model serving|LangGraph, OpenAI API, TypeScript
Machine Learning Engineer, Search Ranking|AI/ML|Mid|Search & Ranking|Python, PyTorch, learning to rank, SQL|Elasticsearch, Spark, A/B testing
Senior Applied Scientist, Recommendations|AI/ML|Senior|Recommendations|Python, deep learning, recommender systems, PyTorch|TensorFlow, Spark, causal inference
AI Engineer, Document Intelligence|AI/ML|Mid|Applied AI|Python, Hugging Face Transformers, NLP|fine-tuning, OCR, FastAPI
Senior NLP Engineer|AI/ML|Senior|Conversational AI|Python, NLP, PyTorch, LLMs|spaCy, fine-tuning, Kubernetes
Principal Machine Learning Engineer|AI/ML|Principal|Applied AI|Python, deep learning, distributed training, LLMs|JAX, CUDA, Ray
Computer Vision Engineer|AI/ML|Senior|Applied AI|Python, PyTorch, computer vision|OpenCV, ONNX, TensorRT
Machine Learning Engineer II, Fraud|AI/ML|Mid|Payments|Python, scikit-learn, XGBoost, SQL|Kafka, feature stores, Airflow
Engineering Manager, Applied ML|AI/ML|Manager|Applied AI|machine learning, Python, people management|LLMs, MLOps
Senior AI Engineer, Evaluation|AI/ML|Senior|Applied AI|Python, LLMs, prompt engineering, statistics|RAG, Weights & Biases
Junior Machine Learning Engineer|AI/ML|Junior|Search & Ranking|Python, machine learning, SQL|PyTorch, Docker
Senior MLOps Engineer|MLOps|Senior|ML Platform|Kubernetes, MLflow, Python, Docker|Kubeflow, Terraform, Airflow
Staff ML Platform Engineer, Inference|MLOps|Staff|Model Serving|Kubernetes, model serving, vLLM, Python|Triton Inference Server, CUDA, Go
MLOps Engineer|MLOps|Mid|ML Platform|Python, MLflow, Docker, CI/CD|SageMaker, Terraform
Senior ML Infrastructure Engineer, Training|MLOps|Senior|ML Platform|Kubernetes, Ray, Python, GPU computing|Slurm, Terraform, PyTorch
ML Platform Engineer, Feature Store|MLOps|Mid|ML Platform|Python, feature stores, Apache Spark, Airflow|Feast, Kafka, Redis
Senior MLOps Engineer, LLMOps|MLOps|Senior|Model Serving|k8s, vLLM, Python, Prometheus|KServe, Argo CD, OpenTelemetry
Engineering Manager, ML Platform|MLOps|Manager|ML Platform|Kubernetes, MLOps, people management|Python, Terraform
MLOps Engineer, Vertex AI|MLOps|Mid|ML Platform|Google Cloud, Vertex AI, Python, Terraform|Kubeflow, BigQuery
Senior Platform Engineer, Developer Platform|Platform|Senior|Developer Platform|Kubernetes, Terraform, Golang, CI/CD|Backstage, Argo CD, Crossplane
Staff Platform Engineer|Platform|Staff|Core Infrastructure|Kubernetes, Go, Terraform, distributed systems|Istio, Envoy, Helm
Platform Engineer|Platform|Mid|Developer Platform|k8s, Terraform, GitHub Actions, Python|Helm, Argo CD
Senior DevOps Engineer|Platform|Senior|Core Infrastructure|Kubernetes, Terraform, AWS, CI/CD|Ansible, Jenkins, Go
Platform Engineer, Internal Developer Platform|Platform|Mid|Developer Experience|Kubernetes, Backstage, TypeScript, GitOps|Argo CD, Crossplane
Principal Platform Engineer|Platform|Principal|Core Infrastructure|Kubernetes, Go, Terraform, platform engineering|Cilium, eBPF, Istio
Senior Software Engineer, Build & CI|Platform|Senior|Developer Experience|CI/CD, Bazel, Go, Linux|GitHub Actions, Kubernetes
Engineering Manager, Developer Platform|Platform|Manager|Developer Platform|Kubernetes, Terraform, people management|Backstage, Go
Platform Engineer II, GitOps|Platform|Mid|Developer Platform|Argo CD, Helm, Kubernetes|Kustomize, Flux, Go
Junior Platform Engineer|Platform|Junior|Developer Platform|Linux, Docker, Python|Kubernetes, Terraform
Senior Site Reliability Engineer|SRE|Senior|SRE|Kubernetes, Prometheus, Linux, incident management|Go, Terraform, OpenTelemetry
Staff Site Reliability Engineer, Observability|SRE|Staff|Observability|OpenTelemetry, Prometheus, Grafana, Go|Grafana Tempo, Loki, Kafka
Site Reliability Engineer|SRE|Mid|SRE|Linux, Kubernetes, Python, Prometheus|Terraform, PagerDuty
Senior SRE, Databases|SRE|Senior|Production Engineering|PostgreSQL, Linux, Kubernetes, SLOs|Kafka, Redis, Go
Site Reliability Engineer, Payments|SRE|Mid|SRE|Kubernetes, Go, incident management|Datadog, Terraform
SRE Manager|SRE|Manager|SRE|SRE, incident management, people management|Kubernetes, Prometheus
Senior Production Engineer|SRE|Senior|Production Engineering|Linux, networking, Python, Kubernetes|eBPF, Go
Senior Cloud Engineer, AWS|Cloud/Infra|Senior|Cloud Foundations|AWS, Terraform, networking, IAM|EKS, Python, FinOps
Cloud Infrastructure Engineer, FinOps|Cloud/Infra|Mid|FinOps|AWS, cloud cost optimization, Python, SQL|Kubernetes, Terraform
Staff Cloud Architect, Multi-cloud|Cloud/Infra|Staff|Cloud Foundations|AWS, GCP, Azure, Terraform|Kubernetes, networking
Cloud Network Engineer|Cloud/Infra|Senior|Network Engineering|networking, AWS, Terraform|Cloudflare, Go
Cloud Engineer, GCP|Cloud/Infra|Mid|Cloud Foundations|Google Cloud, Terraform, GKE|Python, BigQuery
Senior Infrastructure Engineer, Kubernetes Fleet|Cloud/Infra|Senior|Cloud Foundations|Kubernetes, EKS, Terraform, Linux|Karpenter, Go
Senior Full-Stack Engineer, Payments|Full-stack|Senior|Payments|TypeScript, React, Node.js, PostgreSQL|GraphQL, AWS, Redis
Full-Stack Engineer, Growth|Full-stack|Mid|Growth|TypeScript, React, Next.js|PostgreSQL, A/B testing, Tailwind CSS
Staff Software Engineer, Web Platform|Full-stack|Staff|Web Platform|TypeScript, React, web performance, Node.js|GraphQL, Webpack
Senior Product Engineer, AI Features|Full-stack|Senior|Growth|TypeScript, React, Python, LLMs|Next.js, PostgreSQL, OpenAI API
Software Engineer II, Marketplace|Full-stack|Mid|Marketplace|TypeScript, Node.js, PostgreSQL, REST APIs|React, Redis
Senior Backend Engineer, Go|Full-stack|Senior|Marketplace|Golang, PostgreSQL, REST APIs, Docker|Kafka, gRPC, Kubernetes
Full-Stack Engineer, Internal Tools|Full-stack|Mid|Web Platform|React, Python, Django, PostgreSQL|TypeScript, Docker
Senior Full-Stack Engineer, Developer Portal|Full-stack|Senior|Developer Experience|TypeScript, React, Node.js, GraphQL|Backstage, Kubernetes, Go
Junior Full-Stack Developer|Full-stack|Junior|Growth|JavaScript, React, HTML, CSS|TypeScript, Node.js
Engineering Manager, Product|Full-stack|Manager|Payments|people management, TypeScript, React|Node.js, PostgreSQL
Senior Data Engineer|Data|Senior|Data Engineering|SQL, Python, Apache Spark, Airflow|dbt, Kafka, Snowflake
Analytics Engineer|Data|Mid|Analytics|SQL, dbt, Snowflake|Looker, Python
Staff Data Engineer, Streaming|Data|Staff|Data Platform|Kafka, Apache Flink, Java, SQL|Spark, Kubernetes
Data Engineer, ML Data|Data|Mid|Data Platform|Python, Spark, SQL, Airflow|Delta Lake, Databricks
Senior Analytics Engineer|Data|Senior|Analytics|SQL, dbt, data modeling|BigQuery, Looker, Python
Senior Security Engineer, Cloud|Security|Senior|Security|cloud security, AWS, IAM, Kubernetes|Terraform, Python, OPA
Application Security Engineer|Security|Mid|Security|application security, threat modeling, Python|Semgrep, OWASP
`;

export const ROLE_TEMPLATES: RoleTemplate[] = ROWS.trim()
  .split('\n')
  .map((line) => {
    const [title, family, level, team, must, nice] = line.split('|');
    return { title: title!, family: family!, level: level!, team: team!, must: must!, nice: nice! };
  });
