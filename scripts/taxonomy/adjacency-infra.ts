// Adjacency edges: Containers, platform, CI/CD, IaC, observability and cloud. Format in adjacency.ts.
export const INFRA_EDGES = `
Docker > Kubernetes 0.5
Kubernetes > Docker 0.8
Podman ~ Docker 0.8
containerd ~ Docker 0.6
Amazon EKS > Kubernetes 0.9
Google GKE > Kubernetes 0.9
Azure AKS > Kubernetes 0.9
Kubernetes > Amazon EKS 0.75
Kubernetes > Google GKE 0.75
Kubernetes > Azure AKS 0.75
Amazon EKS ~ Google GKE 0.75
Amazon EKS ~ Azure AKS 0.75
Google GKE ~ Azure AKS 0.75
Amazon EKS > Amazon Web Services 0.5
Google GKE > Google Cloud 0.5
Azure AKS > Microsoft Azure 0.5
OpenShift > Kubernetes 0.85
Kubernetes > OpenShift 0.7
Rancher > Kubernetes 0.8
Amazon ECS ~ Amazon EKS 0.5
Amazon ECS > Kubernetes 0.35
Docker Swarm > Kubernetes 0.45
Nomad ~ Kubernetes 0.45
Helm > Kubernetes 0.7
Kubernetes > Helm 0.5
Kustomize > Kubernetes 0.6
Helm ~ Kustomize 0.7
Kubernetes operators > Kubernetes 0.85
Argo CD ~ Flux 0.85
Argo CD > Kubernetes 0.5
Argo CD ~ Spinnaker 0.6
Argo Workflows ~ Apache Airflow 0.55
Kubeflow ~ Argo Workflows 0.55
Knative > Kubernetes 0.5
Istio ~ Linkerd 0.8
Istio ~ Consul 0.55
Envoy ~ Istio 0.6
NGINX ~ HAProxy 0.7
NGINX ~ Envoy 0.55
NGINX ~ Traefik 0.7
NGINX ~ Apache HTTP Server 0.75
Apache HTTP Server ~ Microsoft IIS 0.65
Kong ~ Apigee 0.7
Kong ~ Amazon API Gateway 0.6
Cilium ~ Calico 0.75
Terraform ~ Pulumi 0.8
Terraform ~ AWS CloudFormation 0.7
Terraform ~ AWS CDK 0.6
Pulumi ~ AWS CDK 0.75
AWS CloudFormation ~ AWS CDK 0.8
Terraform ~ Azure Resource Manager 0.6
AWS CloudFormation ~ Azure Resource Manager 0.55
Terraform ~ Crossplane 0.6
Terragrunt > Terraform 0.9
Terraform > Terragrunt 0.7
Ansible ~ Terraform 0.5
Ansible ~ Chef 0.75
Ansible ~ Puppet 0.75
Chef ~ Puppet 0.8
Ansible ~ SaltStack 0.75
Puppet ~ SaltStack 0.7
Packer ~ Terraform 0.45
Vagrant ~ Docker 0.35
Jenkins > GitHub Actions 0.7
Jenkins > GitLab CI 0.7
GitLab CI ~ GitHub Actions 0.85
CircleCI ~ GitHub Actions 0.8
Travis CI ~ GitHub Actions 0.75
CircleCI ~ GitLab CI 0.75
Azure DevOps ~ GitHub Actions 0.75
Azure DevOps ~ Jenkins 0.7
TeamCity ~ Jenkins 0.8
Bamboo ~ Jenkins 0.8
Buildkite ~ GitHub Actions 0.75
Tekton ~ Argo Workflows 0.6
Tekton ~ Jenkins 0.6
AWS CodePipeline ~ GitHub Actions 0.65
Google Cloud Build ~ GitHub Actions 0.65
Spinnaker ~ Harness 0.75
Octopus Deploy ~ Azure DevOps 0.6
GitHub ~ GitLab 0.85
GitHub ~ Bitbucket 0.8
GitLab ~ Bitbucket 0.8
GitHub > Git 0.9
GitLab > Git 0.9
Bitbucket > Git 0.9
Git > GitHub 0.8
Git ~ Subversion 0.6
Git ~ Mercurial 0.75
Git ~ Perforce 0.55
JFrog Artifactory ~ Sonatype Nexus 0.85
HashiCorp Vault > Secrets management 0.9
DevOps > Platform engineering 0.7
Platform engineering > DevOps 0.8
Site reliability engineering ~ DevOps 0.6
Site reliability engineering ~ Platform engineering 0.55
Backstage ~ Humanitec 0.6
Prometheus ~ Datadog 0.65
Prometheus ~ Grafana 0.7
Grafana ~ Datadog 0.55
Datadog ~ New Relic 0.85
Datadog ~ Dynatrace 0.8
New Relic ~ Dynatrace 0.8
AppDynamics ~ Dynatrace 0.8
AppDynamics ~ New Relic 0.8
Datadog ~ Splunk 0.55
Splunk ~ ELK Stack 0.75
ELK Stack ~ OpenSearch 0.8
Elasticsearch ~ OpenSearch 0.9
Elasticsearch ~ ELK Stack 0.75
Elasticsearch ~ Apache Solr 0.75
Apache Solr ~ Apache Lucene 0.75
Grafana Loki ~ ELK Stack 0.6
Fluentd ~ ELK Stack 0.55
Jaeger ~ Zipkin 0.85
OpenTelemetry ~ Jaeger 0.6
OpenTelemetry ~ Prometheus 0.5
OpenTelemetry ~ Datadog 0.45
Grafana Tempo ~ Jaeger 0.75
Nagios ~ Zabbix 0.85
Nagios ~ Prometheus 0.5
Zabbix ~ Prometheus 0.5
Amazon CloudWatch ~ Azure Monitor 0.75
Amazon CloudWatch ~ Google Cloud Operations 0.75
Azure Monitor ~ Google Cloud Operations 0.75
Amazon CloudWatch ~ Datadog 0.5
Sentry ~ New Relic 0.45
Honeycomb ~ Datadog 0.6
VictoriaMetrics ~ Prometheus 0.85
PagerDuty ~ Opsgenie 0.9
JMeter ~ Gatling 0.8
JMeter ~ k6 0.75
k6 ~ Gatling 0.8
Locust ~ k6 0.75
LoadRunner ~ JMeter 0.8
Amazon Web Services ~ Google Cloud 0.6
Amazon Web Services ~ Microsoft Azure 0.6
Google Cloud ~ Microsoft Azure 0.6
Oracle Cloud ~ Amazon Web Services 0.45
IBM Cloud ~ Amazon Web Services 0.45
DigitalOcean ~ Amazon Web Services 0.4
Amazon EC2 ~ Google Compute Engine 0.8
Amazon EC2 ~ Azure Virtual Machines 0.8
Amazon S3 ~ Google Cloud Storage 0.85
Amazon S3 ~ Azure Blob Storage 0.85
AWS Lambda ~ Azure Functions 0.8
AWS Lambda ~ Google Cloud Functions 0.8
Azure Functions ~ Google Cloud Functions 0.8
AWS Fargate ~ Google Cloud Run 0.6
Amazon RDS ~ Google Cloud SQL 0.85
Amazon RDS ~ Azure SQL Database 0.75
Amazon Aurora ~ Amazon RDS 0.85
Amazon DynamoDB ~ Azure Cosmos DB 0.7
Amazon DynamoDB ~ Google Firestore 0.6
Amazon DynamoDB ~ MongoDB 0.55
Amazon DynamoDB ~ Apache Cassandra 0.6
Amazon SQS ~ RabbitMQ 0.6
Amazon SQS ~ Google Pub/Sub 0.7
Amazon SNS ~ Google Pub/Sub 0.7
Amazon SQS ~ Azure Service Bus 0.75
Azure Service Bus ~ RabbitMQ 0.65
Amazon VPC > Cloud networking 0.8
Azure Virtual Network ~ Amazon VPC 0.8
Amazon Route 53 > DNS 0.7
Cloudflare ~ Amazon CloudFront 0.6
AWS IAM > Identity and access management 0.7
Amazon SageMaker ~ Vertex AI 0.8
Amazon SageMaker ~ Azure Machine Learning 0.8
Vertex AI ~ Azure Machine Learning 0.8
Amazon Bedrock ~ Azure OpenAI 0.75
Amazon Bedrock ~ Vertex AI 0.6
`;
