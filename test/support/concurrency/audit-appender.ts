// Appends COUNT audit entries to a workspace as fast as it can, as a second app instance on a shared drive would.
// Usage: node --import tsx test/support/concurrency/audit-appender.ts WORKSPACE NAME COUNT
import { appendAudit } from '../../../electron/core/audit/log';
import { Workspace } from '../../../electron/core/workspace/workspace';

async function main(dir: string, name: string, count: number): Promise<void> {
  const ws = await Workspace.open(dir);
  for (let i = 0; i < count; i += 1) await appendAudit(ws, { actorId: name, actorName: name, action: 'comment', subjectKind: 'article', subjectId: 'a1', details: { i } });
  ws.close();
}

void main(process.argv[2]!, process.argv[3]!, Number(process.argv[4]));
