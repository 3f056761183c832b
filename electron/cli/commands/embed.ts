import { embedWorkspaceJob } from '../../core/embed/job';
import { embedStatus } from '../../core/embed/status';
import type { Command } from '../command';

export const embedCommand: Command = {
  path: ['embed'],
  summary: 'Embed every conversation for search and similarity (re-embeds with another model).',
  usage: '[--model lexical|ORG/NAME|PATH]',
  options: { model: { type: 'string' } },
  help: [
    '--model ID    lexical (built in), or an installed model id such as Xenova/multilingual-e5-small',
    '--model PATH  a model folder (config.json, tokenizer.json, tokenizer_config.json, onnx/model_quantized.onnx): imported, then used',
    'The previous index answers searches until the new one is complete; Ctrl+C cancels and keeps it.',
  ],
  async run(ctx, args) {
    const ws = await ctx.workspace();
    const model = typeof args.values.model === 'string' ? args.values.model : undefined;
    const controller = new AbortController();
    const onInterrupt = () => controller.abort();
    process.once('SIGINT', onInterrupt);
    try {
      const result = await embedWorkspaceJob(
        {
          workspace: ws,
          signal: controller.signal,
          progress: (done, total, phase) => ctx.io.progress(phase ?? 'embed', done, total),
        },
        { model },
      );
      if (ws.settings().embeddingModel !== result.model)
        await ws.updateSettings({ embeddingModel: result.model });
      ctx.io.out(
        `Embedded ${result.documents} documents with ${result.model} (${result.dimension}-d${result.annIndex ? ', ANN index' : ''}) in ${result.seconds.toFixed(1)} s`,
      );
      return { ...result, status: await embedStatus(ws) };
    } finally {
      process.off('SIGINT', onInterrupt);
    }
  },
};
