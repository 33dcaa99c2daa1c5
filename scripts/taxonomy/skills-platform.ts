// Hand-curated platform engineering, DevOps, CI/CD, IaC and SRE skills.
// One skill per line: Name | tracks | aliases (comma-separated) | parent
export const PLATFORM_SKILLS = `
DevOps | plat | Dev Ops, DevOps practices, DevOps engineering, DevOps culture, DevOps tooling | 
Platform engineering | plat | platform engineer skills, internal platforms, developer platforms, platform team, platform tooling | DevOps
Internal developer platforms | plat | IDP, IDPs, internal developer platform, internal developer portals, internal developer portal, developer portal, developer portals, self-service platforms, self-service infrastructure, golden paths, golden path, paved roads, paved road | Platform engineering
Backstage | plat | Backstage.io, Spotify Backstage, Roadie | Internal developer platforms
Humanitec | plat | Humanitec Platform Orchestrator | Internal developer platforms
Developer experience | plat | DevEx, DX, developer productivity, developer tooling, dev tooling, developer tools, DevProd, engineering productivity, engineering effectiveness | Platform engineering
Containerization | plat cloud | containers, containerisation, containerized applications, container technologies, Linux containers, LXC, container images | DevOps
Docker | plat cloud fs | Docker Engine, Docker containers, Dockerfile, Dockerfiles, Docker Compose, docker-compose, Docker Desktop, dockerized, dockerised | Containerization
Podman | plat | Buildah, Skopeo | Containerization
containerd | plat | CRI-O, container runtimes, container runtime | Containerization
Container orchestration | plat cloud | container orchestrators, container scheduling, container platforms | Containerization
Kubernetes | plat cloud sre | k8s, kube, Kubernetes (K8s), kubectl, Kubernetes clusters, Kubernetes administration, CKA, CKAD, CKS, Certified Kubernetes Administrator, vanilla Kubernetes, Kubernetes engineering | Container orchestration
OpenShift | plat cloud | Red Hat OpenShift, OKD, Open Shift, OpenShift Container Platform | Container orchestration
Rancher | plat | SUSE Rancher, RKE, RKE2, k3s, K3s | Container orchestration
Nomad | plat | HashiCorp Nomad | Container orchestration
Docker Swarm | plat | Swarm mode, Docker Swarm mode | Container orchestration
Managed Kubernetes | cloud plat | managed Kubernetes services, managed Kubernetes service, hosted Kubernetes | Container orchestration
Amazon EKS | cloud plat | EKS, AWS EKS, Elastic Kubernetes Service, Amazon Elastic Kubernetes Service, EKS Anywhere | Managed Kubernetes
Google GKE | cloud plat | GKE, Google Kubernetes Engine, GKE Autopilot, GCP GKE | Managed Kubernetes
Azure AKS | cloud plat | AKS, Azure Kubernetes Service, Azure Kubernetes | Managed Kubernetes
Amazon ECS | cloud plat | ECS, AWS ECS, Elastic Container Service, Amazon Elastic Container Service | Container orchestration
AWS Fargate | cloud plat | Fargate | Serverless
Cloud-native tooling | plat | CNCF, CNCF projects, cloud native tooling, CNCF landscape | Container orchestration
Helm | plat | Helm charts, Helm chart, Helm 3, Helmfile | Cloud-native tooling
Kustomize | plat | | Cloud-native tooling
Kubernetes operators | plat | K8s operators, Kubernetes operator, operator pattern, Operator SDK, Kubebuilder, custom resource definitions, CRDs, custom controllers, Kubernetes controllers | Cloud-native tooling
Karpenter | plat cloud | | Cloud-native tooling
KEDA | plat | Kubernetes Event-driven Autoscaling | Cloud-native tooling
Knative | plat | Knative Serving | Serverless
Service mesh | plat sre | service meshes, service-mesh | Cloud-native tooling
Istio | plat sre | Istio service mesh, Anthos Service Mesh | Service mesh
Linkerd | plat | Linkerd2 | Service mesh
Consul | plat | HashiCorp Consul, Consul Connect | Service mesh
Envoy | plat sre | Envoy Proxy, Envoy Gateway | Service mesh
Container networking | plat cloud | CNI, Kubernetes networking, container network interface, Kubernetes ingress, ingress controllers | Cloud-native tooling
Cilium | plat cloud sec | Cilium Hubble | Container networking
Calico | plat | Project Calico, Tigera | Container networking
eBPF | plat sec sre | extended BPF | Linux
API gateways | plat fs | API gateway, API management, API gateway design | 
Kong | plat | Kong Gateway, Kong API Gateway, Kong Konnect | API gateways
Apigee | plat | Google Apigee | API gateways
Amazon API Gateway | cloud fs | AWS API Gateway | API gateways
DevOps automation | plat | build and deployment automation, deployment automation, release automation | DevOps
CI/CD | plat | CI CD, CICD, continuous integration, continuous delivery, continuous deployment, CI/CD pipelines, CI pipelines, CD pipelines, build pipelines, deployment pipelines, continuous integration and continuous delivery, CI/CD automation | DevOps
Jenkins | plat | Jenkins CI, Jenkins pipelines, Jenkins pipeline, Jenkinsfile, Jenkins X, CloudBees, CloudBees Jenkins | CI/CD
GitHub Actions | plat | GH Actions, GHA, GitHub workflows, GitHub Actions workflows | CI/CD
GitLab CI | plat | GitLab CI/CD, GitLab pipelines, GitLab Runner, gitlab-ci, .gitlab-ci.yml | CI/CD
CircleCI | plat | Circle CI | CI/CD
Travis CI | plat | TravisCI | CI/CD
Azure DevOps | plat cloud | Azure Pipelines, Azure DevOps Services, VSTS, Azure Repos, Azure Boards, TFS, Team Foundation Server, Azure DevOps Server | CI/CD
TeamCity | plat | JetBrains TeamCity, Team City | CI/CD
Bamboo | plat | Atlassian Bamboo | CI/CD
Buildkite | plat | | CI/CD
Tekton | plat | Tekton Pipelines | CI/CD
Spinnaker | plat | Netflix Spinnaker | CI/CD
Harness | plat | Harness.io, Harness CD, Harness CI | CI/CD
AWS CodePipeline | cloud plat | CodePipeline, CodeBuild, AWS CodeBuild, CodeDeploy, AWS CodeDeploy, AWS CodeCommit, CodeCommit | CI/CD
Google Cloud Build | cloud | Cloud Build | CI/CD
Drone CI | plat | Drone.io | CI/CD
Concourse CI | plat | Concourse | CI/CD
Octopus Deploy | plat | Octopus Deploy server | CI/CD
GitOps | plat | Git Ops, GitOps workflows, GitOps practices | CI/CD
Argo CD | plat | ArgoCD, Argo-CD, Argo, Argo CD ApplicationSets | GitOps
Flux | plat | FluxCD, Flux CD, Flux v2, Weave Flux | GitOps
Progressive delivery | plat sre | canary deployments, canary releases, canary deployment, blue-green deployments, blue/green deployments, blue-green deployment, feature flags, feature flagging, feature toggles, dark launches, Argo Rollouts, Flagger | CI/CD
LaunchDarkly | plat fs | Launch Darkly | Progressive delivery
Release engineering | plat | release management, build and release, build engineering, release pipelines | CI/CD
Artifact management | plat | artifact repositories, artifact repository, binary repositories, package registries | CI/CD
JFrog Artifactory | plat | Artifactory, JFrog, JFrog Xray | Artifact management
Sonatype Nexus | plat | Nexus Repository, Nexus Repository Manager, Nexus IQ | Artifact management
Container registries | plat cloud | container registry, Docker Hub, Amazon ECR, ECR, Google Artifact Registry, GCR, Google Container Registry, Azure Container Registry, ACR, Harbor registry, Quay | Artifact management
Infrastructure as code | plat cloud | IaC, infrastructure-as-code, infra as code, infrastructure automation, infrastructure as code (IaC), declarative infrastructure | DevOps
Atlantis | plat | Terraform Atlantis, runatlantis | Infrastructure as code
Kueue | plat ai | Kubernetes Kueue, Kueue job queueing | Kubernetes
Terraform | plat cloud | HashiCorp Terraform, Terraform Cloud, Terraform Enterprise, HCL, HashiCorp Configuration Language, OpenTofu, Terraform modules, HashiCorp Certified Terraform Associate, Terraform Associate | Infrastructure as code
Terragrunt | plat | | Infrastructure as code
Pulumi | plat cloud | Pulumi IaC | Infrastructure as code
Crossplane | plat cloud | Upbound, Crossplane compositions | Infrastructure as code
AWS CloudFormation | cloud plat | CloudFormation, CFN, Cloud Formation, AWS SAM, Serverless Application Model, CloudFormation templates | Infrastructure as code
AWS CDK | cloud plat | CDK, Cloud Development Kit, AWS Cloud Development Kit, CDKTF, CDK for Terraform | Infrastructure as code
Azure Resource Manager | cloud | ARM templates, Bicep, Azure Bicep, Azure Resource Manager templates | Infrastructure as code
Packer | plat cloud | HashiCorp Packer | Infrastructure as code
Configuration management | plat cloud | config management, configuration management tools, tools for software configuration management | DevOps
Ansible | plat cloud | Ansible Tower, AWX, Ansible playbooks, Red Hat Ansible, Ansible Automation Platform, Ansible roles | Configuration management
Chef | plat | Chef Infra, Opscode Chef, Chef cookbooks, Chef Infra Client | Configuration management
Puppet | plat | Puppet Enterprise, Puppet Labs, Puppet modules | Configuration management
SaltStack | plat | Salt Project, Salt | Configuration management
Vagrant | plat | HashiCorp Vagrant | Virtualization
Secrets management | sec plat | secret management, secrets manager, AWS Secrets Manager, Azure Key Vault, Key Vault, GCP Secret Manager, Google Secret Manager, Sealed Secrets, External Secrets Operator | Cybersecurity
HashiCorp Vault | plat sec | Vault, Vault Enterprise, Vault by HashiCorp | Secrets management
Version control | fs plat | source control, version control systems, VCS, revision control, source code management, version control system | Software engineering
Git | fs plat | Git version control, git-flow, GitFlow, Git Flow, Gerrit, trunk-based development | Version control
GitHub | fs plat | Github, GitHub Enterprise | Version control
GitLab | fs plat | Gitlab, GitLab Enterprise | Version control
Bitbucket | fs plat | Atlassian Bitbucket, BitBucket, Bitbucket Pipelines | Version control
Subversion | fs | SVN, Apache Subversion, Apache Subversion SVN, TortoiseSVN | Version control
Mercurial | fs | Mercurial SCM | Version control
Perforce | fs | Perforce Helix, Helix Core | Version control
ClearCase | fs | IBM Rational ClearCase, Rational ClearCase | Version control
Serverless | cloud fs plat | serverless computing, serverless architecture, serverless architectures, FaaS, functions as a service, Serverless Framework | Cloud computing
AWS Lambda | cloud fs | Lambda, Lambda functions, Amazon Lambda, AWS Lambda functions | Serverless
Azure Functions | cloud fs | Azure Function Apps, Function Apps | Serverless
Google Cloud Functions | cloud fs | Cloud Functions, GCP Cloud Functions, Firebase Functions, Cloud Run functions | Serverless
Google Cloud Run | cloud plat | Cloud Run | Serverless
Cloudflare Workers | cloud fs | | Serverless
AWS Step Functions | cloud | Step Functions | Serverless
Platform as a service | cloud fs | PaaS, platform-as-a-service | Cloud computing
Heroku | fs cloud | | Platform as a service
Vercel | fs | | Platform as a service
Netlify | fs | | Platform as a service
Cloud Foundry | plat | Pivotal Cloud Foundry, PCF, VMware Tanzu, Tanzu Application Service | Platform as a service
Site reliability engineering | sre | SRE, site reliability, reliability engineering, production engineering, SRE practices, site reliability engineering (SRE) | 
Observability | sre plat | o11y, system observability, observability engineering, observability platforms, telemetry | Site reliability engineering
Monitoring | sre | systems monitoring, infrastructure monitoring, application monitoring, APM, application performance monitoring, monitoring and alerting, alerting, server monitoring, network monitoring | Observability
Prometheus | sre plat | PromQL, Alertmanager, Prometheus monitoring, Thanos, Grafana Mimir, Prometheus exporters | Monitoring
Grafana | sre plat | Grafana dashboards, Grafana Labs, Grafana Cloud | Monitoring
Grafana Loki | sre | Loki, LogQL | Logging
Grafana Tempo | sre | | Distributed tracing
OpenTelemetry | sre plat | OTel, Open Telemetry, OpenTelemetry Collector, OTel Collector, OpenTracing, OpenCensus | Observability
Distributed tracing | sre | tracing, distributed traces, request tracing, trace analysis | Observability
Jaeger | sre | Jaeger tracing | Distributed tracing
Zipkin | sre | | Distributed tracing
Logging | sre | log management, log aggregation, centralized logging, centralised logging, log analysis, structured logging, log pipelines | Observability
ELK Stack | sre data | ELK, Elastic Stack, EFK, EFK stack, Logstash, Kibana, Filebeat, Metricbeat | Logging
Fluentd | sre | Fluent Bit, Fluentbit | Logging
Splunk | sre sec | Splunk Enterprise, Splunk Cloud, SPL, Splunk Enterprise Security | Logging
Datadog | sre plat | Data Dog, Datadog APM, Datadog monitoring | Monitoring
New Relic | sre | NewRelic, New Relic APM, New Relic One | Monitoring
Dynatrace | sre | | Monitoring
AppDynamics | sre | AppD, App Dynamics, Cisco AppDynamics | Monitoring
Nagios | sre cloud | Nagios Core, Nagios XI, Icinga | Monitoring
Zabbix | sre cloud | | Monitoring
Sentry | sre fs | Sentry.io | Monitoring
Honeycomb | sre | Honeycomb.io | Observability
Amazon CloudWatch | sre cloud | CloudWatch, AWS CloudWatch, CloudWatch Logs, CloudWatch Metrics | Monitoring
Azure Monitor | sre cloud | Application Insights, Azure Application Insights, App Insights, Log Analytics, Azure Log Analytics | Monitoring
Google Cloud Operations | sre cloud | Stackdriver, Google Cloud Monitoring, Cloud Monitoring, Cloud Logging, Google Cloud Logging, Google Cloud Operations Suite | Monitoring
SolarWinds | cloud sre | SolarWinds Orion | Monitoring
VictoriaMetrics | sre | Victoria Metrics | Monitoring
Incident management | sre | incident response, incident handling, on-call, on call, oncall, on-call rotations, incident command, incident commander, major incident management, incident management process | Site reliability engineering
PagerDuty | sre | Pager Duty | Incident management
Opsgenie | sre | OpsGenie, Atlassian Opsgenie | Incident management
Postmortems | sre | post-mortems, blameless postmortems, postmortem, post-mortem, post-incident reviews, incident reviews, root cause analysis, RCA | Incident management
Runbooks | sre | runbook, runbook automation | Incident management
Service level objectives | sre | SLO, SLOs, SLI, SLIs, SLO/SLI, SLOs/SLIs, service level indicators, error budgets, error budget, SLA, SLAs, service level agreements | Site reliability engineering
Chaos engineering | sre | chaos testing, Chaos Monkey, Gremlin, LitmusChaos, Chaos Mesh, fault injection, game days, GameDays | Site reliability engineering
Capacity planning | sre cloud | capacity management, capacity engineering | Site reliability engineering
Performance engineering | sre fs | performance tuning, performance optimization, performance optimisation, latency optimization, latency optimisation, profiling | Site reliability engineering
Load testing | sre fs | load tests, stress testing, performance testing, soak testing, load and performance testing | Performance engineering
JMeter | sre fs | Apache JMeter | Load testing
Gatling | sre | | Load testing
k6 | sre | Grafana k6 | Load testing
Locust | sre | Locust.io | Load testing
LoadRunner | sre | HP LoadRunner, Micro Focus LoadRunner, Hewlett Packard LoadRunner | Load testing
Disaster recovery | sre cloud | disaster recovery planning, business continuity, BCP, backup and recovery, backup and restore, DR planning, business continuity planning | Site reliability engineering
High availability | sre cloud | high-availability, fault tolerance, fault-tolerant systems, failover, failover solutions, multi-region architecture | Site reliability engineering
Production support | sre other | production operations, L2 support, L3 support, application support | Site reliability engineering
Autoscaling | cloud plat | auto scaling, auto-scaling, horizontal pod autoscaling, HPA, cluster autoscaler, Auto Scaling groups | Cloud computing
Distributed systems | plat fs sre | distributed computing, distributed architectures, large-scale distributed systems, distributed system design | Software architecture
Microservices | fs plat | microservices architecture, microservice architecture, micro-services, microservice, service-oriented architecture, SOA | Software architecture
Event-driven architecture | plat fs data | event driven architecture, event-driven systems, event sourcing, CQRS, event-driven microservices | Software architecture
`;
