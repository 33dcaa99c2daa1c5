// Weighted adjacency between canonical skills: how much of a must-have one skill can stand in for.
//   A ~ B 0.8   both ways (TensorFlow ~ PyTorch)
//   A > B 0.5   one way: having A earns partial credit toward B (Docker > Kubernetes), not back
// Weights: 0.9 near-identical, 0.8 same job different vendor, 0.6–0.7 close, 0.4–0.5 related, ≤0.35 a start.
// Child → parent credit (PyTorch toward "Deep learning frameworks") is implied by `parent`, not listed here.
import { INFRA_EDGES } from './adjacency-infra';
import { DATA_AI_EDGES } from './adjacency-data-ai';
import { APP_EDGES } from './adjacency-apps';

export const ADJACENCY = [INFRA_EDGES, DATA_AI_EDGES, APP_EDGES].join('\n');
