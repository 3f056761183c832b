/** bench/topics: topic quality on the labelled sets and clustering speed, each against scikit-learn in the same run. */
import { AGENT_WEIGHT } from '../../electron/core/topics/embed-conversations';
import { demoConversations, floDialConversations } from './conversations';
import { labelledSets } from './datasets';
import { measureQuality, qualityTable, type QualityRow } from './quality';
import { measureSpeed, speedTable, type SpeedRow } from './speed';

const quality: QualityRow[] = [];
for (const set of labelledSets()) {
  process.stderr.write(`topics quality: ${set.name}…\n`);
  quality.push(await measureQuality(set));
}
const conversations: QualityRow[] = [];
for (const [name, load] of [['FloDial dialogues', floDialConversations], ['Demo workspace', demoConversations]] as const) {
  const sets = await load();
  for (const withAgents of [false, true]) {
    process.stderr.write(`topics quality: ${name}${withAgents ? ' with the agents side' : ''}…\n`);
    const row = await measureQuality(sets.set, { embed: () => sets.embed(withAgents) });
    conversations.push({ ...row, set: `${name}: customer turns${withAgents ? ' + agents (the app)' : ' only'}` });
  }
  await sets.close();
}
const speed: SpeedRow[] = [];
for (const n of [10_000, 100_000]) {
  process.stderr.write(`topics speed: ${n}…\n`);
  speed.push(measureSpeed(n));
}
console.log(
  [
    '## topics',
    '',
    `Topic discovery is not told the number of intents; the peer is scikit-learn KMeans on TF-IDF at the true k (n_init=10). Embedder: ${quality[0]?.embedder ?? '?'}.`,
    '',
    qualityTable(quality),
    '',
    `Whole conversations, stored in a workspace and embedded as the app does: FloDial's ${conversations[0]?.n ?? '?'} troubleshooting dialogues, labelled by problem, and the seeded demo workspace's ${conversations[2]?.n ?? '?'} conversations, labelled by planted issue and language. The app blends ${AGENT_WEIGHT} x the agents' side into each conversation's customer turns, then merges topics whose agents answered alike; the peer clusters the whole dialogue's TF-IDF.`,
    '',
    qualityTable(conversations),
    '',
    `Speed: discovery end to end (over-clustering, merge, automatic cut, outliers) against scikit-learn MiniBatchKMeans (k=300, n_init=3) on the same 384-d vectors.`,
    '',
    speedTable(speed),
  ].join('\n'),
);
