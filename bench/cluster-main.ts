import { CLUSTER_LOAD, clusterLines } from './cluster.js';
import { runClusterLoad } from './cluster-load.js';

/** `npm run bench:cluster`: the cluster section alone (also `npm run bench -- --sections=cluster`). */
const started = performance.now();
const result = await runClusterLoad({
  ...CLUSTER_LOAD,
  progress: (m) => process.stderr.write(`[cluster ${((performance.now() - started) / 1000).toFixed(1)}s] ${m}\n`),
});
if ('skipped' in result) {
  console.log(`skipped: ${result.skipped}`);
} else {
  console.log(clusterLines(result).join('\n'));
  if (result.sessionsLost > 0 || result.runsFailed > 0) process.exitCode = 1;
}
