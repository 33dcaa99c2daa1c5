// Hand-curated AI/ML and MLOps/LLMOps skills.
// One skill per line: Name | tracks | aliases (comma-separated) | parent
// Track codes: ai mlops plat sre cloud fs data sec other (first = primary track).
export const AI_SKILLS = `
Artificial intelligence | ai | AI, A.I., artificial-intelligence, AI engineering, AI development |
Machine learning | ai data | ML, machine-learning, statistical learning, ML engineering, ML modeling, ML modelling, ML models, machine learning models, machine learning engineering | Artificial intelligence
Deep learning | ai | deep neural networks, DNN, DNNs, deep-learning | Machine learning
Neural networks | ai | neural network, neural nets, artificial neural networks, artificial neural nets | Deep learning
Convolutional neural networks | ai | CNN, CNNs, ConvNets, ConvNet, convolutional networks | Deep learning
Recurrent neural networks | ai | RNN, RNNs, LSTM, LSTMs, GRU, long short-term memory | Deep learning
Transformer models | ai | transformer architecture, transformer-based models, attention mechanisms, self-attention | Deep learning
Graph neural networks | ai | GNN, GNNs, graph machine learning, graph ML, geometric deep learning | Deep learning
Generative AI | ai | GenAI, Gen AI, generative artificial intelligence, generative models, generative modeling, generative modelling | Artificial intelligence
Large language models | ai | LLM, LLMs, large language model, foundation models, foundation model, LLM development, LLM engineering, LLM applications, LLM integration | Generative AI
Multimodal AI | ai | multimodal models, multimodal LLMs, vision-language models, vision language models, VLM, VLMs | Generative AI
Diffusion models | ai | Stable Diffusion, image generation, text-to-image, DALL-E, DALL·E, Midjourney, latent diffusion | Generative AI
Text-to-speech | ai | TTS, speech synthesis, voice synthesis | Generative AI
Natural language processing | ai | NLP, natural-language processing, computational linguistics, text analytics, text mining, NLU, natural language understanding, natural language generation, NLG | Machine learning
Sentiment analysis | ai | opinion mining | Natural language processing
Named entity recognition | ai | NER, entity extraction, information extraction | Natural language processing
Machine translation | ai | neural machine translation, NMT, automatic translation | Natural language processing
Conversational AI | ai | chatbots, chatbot, chatbot development, dialogue systems, dialog systems, virtual assistants, Rasa, Dialogflow, Amazon Lex, Microsoft Bot Framework | Natural language processing
Speech recognition | ai | ASR, automatic speech recognition, speech-to-text, speech to text, STT, OpenAI Whisper, Whisper | Machine learning
Computer vision | ai | machine vision, image recognition, image classification, visual recognition | Machine learning
Object detection | ai | object-detection, object tracking | Computer vision
Image segmentation | ai | semantic segmentation, instance segmentation | Computer vision
OCR | ai | optical character recognition, text recognition, Tesseract | Computer vision
Document AI | ai | intelligent document processing, document understanding, Amazon Textract, Textract, Azure Form Recognizer, Azure Document Intelligence | OCR
Reinforcement learning | ai | deep reinforcement learning, deep RL, reinforcement-learning | Machine learning
Supervised learning | ai | classification models, regression models, classification and regression | Machine learning
Unsupervised learning | ai | clustering, cluster analysis, dimensionality reduction, PCA | Machine learning
Transfer learning | ai | domain adaptation | Machine learning
Feature engineering | ai data | feature extraction, feature selection | Machine learning
Model training | ai mlops | training models, model development, training pipelines for models | Machine learning
Distributed training | ai mlops | distributed deep learning, data parallelism, model parallelism, FSDP, DDP, multi-GPU training, multi-node training, Horovod, Megatron-LM | Model training
DeepSpeed | ai mlops | Microsoft DeepSpeed | Distributed training
Hyperparameter tuning | ai mlops | hyperparameter optimization, hyperparameter optimisation, HPO, hyper-parameter tuning, Optuna, Hyperopt | Model training
Model evaluation | ai mlops | ML evaluation, model validation, offline evaluation, model benchmarking | Machine learning
LLM evaluation | ai mlops | LLM evals, LLM-as-a-judge, LLM as a judge, eval harness, evaluation harness, LLM benchmarking, RAG evaluation, Ragas, evaluation of LLMs | Model evaluation
Predictive modeling | ai data | predictive modelling, predictive analytics, predictive models | Machine learning
Recommender systems | ai data | recommendation systems, recommendation engines, recommendation engine, recommender engine, recommender system, recsys, personalization models, build recommender systems | Machine learning
Time series forecasting | ai data | time-series forecasting, time series analysis, time-series analysis, demand forecasting, time series modeling | Machine learning
Anomaly detection | ai data | outlier detection | Machine learning
Fraud detection | ai sec data | fraud analytics, anti-fraud, fraud prevention | Anomaly detection
Gradient boosting | ai data | gradient boosted trees, gradient-boosted trees, GBDT, GBM, boosted trees | Supervised learning
Random forests | ai data | random forest, decision trees, tree-based models | Supervised learning
Explainable AI | ai | XAI, model explainability, model interpretability, interpretable ML, SHAP | Machine learning
Responsible AI | ai | AI ethics, AI fairness, fairness in ML, AI governance, trustworthy AI, ethical AI | Artificial intelligence
AI safety | ai | AI alignment, alignment research | Artificial intelligence
Edge AI | ai | on-device ML, on-device AI, TinyML, TensorFlow Lite, TFLite, Core ML, CoreML, LiteRT, ML Kit | Machine learning
Synthetic data | ai data | synthetic data generation, data synthesis | Machine learning
Data labeling | ai mlops | data labelling, data annotation, annotation pipelines, Label Studio, Labelbox, Scale AI, Snorkel AI, human-in-the-loop | Machine learning
AutoML | ai mlops | automated machine learning, Auto ML, H2O.ai, DataRobot, AutoGluon, Google AutoML | Machine learning
Knowledge graphs | ai data | knowledge graph, ontologies, ontology engineering, RDF, SPARQL, semantic web, linked data | Artificial intelligence
Robotics | ai other | ROS, ROS2, Robot Operating System, robot perception, SLAM, motion planning | Artificial intelligence
Autonomous vehicles | ai | self-driving cars, autonomous driving, ADAS, self-driving | Robotics
Information retrieval | ai data | search relevance, search ranking, learning to rank, ranking models, BM25 | Machine learning
Semantic search | ai data | vector search, similarity search, dense retrieval, hybrid search, neural search, approximate nearest neighbor search, ANN search | Information retrieval
Embeddings | ai | text embeddings, vector embeddings, embedding models, sentence embeddings, word embeddings, word2vec, GloVe | Natural language processing
Sentence Transformers | ai | sentence-transformers, SBERT, Sentence-BERT | Embeddings
BERT | ai | RoBERTa, DistilBERT, BERT models, ALBERT, DeBERTa | Transformer models
Prompt engineering | ai | prompt design, prompt engineer, few-shot prompting, chain-of-thought prompting, chain of thought, prompt optimization, prompt optimisation, system prompts, prompt templates | Large language models
Retrieval-augmented generation | ai | RAG, retrieval augmented generation, RAG pipelines, RAG pipeline, RAG systems, RAG architecture, retrieval-augmented LLMs, GraphRAG, agentic RAG | Large language models
Fine-tuning | ai | fine tuning, finetuning, LLM fine-tuning, model fine-tuning, instruction tuning, SFT, supervised fine-tuning, PEFT, parameter-efficient fine-tuning | Large language models
LoRA | ai | QLoRA, low-rank adaptation, LoRA adapters | Fine-tuning
RLHF | ai | reinforcement learning from human feedback, DPO, direct preference optimization, preference tuning, RLAIF | Fine-tuning
Model optimization | ai mlops | model compression, inference optimization, inference optimisation, model quantization, quantization, quantisation, knowledge distillation, model distillation, model pruning | Machine learning
AI agents | ai | LLM agents, agentic AI, autonomous agents, agentic workflows, agentic systems, multi-agent systems, agent frameworks, tool calling, function calling, AI agent development | Large language models
Model Context Protocol | ai | MCP servers, MCP server, Model Context Protocol (MCP) | AI agents
LLM guardrails | ai sec | AI guardrails, NeMo Guardrails, Guardrails AI, content moderation models | Responsible AI
OpenAI API | ai | OpenAI, OpenAI APIs, ChatGPT, ChatGPT API, GPT API, GPT integration, GPT-3, GPT-3.5, GPT-4, GPT-4o, GPT-4.1, GPT-5, OpenAI GPT, GPT models, Codex, OpenAI ChatGPT, o1, o3 | Large language models
Anthropic Claude | ai | Claude, Claude API, Anthropic, Anthropic API, Claude 3, Claude 3.5 Sonnet, Claude Sonnet, Claude Opus, Claude Code | Large language models
Google Gemini | ai | Gemini, Gemini API, Gemini Pro, Google Bard, PaLM, PaLM 2, Gemma | Large language models
Llama | ai | Llama 2, Llama 3, LLaMA, Meta Llama, Llama models, Code Llama, Llama 3.1 | Large language models
Mistral | ai | Mistral AI, Mixtral, Mistral 7B | Large language models
Open-weight LLMs | ai | open-weight models, open-source LLMs, open source LLMs, open-source models, Qwen, DeepSeek, Falcon LLM, Phi-3, Phi-4, Vicuna | Large language models
Deep learning frameworks | ai | DL frameworks, deep-learning frameworks, neural network frameworks | Deep learning
PyTorch | ai | Py Torch, PyTorch 2, torch.nn, libtorch, Torch | Deep learning frameworks
PyTorch Lightning | ai | Lightning AI, pytorch-lightning | Deep learning frameworks
TensorFlow | ai | TF, Tensorflow, tensor flow, TF2, TensorFlow 2, tf.keras | Deep learning frameworks
Keras | ai | Keras 3 | Deep learning frameworks
JAX | ai | Google JAX, Flax | Deep learning frameworks
fastai | ai | fast.ai | Deep learning frameworks
Apache MXNet | ai | MXNet | Deep learning frameworks
Caffe | ai | Caffe2 | Deep learning frameworks
Theano | ai | | Deep learning frameworks
Machine learning libraries | ai | ML libraries, ML frameworks, machine learning frameworks | Machine learning
scikit-learn | ai data | sklearn, scikit learn, sci-kit learn, sk-learn | Machine learning libraries
XGBoost | ai data | xgb, XG Boost | Machine learning libraries
LightGBM | ai data | LGBM, Light GBM | Machine learning libraries
CatBoost | ai data | Cat Boost | Machine learning libraries
Hugging Face | ai | HuggingFace, Hugging Face Transformers, HF Transformers, HuggingFace Transformers, transformers library, Hugging Face Hub, HF Hub, Hugging Face Datasets, Diffusers, Hugging Face Diffusers | Machine learning libraries
spaCy | ai | spacy | Natural language processing
NLTK | ai | Natural Language Toolkit | Natural language processing
Gensim | ai | | Natural language processing
OpenCV | ai | Open CV, cv2, opencv-python | Computer vision
YOLO | ai | YOLOv5, YOLOv8, YOLOv11, Ultralytics | Object detection
Detectron2 | ai | Detectron | Object detection
ONNX | ai mlops | ONNX Runtime, Open Neural Network Exchange, onnxruntime | Model optimization
TensorRT | mlops ai | NVIDIA TensorRT, TensorRT-LLM | Model optimization
OpenVINO | ai | Intel OpenVINO | Model optimization
GPU computing | ai mlops cloud | GPUs, GPU clusters, GPU infrastructure, NVIDIA GPUs, GPGPU, accelerated computing, GPU optimization | Artificial intelligence
CUDA | ai mlops | NVIDIA CUDA, CUDA programming, GPU programming, cuDNN, CUDA kernels, CUDA C++, OpenAI Triton, Triton kernels | GPU computing
LLM application frameworks | ai | LLM frameworks, LLM orchestration frameworks, LLM orchestration | Large language models
LangChain | ai | Lang Chain, LangChain.js, LCEL, LangChain Expression Language | LLM application frameworks
LangGraph | ai | Lang Graph | LLM application frameworks
LlamaIndex | ai | Llama Index, GPT Index, llama-index, llama_index | LLM application frameworks
Haystack | ai | deepset Haystack, Haystack NLP | LLM application frameworks
Semantic Kernel | ai | Microsoft Semantic Kernel | LLM application frameworks
DSPy | ai | | LLM application frameworks
LiteLLM | ai mlops | Lite LLM | LLM application frameworks
AutoGen | ai | Microsoft AutoGen, AG2 | AI agents
CrewAI | ai | Crew AI | AI agents
OpenAI Agents SDK | ai | Agents SDK, OpenAI Assistants API, Assistants API | AI agents
LLM inference | mlops ai | LLM serving, LLM deployment, LLM hosting, LLM inference optimization, self-hosted LLMs | Model serving
vLLM | mlops ai | v LLM | LLM inference
Text Generation Inference | mlops ai | TGI, Hugging Face TGI, text-generation-inference | LLM inference
SGLang | mlops ai | | LLM inference
Ollama | ai mlops | | LLM inference
llama.cpp | ai mlops | llamacpp, llama cpp, GGUF, GGML | LLM inference
LLMOps | mlops ai | LLM Ops, LLM operations, GenAIOps, GenAI Ops | MLOps
LLM observability | mlops ai | LLM monitoring, LLM tracing, Langfuse, Helicone, Arize Phoenix, Weave by W&B | ML monitoring
LangSmith | mlops ai | Lang Smith | LLM observability
LLM security | sec ai | prompt injection, jailbreak prevention, AI red teaming, LLM red teaming, OWASP LLM Top 10, AI security | Application security
Vector databases | ai data | vector database, vector DB, vector DBs, vector stores, vector store, vector search engines, vector indexes | Databases
Pinecone | ai data | Pinecone DB | Vector databases
Weaviate | ai data | | Vector databases
Milvus | ai data | Zilliz | Vector databases
Qdrant | ai data | | Vector databases
Chroma | ai data | ChromaDB, Chroma DB | Vector databases
FAISS | ai data | Facebook AI Similarity Search | Vector databases
pgvector | ai data | pg vector, PGVector | Vector databases
LanceDB | ai data | Lance DB | Vector databases
Vespa | ai data | Vespa.ai | Vector databases
MLOps | mlops | ML Ops, ML operations, machine learning operations, MLOps engineering, MLOps practices |
ML platforms | mlops | ML platform, machine learning platform, machine learning platforms, ML infrastructure, AI platform, AI infrastructure, ML infra, AI infra, ML platform engineering | MLOps
Experiment tracking | mlops | ML experiment tracking, experiment management, model registry, model registries | MLOps
MLflow | mlops | ML flow, MLFlow, Databricks MLflow, MLflow tracking, MLflow Model Registry | Experiment tracking
Weights & Biases | mlops | W&B, wandb, WandB | Experiment tracking
Comet ML | mlops | Comet, CometML, Comet.ml | Experiment tracking
Neptune.ai | mlops | neptune ai | Experiment tracking
ClearML | mlops | Allegro ClearML | Experiment tracking
Data versioning | mlops data | dataset versioning, data version management, lakeFS, Pachyderm | MLOps
DVC | mlops data | Data Version Control | Data versioning
ML orchestration | mlops | ML pipelines, machine learning pipelines, ML workflow orchestration, training pipelines, ML workflows | MLOps
Kubeflow | mlops | Kube flow, Kubeflow Pipelines, KFP | ML orchestration
Metaflow | mlops | Netflix Metaflow | ML orchestration
ZenML | mlops | Zen ML | ML orchestration
Flyte | mlops | Union.ai | ML orchestration
Kedro | mlops data | | ML orchestration
TFX | mlops | TensorFlow Extended | ML orchestration
Ray | mlops ai | Ray.io, Anyscale, Ray Serve, Ray Train, Ray Tune, Ray Data, Ray clusters, Ray Core, KubeRay | Distributed systems
Model serving | mlops | model deployment, ML deployment, model inference, inference services, online inference, real-time inference, batch inference, model hosting, deploying models, model serving infrastructure, inference endpoints | MLOps
KServe | mlops | KFServing, K Serve | Model serving
Seldon Core | mlops | Seldon, Seldon Deploy | Model serving
BentoML | mlops | Bento ML, BentoCloud | Model serving
TorchServe | mlops | Torch Serve | Model serving
TensorFlow Serving | mlops | TF Serving, TFServing | Model serving
Triton Inference Server | mlops | NVIDIA Triton, Triton Server, NVIDIA Triton Inference Server, Triton | Model serving
Feature stores | mlops data | feature store, feature platform, feature platforms | MLOps
Feast | mlops | Feast feature store | Feature stores
Tecton | mlops | | Feature stores
ML monitoring | mlops | model monitoring, ML observability, model observability, drift detection, data drift, model drift, concept drift | MLOps
Evidently AI | mlops | Evidently | ML monitoring
Arize AI | mlops | Arize | ML monitoring
WhyLabs | mlops | whylogs | ML monitoring
Amazon SageMaker | mlops cloud ai | SageMaker, AWS SageMaker, SageMaker Pipelines, SageMaker Studio, Sagemaker | ML platforms
Vertex AI | mlops cloud ai | Google Vertex AI, GCP Vertex AI, Vertex AI Pipelines, Vertex, Google AI Platform | ML platforms
Azure Machine Learning | mlops cloud ai | Azure ML, AzureML, Azure ML Studio, Azure Machine Learning Studio | ML platforms
Dataiku | mlops data | Dataiku DSS | ML platforms
Cloud AI services | ai cloud | managed AI services, cloud AI APIs, AI APIs | Artificial intelligence
Amazon Bedrock | ai cloud | AWS Bedrock, Bedrock | Cloud AI services
Azure OpenAI | ai cloud | Azure OpenAI Service, AOAI | Cloud AI services
Azure AI services | ai cloud | Azure Cognitive Services, Cognitive Services, Azure AI Foundry, Azure AI Studio, Azure AI Search, Azure Cognitive Search | Cloud AI services
AWS AI services | ai cloud | Amazon Rekognition, Rekognition, Amazon Comprehend, Amazon Transcribe, Amazon Polly | Cloud AI services
Data science | ai data | data-science, applied data science, data science methods | Machine learning
Statistics | data ai | statistical analysis, statistical modeling, statistical modelling, applied statistics, statistical methods, inferential statistics | 
Bayesian statistics | data ai | Bayesian inference, Bayesian modeling, Bayesian modelling, Bayesian methods, PyMC, PyMC3 | Statistics
Causal inference | data ai | causal analysis, causal modeling, uplift modeling, uplift modelling | Statistics
A/B testing | data ai | AB testing, A/B tests, A/B test, AB tests, A/B experiments, split testing, online experiments, online experimentation, controlled experiments, experiment design | Statistics
Survival analysis | data ai | time-to-event analysis, time-to-event modeling, Cox regression, Cox proportional hazards, Kaplan-Meier | Statistics
Monte Carlo simulation | data | Monte Carlo methods, Monte Carlo | Statistics
Mathematical optimization | ai data | operations research, linear programming, convex optimization, mathematical programming, integer programming, Gurobi | 
Linear algebra | ai | matrix algebra | 
Statsmodels | data ai | | Statistics
Prophet | data ai | Facebook Prophet, fbprophet, Meta Prophet | Time series forecasting
Scientific computing | ai data | scientific Python, numerical computing, numerical methods, scientific programming | 
NumPy | data ai | numpy, Num Py | Scientific computing
SciPy | data ai | scipy | Scientific computing
Pandas | data ai | pandas DataFrames, Python pandas | Data analysis
Polars | data | | Data analysis
Dask | data mlops | | Distributed systems
Jupyter | ai data | Jupyter Notebook, Jupyter notebooks, JupyterLab, Jupyter Lab, JupyterHub, IPython, ipynb | Data science
Google Colab | ai | Colab, Colaboratory | Jupyter
Streamlit | ai data fs | | Data visualization
Gradio | ai | | Data visualization
Quantum computing | other ai | quantum algorithms, Qiskit, quantum technology | 
Bioinformatics | data ai | computational biology, genomics data analysis | 
Signal processing | ai other | DSP, digital signal processing | 
`;
