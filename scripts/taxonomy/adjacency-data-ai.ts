// Adjacency edges: Data, databases, AI/ML and MLOps. Format in adjacency.ts.
export const DATA_AI_EDGES = `
Amazon Redshift ~ Snowflake 0.75
Amazon Redshift ~ Google BigQuery 0.75
Snowflake ~ Google BigQuery 0.8
Snowflake ~ Databricks 0.65
Azure Synapse Analytics ~ Snowflake 0.7
Azure Synapse Analytics ~ Amazon Redshift 0.75
Microsoft Fabric ~ Azure Synapse Analytics 0.8
Microsoft Fabric ~ Databricks 0.6
Teradata ~ Snowflake 0.6
Teradata ~ Amazon Redshift 0.6
ClickHouse ~ Apache Druid 0.7
Apache Druid ~ Apache Pinot 0.8
ClickHouse ~ Snowflake 0.5
Amazon Athena ~ Presto 0.75
Presto ~ Trino 0.95
Apache Hive ~ Presto 0.6
Apache Hive ~ Apache Spark 0.6
Apache Hadoop ~ Apache Spark 0.6
Apache Flink ~ Apache Spark 0.6
Apache Flink ~ Apache Beam 0.7
Apache Beam ~ Google Dataflow 0.85
Apache Flink ~ Apache Kafka 0.45
Databricks > Apache Spark 0.8
Apache Spark > Databricks 0.7
Amazon EMR ~ Google Dataproc 0.8
Amazon EMR > Apache Spark 0.5
Apache Spark ~ Dask 0.6
Dask ~ Ray 0.65
Apache Spark ~ Ray 0.45
Pandas ~ Polars 0.8
Pandas > Apache Spark 0.35
Pandas ~ NumPy 0.6
Apache Kafka ~ Amazon Kinesis 0.75
Apache Kafka ~ Google Pub/Sub 0.65
Apache Kafka ~ Azure Event Hubs 0.7
Apache Kafka ~ RabbitMQ 0.55
Apache Kafka ~ Apache Pulsar 0.8
Apache Kafka ~ Redpanda 0.9
Apache Iceberg ~ Delta Lake 0.8
Apache Iceberg ~ Apache Hudi 0.8
Delta Lake ~ Apache Hudi 0.75
Apache Parquet ~ Apache Avro 0.6
Apache Parquet ~ Apache Arrow 0.5
Apache Airflow ~ Dagster 0.8
Apache Airflow ~ Prefect 0.8
Dagster ~ Prefect 0.85
Apache Airflow ~ Luigi 0.7
Apache Airflow ~ Apache Oozie 0.55
Apache Airflow ~ Control-M 0.5
Control-M ~ AutoSys 0.8
Apache Airflow ~ Kubeflow 0.5
AWS Glue ~ Azure Data Factory 0.7
AWS Glue ~ Google Dataflow 0.6
Azure Data Factory ~ Microsoft SSIS 0.7
Informatica ~ Talend 0.8
Informatica ~ IBM DataStage 0.8
Talend ~ Microsoft SSIS 0.65
Fivetran ~ Airbyte 0.9
Liquibase ~ Flyway 0.9
Tableau ~ Power BI 0.85
Tableau ~ Looker 0.75
Power BI ~ Looker 0.7
Qlik ~ Tableau 0.8
Qlik ~ Power BI 0.8
MicroStrategy ~ Tableau 0.65
SAP BusinessObjects ~ Cognos 0.75
Oracle BI ~ Cognos 0.75
Apache Superset ~ Metabase 0.85
Apache Superset ~ Tableau 0.6
Metabase ~ Redash 0.85
SSRS ~ Power BI 0.65
SSRS ~ Crystal Reports 0.75
Sisense ~ Domo 0.7
Microsoft Excel ~ Google Sheets 0.85
VBA > Microsoft Excel 0.8
PostgreSQL ~ MySQL 0.8
PostgreSQL ~ Microsoft SQL Server 0.7
MySQL ~ MariaDB 0.95
MySQL ~ Microsoft SQL Server 0.7
Oracle Database ~ PostgreSQL 0.65
Oracle Database ~ Microsoft SQL Server 0.7
Oracle Database ~ IBM Db2 0.7
PL/SQL ~ Transact-SQL 0.7
PL/SQL > Oracle Database 0.8
Transact-SQL > Microsoft SQL Server 0.8
SQLite ~ PostgreSQL 0.5
PostgreSQL ~ CockroachDB 0.7
Amazon Aurora ~ PostgreSQL 0.75
Amazon Aurora ~ MySQL 0.75
Amazon RDS ~ PostgreSQL 0.6
Google Cloud Spanner ~ CockroachDB 0.7
MongoDB ~ Couchbase 0.7
MongoDB ~ CouchDB 0.65
MongoDB ~ Azure Cosmos DB 0.65
MongoDB ~ Google Firestore 0.6
Apache Cassandra ~ Apache HBase 0.7
Apache Cassandra ~ Google Bigtable 0.7
Redis ~ Memcached 0.8
Neo4j ~ Amazon Neptune 0.75
InfluxDB ~ TimescaleDB 0.8
InfluxDB ~ Prometheus 0.5
Hibernate ~ Entity Framework 0.6
SQLAlchemy ~ Hibernate 0.55
Pinecone ~ Weaviate 0.85
Pinecone ~ Qdrant 0.85
Pinecone ~ Milvus 0.85
Weaviate ~ Qdrant 0.85
Milvus ~ Qdrant 0.85
Chroma ~ Pinecone 0.8
FAISS ~ Milvus 0.7
pgvector ~ Pinecone 0.75
pgvector > PostgreSQL 0.6
LanceDB ~ Chroma 0.8
TensorFlow ~ PyTorch 0.8
Keras ~ TensorFlow 0.85
Keras ~ PyTorch 0.65
JAX ~ PyTorch 0.7
JAX ~ TensorFlow 0.7
PyTorch Lightning > PyTorch 0.9
PyTorch > PyTorch Lightning 0.8
fastai > PyTorch 0.8
Apache MXNet ~ PyTorch 0.6
Caffe ~ TensorFlow 0.6
Theano ~ TensorFlow 0.6
PyTorch > Deep learning 0.75
TensorFlow > Deep learning 0.75
scikit-learn > Machine learning 0.7
scikit-learn ~ XGBoost 0.65
XGBoost ~ LightGBM 0.9
XGBoost ~ CatBoost 0.85
LightGBM ~ CatBoost 0.85
Hugging Face > Natural language processing 0.6
Hugging Face > Large language models 0.5
spaCy ~ NLTK 0.8
spaCy ~ Hugging Face 0.55
Gensim ~ NLTK 0.6
OpenCV > Computer vision 0.7
YOLO ~ Detectron2 0.75
LangChain ~ LlamaIndex 0.85
LangChain ~ Haystack 0.75
LangChain ~ Semantic Kernel 0.75
LangChain ~ LangGraph 0.85
LangGraph ~ AutoGen 0.7
LangGraph ~ CrewAI 0.75
AutoGen ~ CrewAI 0.8
LangChain ~ DSPy 0.6
LangChain > Retrieval-augmented generation 0.6
LlamaIndex > Retrieval-augmented generation 0.7
LangChain > Large language models 0.6
LangSmith ~ LLM observability 0.85
Retrieval-augmented generation ~ Semantic search 0.7
Retrieval-augmented generation ~ Vector databases 0.6
Retrieval-augmented generation ~ Embeddings 0.6
Semantic search ~ Embeddings 0.6
Prompt engineering ~ Retrieval-augmented generation 0.5
Prompt engineering > Large language models 0.5
Fine-tuning ~ Transfer learning 0.6
Fine-tuning > Large language models 0.6
RLHF ~ Reinforcement learning 0.6
Large language models ~ Natural language processing 0.6
OpenAI API ~ Anthropic Claude 0.85
OpenAI API ~ Google Gemini 0.8
Anthropic Claude ~ Google Gemini 0.8
OpenAI API ~ Azure OpenAI 0.9
Llama ~ Mistral 0.85
vLLM ~ Text Generation Inference 0.85
vLLM ~ Triton Inference Server 0.65
vLLM ~ SGLang 0.85
vLLM ~ Ollama 0.55
Ollama ~ llama.cpp 0.75
TensorRT ~ ONNX 0.6
TensorRT ~ Triton Inference Server 0.6
OpenVINO ~ ONNX 0.6
KServe ~ Seldon Core 0.85
KServe ~ BentoML 0.75
BentoML ~ Seldon Core 0.75
TorchServe ~ TensorFlow Serving 0.8
TorchServe ~ Triton Inference Server 0.7
TensorFlow Serving ~ Triton Inference Server 0.7
KServe ~ Triton Inference Server 0.6
Ray ~ Kubeflow 0.55
Ray > Distributed training 0.6
MLflow ~ Kubeflow 0.7
MLflow ~ Weights & Biases 0.8
MLflow ~ Comet ML 0.8
MLflow ~ Neptune.ai 0.8
MLflow ~ ClearML 0.8
Weights & Biases ~ Comet ML 0.85
Weights & Biases ~ Neptune.ai 0.85
MLflow ~ DVC 0.55
MLflow > MLOps 0.7
Kubeflow > MLOps 0.7
Kubeflow > Kubernetes 0.6
Kubeflow ~ Metaflow 0.6
Kubeflow ~ Flyte 0.7
Metaflow ~ Flyte 0.7
ZenML ~ Kubeflow 0.6
TFX ~ Kubeflow 0.7
MLOps ~ DevOps 0.5
MLOps ~ LLMOps 0.8
ML platforms ~ Platform engineering 0.45
Feast ~ Tecton 0.85
Evidently AI ~ Arize AI 0.8
Arize AI ~ WhyLabs 0.8
Evidently AI ~ WhyLabs 0.8
Data science ~ Machine learning 0.7
Data analysis ~ Data science 0.5
Statistics ~ Machine learning 0.5
R ~ Python 0.6
R ~ SAS 0.65
SAS ~ SPSS 0.75
SPSS ~ Stata 0.75
SAS ~ Stata 0.7
R ~ Stata 0.6
MATLAB ~ Python 0.45
MATLAB ~ R 0.5
Jupyter ~ Google Colab 0.85
Streamlit ~ Gradio 0.8
Streamlit ~ Plotly 0.5
Matplotlib ~ Seaborn 0.8
Matplotlib ~ Plotly 0.7
D3.js ~ Plotly 0.5
`;
