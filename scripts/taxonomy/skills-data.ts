// Hand-curated data engineering, analytics and database skills.
// One skill per line: Name | tracks | aliases (comma-separated) | parent
export const DATA_SKILLS = `
Data engineering | data | data pipelines, data pipeline, data pipeline development, data engineer skills, data infrastructure |
Analytics engineering | data | analytics engineer skills, semantic layer, metrics layer | Data engineering
ETL | data | ETL pipelines, ELT, extract transform load, ETL/ELT, data integration, ETL development, ELT pipelines | Data engineering
Data warehousing | data | data warehouse, data warehouses, DWH, EDW, enterprise data warehouse, data warehouse design | Data engineering
Data modeling | data | data modelling, dimensional modeling, dimensional modelling, star schema, Kimball, data models, create data models, Data Vault | Data engineering
Data lakes | data | data lake, data lakehouse, lakehouse, lakehouse architecture | Data engineering
Big data | data | big-data, large-scale data processing, big data technologies | Data engineering
Data mesh | data plat | data products, data product thinking | Data engineering
Data governance | data sec | data stewardship, data catalog, data catalogs, data lineage, metadata management, master data management, MDM, data cataloging | 
Unity Catalog | data | Databricks Unity Catalog | Data governance
Collibra | data | | Data governance
Alation | data | | Data governance
Data quality | data | data validation, data observability, data testing, data quality checks, Monte Carlo Data, Soda Core | Data engineering
Great Expectations | data mlops | great_expectations | Data quality
Stream processing | data | streaming data, real-time data processing, stream-processing, real-time streaming, data streaming, streaming pipelines, real-time analytics | Data engineering
Batch processing | data | batch jobs, batch pipelines | Data engineering
Change data capture | data | CDC, Debezium | ETL
Web scraping | data fs | web crawling, Scrapy, BeautifulSoup, Beautiful Soup | Data engineering
Workflow orchestration | data | data orchestration, workflow schedulers, workflow scheduling, job orchestration | Data engineering
Apache Airflow | data mlops | Airflow, Apache-Airflow, Cloud Composer, Google Cloud Composer, Astronomer, MWAA, Amazon MWAA, Airflow DAGs | Workflow orchestration
Dagster | data | Dagster Cloud | Workflow orchestration
Prefect | data | Prefect Cloud | Workflow orchestration
Luigi | data | Spotify Luigi | Workflow orchestration
Apache Oozie | data | Oozie | Workflow orchestration
Argo Workflows | plat mlops data | Argo Events | Workflow orchestration
Control-M | data cloud | BMC Control-M, ControlM | Workflow orchestration
AutoSys | data cloud | CA AutoSys, Autosys | Workflow orchestration
Apache Spark | data ai | Spark, PySpark, Spark SQL, Spark Streaming, Structured Streaming, SparkSQL, Spark MLlib, MLlib, Apache Spark SQL, Scala Spark, Spark Core, Spark jobs | Big data
Apache Flink | data | Flink, PyFlink, Flink SQL | Stream processing
Apache Beam | data | Beam SDK | Stream processing
Event streaming | data plat | event streaming platforms, event streams, event-streaming | Stream processing
Apache Kafka | data plat | Kafka, Kafka Streams, Kafka Connect, Confluent, Confluent Kafka, Confluent Platform, Confluent Cloud, KSQL, ksqlDB, Amazon MSK, MSK, Kafka clusters | Event streaming
Apache Pulsar | data plat | Pulsar | Event streaming
Redpanda | data plat | | Event streaming
Amazon Kinesis | data cloud | Kinesis, Kinesis Data Streams, Kinesis Firehose, AWS Kinesis, Kinesis Data Firehose | Stream processing
Azure Event Hubs | cloud data | Event Hubs, Event Hub | Event streaming
Message queues | plat data | message brokers, message queuing, messaging systems, message queue, MQ, message-oriented middleware | 
RabbitMQ | plat data | Rabbit MQ, AMQP | Message queues
Apache ActiveMQ | plat | ActiveMQ, Amazon MQ | Message queues
IBM MQ | plat other | WebSphere MQ, IBM WebSphere MQ, MQSeries | Message queues
Amazon SQS | cloud | SQS, Simple Queue Service, AWS SQS | Message queues
Amazon SNS | cloud | SNS, AWS SNS, Simple Notification Service | Message queues
Google Pub/Sub | data cloud | Pub/Sub, PubSub, Cloud Pub/Sub, GCP Pub/Sub | Message queues
Azure Service Bus | cloud | Service Bus | Message queues
NATS | plat | NATS.io, NATS JetStream | Message queues
ZeroMQ | plat | ZMQ, 0MQ | Message queues
Apache Hadoop | data | Hadoop, HDFS, MapReduce, Map Reduce, Hadoop MapReduce, Cloudera, Hortonworks, CDH, Cloudera CDP, Hadoop ecosystem | Big data
Apache Hive | data | Hive, HiveQL, Hive SQL, Hive Metastore | Big data
Apache HBase | data | HBase | NoSQL databases
Apache Pig | data | Pig Latin | Big data
Apache Sqoop | data | Sqoop | Big data
Apache Flume | data | Flume | Big data
Apache NiFi | data | NiFi | ETL
Apache Storm | data | | Stream processing
Apache ZooKeeper | plat data | ZooKeeper | Distributed systems
Table formats | data | open table formats, lakehouse table formats | Data lakes
Apache Iceberg | data | Iceberg, Iceberg tables | Table formats
Delta Lake | data | Delta tables, Databricks Delta, Delta Live Tables | Table formats
Apache Hudi | data | Hudi | Table formats
Data formats | data | file formats, serialization formats, data serialization | Data engineering
Apache Parquet | data | Parquet | Data formats
Apache Avro | data | Avro | Data formats
Apache Arrow | data | Arrow, PyArrow, Arrow Flight | Data formats
Protocol Buffers | fs plat data | Protobuf, protobufs, proto3 | Data formats
JSON | fs data | JavaScript Object Notation, JSON Schema | Data formats
XML | fs | Extensible Markup Language, XSD, XML Schema, XPath | Data formats
XSLT | fs | XSL, XSL-FO, XSL transformations | XML
YAML | plat fs | YML | Data formats
Databricks | data mlops | Databricks Lakehouse, Azure Databricks, Databricks SQL, Databricks Platform, Mosaic AI | Data lakes
Snowflake | data | Snowflake Data Cloud, SnowSQL, Snowpark, Snowflake DB | Data warehousing
Google BigQuery | data cloud | BigQuery, Big Query, GCP BigQuery, BQ | Data warehousing
Amazon Redshift | data cloud | Redshift, AWS Redshift, Redshift Spectrum | Data warehousing
Azure Synapse Analytics | data cloud | Azure Synapse, Synapse Analytics, Azure SQL Data Warehouse, Azure SQL DW | Data warehousing
Microsoft Fabric | data | MS Fabric, Fabric Data Factory, OneLake | Data warehousing
Teradata | data | Teradata Database, Teradata SQL, BTEQ | Data warehousing
Vertica | data | HP Vertica | Data warehousing
Greenplum | data | | Data warehousing
Netezza | data | IBM Netezza | Data warehousing
ClickHouse | data | Click House | Data warehousing
Apache Druid | data | Druid | Data warehousing
Apache Pinot | data | Pinot | Data warehousing
OLAP | data | online analytical processing, OLAP cubes, SSAS, SQL Server Analysis Services, OLAP databases | Data warehousing
Query engines | data | distributed SQL engines, SQL query engines, federated query engines | Big data
Presto | data | PrestoDB, Presto SQL | Query engines
Trino | data | Starburst, Trino SQL | Query engines
Amazon Athena | data cloud | Athena, AWS Athena | Query engines
DuckDB | data | Duck DB | Query engines
dbt | data | data build tool, dbt Core, dbt Cloud, dbt-core, dbt models | ETL
Fivetran | data | Five Tran | ETL
Airbyte | data | | ETL
Informatica | data | Informatica PowerCenter, Informatica Cloud, IICS, Informatica IDMC, PowerCenter | ETL
Talend | data | Talend Open Studio, Talend Data Fabric, Talend Big Data Integration | ETL
Microsoft SSIS | data | SSIS, SQL Server Integration Services, MS SSIS | ETL
Azure Data Factory | data cloud | ADF, Data Factory | ETL
AWS Glue | data cloud | Glue, Glue ETL, Glue Catalog, AWS Glue Data Catalog, Glue jobs | ETL
Google Dataflow | data cloud | Cloud Dataflow, GCP Dataflow, Dataflow | ETL
Google Dataproc | data cloud | Dataproc, Cloud Dataproc | Big data
Amazon EMR | data cloud | AWS EMR, Elastic MapReduce, Amazon Elastic MapReduce | Big data
IBM DataStage | data | DataStage, InfoSphere DataStage | ETL
Oracle Data Integrator | data | Oracle ODI | ETL
Pentaho | data | Pentaho Data Integration, Pentaho Kettle | ETL
SAP Data Services | data | SAP BODS, BusinessObjects Data Services | ETL
Matillion | data | | ETL
Alteryx | data | Alteryx Designer | ETL
KNIME | data | KNIME Analytics Platform | ETL
Data analysis | data | data analytics, analytics, data analyses, analyzing data, analysing data, data analysis skills, analytical reporting | 
Exploratory data analysis | data ai | exploratory analysis | Data analysis
Data mining | data ai | data mining methods | Data analysis
Quantitative analysis | data | quantitative methods, quant analysis, quantitative research | Statistics
Business intelligence | data | BI, business intelligence reporting, BI reporting, BI tools, BI development, business analytics | Data analysis
Data visualization | data | data visualisation, data viz, dataviz, dashboards, dashboarding, dashboard development, data storytelling | Business intelligence
Tableau | data | Tableau Desktop, Tableau Server, Tableau Prep, Tableau Public, Tableau Cloud, Tableau dashboards | Business intelligence
Power BI | data | PowerBI, Microsoft Power BI, MS Power BI, Power BI Desktop, DAX, Power Query, Power BI dashboards | Business intelligence
Looker | data | Looker Studio, Google Looker, LookML, Google Data Studio, Data Studio | Business intelligence
Qlik | data | QlikView, Qlik Sense, QlikSense | Business intelligence
MicroStrategy | data | Micro Strategy | Business intelligence
SAP BusinessObjects | data | Business Objects, BusinessObjects, SAP BO, BOBJ, Web Intelligence | Business intelligence
Crystal Reports | data other | SAP Crystal Reports | Business intelligence
SSRS | data | SQL Server Reporting Services, Microsoft SSRS | Business intelligence
Apache Superset | data | Superset, Preset.io | Business intelligence
Metabase | data | | Business intelligence
Redash | data | | Business intelligence
Sisense | data | | Business intelligence
Domo | data | | Business intelligence
Cognos | data | IBM Cognos, Cognos Analytics | Business intelligence
Oracle BI | data | OBIEE, Oracle Business Intelligence, Oracle Analytics Cloud | Business intelligence
Google Analytics | data other | GA4, Google Analytics 4, Universal Analytics | Product analytics
Product analytics | data | Amplitude, Mixpanel, Heap Analytics, Pendo, product metrics | Data analysis
Matplotlib | data | pyplot | Data visualization
Seaborn | data | | Data visualization
Plotly | data | Plotly Dash, Dash | Data visualization
D3.js | data fs | D3, d3js | Data visualization
Databases | data | database, database development, database design, DBMS, database systems, database management systems | 
Relational databases | data | RDBMS, relational database, relational database management systems, relational DBs, relational database management system | Databases
Query languages | data | query language | Databases
SQL | data fs | Structured Query Language, SQL queries, SQL programming, ANSI SQL, SQL development, advanced SQL, SQL scripting | Query languages
Transact-SQL | data | T-SQL, TSQL, Transact SQL | SQL
PL/SQL | data | PLSQL, Oracle PL/SQL | SQL
Stored procedures | data | stored procs, stored procedure | SQL
PostgreSQL | data fs | Postgres, Postgre SQL, Postgres SQL, PSQL, PL/pgSQL, Postgres DB | Relational databases
Patroni | data plat | Patroni HA, Patroni clusters | PostgreSQL
MySQL | data fs | My SQL, MySQL Server | Relational databases
MariaDB | data | Maria DB | Relational databases
Microsoft SQL Server | data | SQL Server, MSSQL, MS SQL, MS SQL Server, MS-SQL, SQL Server Management Studio, SSMS | Relational databases
Oracle Database | data | Oracle DB, Oracle RDBMS, Oracle 11g, Oracle 12c, Oracle 19c, Oracle Relational Database, Oracle SQL, Oracle SQL Developer, Oracle | Relational databases
IBM Db2 | data | DB2, IBM DB2, DB2 UDB, DB2 for z/OS | Relational databases
SQLite | data fs | sqlite3 | Relational databases
Amazon Aurora | data cloud | Aurora, AWS Aurora, Aurora MySQL, Aurora PostgreSQL, Aurora Serverless | Relational databases
Amazon RDS | data cloud | RDS, AWS RDS, Relational Database Service | Relational databases
Google Cloud SQL | data cloud | Cloud SQL, GCP Cloud SQL | Relational databases
Azure SQL Database | data cloud | Azure SQL, Azure SQL DB, Azure SQL Managed Instance | Relational databases
CockroachDB | data | Cockroach DB | Relational databases
Google Cloud Spanner | data cloud | Spanner, Cloud Spanner | Relational databases
SAP HANA | data other | HANA | Relational databases
Microsoft Access | data other | MS Access, Access database, Access DB, Access | Relational databases
FileMaker | other data | FileMaker Pro, Claris FileMaker | Databases
Sybase | data | SAP ASE, Sybase ASE | Relational databases
Informix | data | IBM Informix | Relational databases
NoSQL databases | data | NoSQL, no-SQL, non-relational databases, NoSQL database | Databases
MongoDB | data fs | Mongo, Mongo DB, MongoDB Atlas, Mongoose | NoSQL databases
Apache Cassandra | data | Cassandra, DataStax, CQL, ScyllaDB | NoSQL databases
Redis | data fs plat | Redis Cache, Redis Cluster, ElastiCache, Amazon ElastiCache, Redis Enterprise, Valkey | NoSQL databases
Memcached | fs plat | memcache | Caching
Caching | fs plat | caching strategies, in-memory caching, distributed caching, cache invalidation | Backend development
Amazon DynamoDB | data cloud fs | DynamoDB, Dynamo DB, AWS DynamoDB | NoSQL databases
Azure Cosmos DB | data cloud | Cosmos DB, CosmosDB, Azure DocumentDB | NoSQL databases
Google Firestore | fs data | Firestore, Cloud Firestore, Firebase Firestore, Google Cloud Datastore | NoSQL databases
Google Bigtable | data cloud | Bigtable, Cloud Bigtable | NoSQL databases
Couchbase | data | | NoSQL databases
CouchDB | data | Apache CouchDB | NoSQL databases
Graph databases | data | graph database, graph DB, graph DBs, property graphs | NoSQL databases
Neo4j | data ai | Cypher, Neo 4j | Graph databases
Amazon Neptune | data cloud | AWS Neptune | Graph databases
Search technology | data fs | search engines, search infrastructure, full-text search, enterprise search, search platforms | 
Elasticsearch | data plat sre | Elastic Search, Elastic, Elasticsearch clusters | Search technology
OpenSearch | data sre | Amazon OpenSearch, AWS OpenSearch, Open Search, Amazon Elasticsearch Service | Search technology
Apache Solr | data | Solr, SolrCloud | Search technology
Apache Lucene | data | Lucene | Search technology
Algolia | fs | | Search technology
Time-series databases | data sre | time series databases, time series database, TSDB | Databases
InfluxDB | data sre | Influx, InfluxData | Time-series databases
TimescaleDB | data | Timescale | Time-series databases
Database administration | data cloud | DBA, database admin, database administrator skills, database management, DB administration, database tuning, database performance tuning, query optimization, query tuning, database performance | Databases
Database migrations | data fs | schema migrations, database schema migrations | Databases
Liquibase | data | | Database migrations
Flyway | data | | Database migrations
ORM | fs | object-relational mapping, ORMs, object relational mapping | Databases
Hibernate | fs | Hibernate ORM, JPA, Java Persistence API, Spring Data JPA | ORM
SQLAlchemy | fs | SQL Alchemy | ORM
Entity Framework | fs | EF Core, Entity Framework Core, EF6 | ORM
Sequelize | fs | | ORM
Backend-as-a-service | fs | BaaS, backend as a service | Backend development
Firebase | fs | Google Firebase, Firebase Auth, Firebase Realtime Database | Backend-as-a-service
Supabase | fs | | Backend-as-a-service
Statistical software | data | statistical packages, statistics software, statistical software packages | Statistics
SAS | data | SAS programming, SAS Base, Base SAS, SAS language, SAS Enterprise Guide, SAS Studio, SAS Data Management | Statistical software
SPSS | data | IBM SPSS, IBM SPSS Statistics, SPSS Statistics, SPSS Modeler | Statistical software
Stata | data | StataCorp Stata | Statistical software
Minitab | data other | | Statistical software
tidyverse | data | dplyr, ggplot2, tidyr, Tidyverse | R
Shiny | data | R Shiny, RShiny, Shiny apps | R
GIS | data other | geographic information systems, ArcGIS, Esri, QGIS, geospatial analysis, geospatial, ESRI ArcGIS, geographic information system | 
`;
